import { expect, test } from 'vitest';
import { augment, scaled, STANDARD } from '../../src/training/augment';
import { loadMnist } from '../../src/training/mnist';
import { makeRng } from '../../src/training/random';

const NONE = scaled(STANDARD, 0);
const digits = loadMnist('test', 50);
const image = (i: number) => digits.images.subarray(i * 784, (i + 1) * 784);

function centre(img: Float32Array): [number, number, number] {
  let mass = 0;
  let cx = 0;
  let cy = 0;
  img.forEach((v, i) => {
    mass += v;
    cx += v * (i % 28);
    cy += v * Math.floor(i / 28);
  });
  return [mass, cx / mass, cy / mass];
}

test('augmentation scaled to nothing leaves a digit as it was (the settling epochs scale it down)', () => {
  const rng = makeRng('none');
  for (let i = 0; i < 5; i++) {
    const out = augment(image(i), rng, NONE);
    out.forEach((v, p) => expect(v).toBeCloseTo(image(i)[p], 5));
  }
});

test('elastic distortion bends strokes a little: ink moves, but the digit keeps its mass and place', () => {
  const rng = makeRng('elastic');
  let moved = 0;
  for (let i = 0; i < 50; i++) {
    const src = image(i);
    const out = augment(src, rng, { ...NONE, elastic: STANDARD.elastic });
    let diff = 0;
    out.forEach((v, p) => (diff += Math.abs(v - src[p])));
    const [m0, x0, y0] = centre(src);
    const [m1, x1, y1] = centre(out);
    moved += diff / m0;
    expect(Math.abs(m1 - m0) / m0).toBeLessThan(0.3);
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(3);
  }
  // On average a sizeable share of the ink changes place (0 would mean no distortion at all).
  expect(moved / 50).toBeGreaterThan(0.25);
});

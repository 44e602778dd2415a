import { expect, test } from 'vitest';
import { augment, scaled, squared, STANDARD } from '../../src/training/augment';
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
    out.forEach((v, p) => {
      expect(v).toBeCloseTo(image(i)[p], 5);
    });
  }
});

test('elastic distortion bends strokes a little: ink moves, but the digit keeps its mass and place', () => {
  const rng = makeRng('elastic');
  let moved = 0;
  for (let i = 0; i < 50; i++) {
    const src = image(i);
    const out = augment(src, rng, { ...NONE, elastic: STANDARD.elastic });
    let diff = 0;
    out.forEach((v, p) => {
      diff += Math.abs(v - src[p]);
    });
    const [m0, x0, y0] = centre(src);
    const [m1, x1, y1] = centre(out);
    moved += diff / m0;
    expect(Math.abs(m1 - m0) / m0).toBeLessThan(0.3);
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(3);
  }
  // On average a sizeable share of the ink changes place (0 would mean no distortion at all).
  expect(moved / 50).toBeGreaterThan(0.25);
});

test('squaring pulls a ring out into its box corners and leaves a bar alone', () => {
  const ring = new Float32Array(784);
  const bar = new Float32Array(784);
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const r = Math.hypot(x + 0.5 - 14, y + 0.5 - 14);
      if (r > 7 && r < 9) ring[y * 28 + x] = 1;
      if (x >= 13 && x < 15 && y >= 4 && y < 24) bar[y * 28 + x] = 1;
    }
  }
  // The box's corner (7 px out along both axes from the centre) is empty in the ring, inked when squared.
  const corner = (img: Float32Array) => img[(14 + 7) * 28 + 14 + 7];
  expect(corner(ring)).toBe(0);
  expect(corner(squared(ring, 0.6))).toBeGreaterThan(0.5);
  expect(corner(squared(ring, 0.2))).toBeLessThan(corner(squared(ring, 0.6)));
  // Along the axes a point stays where it was: the ring's left and right sides do not move.
  expect(squared(ring, 0.6)[14 * 28 + 14 - 8]).toBeCloseTo(ring[14 * 28 + 14 - 8], 1);
  // A narrow glyph has no round outline to square: a bar (or a 1 with a flag) is left as it is.
  expect(squared(bar, 0.6)).toEqual(bar);
});

import { expect, test } from 'vitest';
import { loadMnist, subset } from '../../src/training/mnist';
import { onPaper, paperSet } from '../../src/training/paper';
import { makeRng } from '../../src/training/random';

const digits = loadMnist('test', 60);
const image = (i: number) => digits.images.subarray(i * 784, (i + 1) * 784);

function correlation(a: Float32Array, b: Float32Array): number {
  const mean = (x: Float32Array) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

test('a digit photographed on paper comes back as the same digit, normalised, softened a little', () => {
  const rng = makeRng('paper');
  const scores: number[] = [];
  for (let i = 0; i < 60; i++) {
    const out = onPaper(rng, image(i));
    expect(out).toBeDefined();
    expect(Math.max(...out!)).toBeGreaterThan(0.9); // ink high, whatever the paper and pen
    scores.push(correlation(out!, image(i)));
  }
  scores.sort((a, b) => a - b);
  expect(scores[30]).toBeGreaterThan(0.7);
  expect(scores[30]).toBeLessThan(0.995); // not the MNIST image back unchanged
  expect(scores[0]).toBeGreaterThan(0.4);
});

test('paper sets are seeded and keep the labels', () => {
  const few = subset(digits, 0, 5);
  const a = paperSet(makeRng(7), few);
  expect(a.labels).toEqual(few.labels);
  expect(paperSet(makeRng(7), few).images).toEqual(a.images);
});

import { expect, test } from 'vitest';
import { averageIn, nudged, nudges, UNSURE_BELOW, unsureRows } from '../../src/engine/second-look';

test('nudged moves the glyph by whole pixels and drops what leaves the 28x28 field', () => {
  const input = new Float32Array(784);
  input[5 * 28 + 7] = 1; // (7, 5)
  input[27 * 28 + 27] = 0.5; // bottom-right corner
  const right = nudged(input, 1, 0);
  expect(right[5 * 28 + 8]).toBe(1);
  expect(right.reduce((a, b) => a + b, 0)).toBe(1); // the corner pixel moved out
  const upLeft = nudged(input, -1, -1);
  expect(upLeft[4 * 28 + 6]).toBe(1);
  expect(upLeft[26 * 28 + 26]).toBe(0.5);
});

test('every input gets its eight neighbours, no copy unmoved', () => {
  const input = new Float32Array(784);
  input[14 * 28 + 14] = 1;
  const flat = nudges([input]);
  expect(flat).toHaveLength(8 * 784);
  const copies = Array.from({ length: 8 }, (_, s) => flat.subarray(s * 784, (s + 1) * 784));
  const spots = new Set(copies.map((c) => c.indexOf(1)));
  expect(spots.size).toBe(8);
  expect(spots.has(14 * 28 + 14)).toBe(false);
});

test('only rows whose top class is below the bar are unsure, "not a digit" counting as a class', () => {
  const classes = 3;
  const probs = new Float32Array([0.98, 0.01, 0.01, 0.6, 0.3, 0.1, 0.02, 0.01, 0.97, 0.5, 0.5, 0]);
  expect(UNSURE_BELOW).toBeGreaterThan(0.6);
  expect(unsureRows(probs, classes)).toEqual([1, 3]);
});

test('an unsure row becomes the mean of itself and its eight nudged readings; sure rows stay', () => {
  const classes = 2;
  const probs = new Float32Array([0.99, 0.01, 0.55, 0.45]);
  const again = new Float32Array(8 * classes);
  for (let s = 0; s < 8; s++) again.set([0.1, 0.9], s * classes);
  averageIn(probs, classes, [1], again);
  expect(probs[0]).toBeCloseTo(0.99);
  expect(probs[2]).toBeCloseTo((0.55 + 8 * 0.1) / 9);
  expect(probs[3]).toBeCloseTo((0.45 + 8 * 0.9) / 9);
});

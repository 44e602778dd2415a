import { expect, test } from 'vitest';
import { histogram } from '../../src/engine/histogram';

test('the four-way histogram counts exactly what one bin at a time does, out-of-range values in the end bins', () => {
  for (const n of [0, 1, 3, 4, 7, 1001]) {
    const values = Float32Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0 : ((i * 7919) % 1000) / 800 - 0.1));
    const naive = new Array(16).fill(0);
    for (const v of values) naive[Math.min(15, Math.max(0, Math.trunc(v * 16)))]++;
    expect(Array.from(histogram(values, 16))).toEqual(naive);
  }
});

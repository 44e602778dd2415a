/**
 * Counts of values in [0, 1] in `bins` equal bins (below 0 in the first, 1 and above in the last).
 * Four interleaved sets of counts, added at the end: in a plane that is mostly background, pixel after
 * pixel lands in the same bin, and each count would wait for the one before it (a third faster here).
 * A few values (an image's border ring) are counted in one set: four sets' zeroing and adding cost more.
 */
export function histogram(values: ArrayLike<number>, bins: number): Uint32Array {
  const n = values.length;
  const sets = n < 4 * bins ? 1 : 4;
  const counts = new Uint32Array(sets * bins);
  const last = bins - 1;
  const whole = sets === 4 ? n - (n % 4) : 0;
  let i = 0;
  for (; i < whole; i += 4) {
    let b = (values[i] * bins) | 0;
    counts[b < 0 ? 0 : b > last ? last : b]++;
    b = (values[i + 1] * bins) | 0;
    counts[bins + (b < 0 ? 0 : b > last ? last : b)]++;
    b = (values[i + 2] * bins) | 0;
    counts[2 * bins + (b < 0 ? 0 : b > last ? last : b)]++;
    b = (values[i + 3] * bins) | 0;
    counts[3 * bins + (b < 0 ? 0 : b > last ? last : b)]++;
  }
  for (; i < n; i++) {
    const b = (values[i] * bins) | 0;
    counts[b < 0 ? 0 : b > last ? last : b]++;
  }
  if (sets === 1) return counts;
  const out = counts.subarray(0, bins);
  for (let k = 0; k < bins; k++) out[k] += counts[bins + k] + counts[2 * bins + k] + counts[3 * bins + k];
  return out;
}

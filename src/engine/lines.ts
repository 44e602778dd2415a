/**
 * Lines that are not glyphs: underlines, strike-throughs, table rules and separators, which touch the
 * digits they run under, through or beside and so come out of the threshold as one shape with them.
 * A line pixel lies on a run of ink far longer than any glyph is wide (or tall) and is thin across it;
 * where a glyph's stroke crosses the line the ink is thick across, and stays.
 */
import type { Plane } from './plane';
import { otsuLevel } from './threshold';
import { TUNABLES } from './tunables';

const N = TUNABLES.lines;

/** Erases line pixels from `ink` in place, for text `textHeight` px high; whether there were any. */
export function eraseLines(ink: Plane, textHeight: number): boolean {
  if (textHeight <= 0) return false;
  const { width: w, height: h, data } = ink;
  const level = Math.max(otsuLevel(ink), TUNABLES.threshold.otsuFloor) * TUNABLES.threshold.weakShare;
  const thin = Math.max(N.minThickness, N.thickness * textHeight);
  const longH = N.horizontalLength * textHeight;
  const longV = N.verticalLength * textHeight;
  // Most crops have no run that long: then nothing is worked out per pixel.
  if (longestRun(data, w, h, level, true) < longH && longestRun(data, w, h, level, false) < longV) return false;
  const across = runs(data, w, h, level, true);
  const along = runs(data, w, h, level, false);
  const erase = new Uint8Array(data.length);
  markLines(data, across, w, h, level, longH, thin, true, erase);
  markLines(data, along, w, h, level, longV, thin, false, erase);
  let erased = false;
  for (let k = 0; k < data.length; k++) {
    if (erase[k]) {
      data[k] = 0;
      erased = true;
    }
  }
  return erased;
}

/**
 * Marks the pixels of lines running one way (`horizontal`, or down). At each place along a line its band
 * across (the pixels of long runs there) goes when it is as deep as the line usually is (the commonest
 * depth) and ink does not meet it from both sides: where a digit's base lies along the underline, or a
 * stroke crosses a strike-through (an 8's waist), the band is deeper or met from both sides, and stays.
 */
function markLines(data: Float32Array, long: Uint16Array, w: number, h: number, level: number, length: number, thin: number, horizontal: boolean, erase: Uint8Array): void {
  // Walking across the line: down a column for a horizontal line, along a row for a vertical one.
  const [places, depth, step, placeStep] = horizontal ? [w, h, w, 1] : [h, w, 1, w];
  const bands: number[] = []; // start index, end index, in triples with the place
  const depths = new Uint32Array(Math.ceil(thin) + 2);
  for (let place = 0; place < places; place++) {
    const base = place * placeStep;
    let i = 0;
    while (i < depth) {
      if (long[base + i * step] < length || data[base + i * step] <= level) {
        i++;
        continue;
      }
      const start = i;
      while (i < depth && long[base + i * step] >= length && data[base + i * step] > level) i++;
      if (i - start > thin) continue;
      const before = start > 0 && data[base + (start - 1) * step] > level;
      const after = i < depth && data[base + i * step] > level;
      if (!before || !after) {
        bands.push(base, start, i);
        depths[i - start]++;
      }
    }
  }
  let usual = 0;
  for (let d = 1; d < depths.length; d++) if (depths[d] > depths[usual]) usual = d;
  for (let b = 0; b < bands.length; b += 3) {
    const [base, start, end] = [bands[b], bands[b + 1], bands[b + 2]];
    if (end - start > usual) continue;
    for (let j = start; j < end; j++) erase[base + j * step] = 1;
  }
}

function longestRun(data: Float32Array, w: number, h: number, level: number, horizontal: boolean): number {
  const [lines, length, step, lineStep] = horizontal ? [h, w, 1, w] : [w, h, w, 1];
  let longest = 0;
  for (let line = 0; line < lines; line++) {
    let run = 0;
    for (let i = 0, k = line * lineStep; i < length; i++, k += step) {
      run = data[k] > level ? run + 1 : 0;
      if (run > longest) longest = run;
    }
  }
  return longest;
}

/** Per pixel, the length of the run of ink it lies on: along its row (`horizontal`) or its column. */
function runs(data: Float32Array, w: number, h: number, level: number, horizontal: boolean): Uint16Array {
  const out = new Uint16Array(data.length);
  const [lines, length, step, lineStep] = horizontal ? [h, w, 1, w] : [w, h, w, 1];
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    let start = -1;
    for (let i = 0; i <= length; i++) {
      const inked = i < length && data[base + i * step] > level;
      if (inked && start < 0) start = i;
      if (!inked && start >= 0) {
        const run = Math.min(65535, i - start);
        for (let j = start; j < i; j++) out[base + j * step] = run;
        start = -1;
      }
    }
  }
  return out;
}

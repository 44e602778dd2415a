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
  const across = runs(data, w, h, level, true);
  const along = runs(data, w, h, level, false);
  const thin = Math.max(N.minThickness, N.thickness * textHeight);
  const longH = N.horizontalLength * textHeight;
  const longV = N.verticalLength * textHeight;
  let erased = false;
  for (let k = 0; k < data.length; k++) {
    if (data[k] <= level) continue;
    if ((across[k] >= longH && along[k] <= thin) || (along[k] >= longV && across[k] <= thin)) {
      data[k] = 0;
      erased = true;
    }
  }
  return erased;
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

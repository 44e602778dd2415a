/**
 * A second look at the glyphs the model is unsure of: the same input moved by one pixel in each of
 * the eight directions, read in one batch, and the nine readings averaged. A misread digit is
 * usually an unsure one (on a handwritten tuning set, 25 of 32 misread digits were below 0.9 against
 * 47 of 4,948 right ones), and a pixel's shift is within what training's augmentation taught the model
 * to ignore, so the average leans on the reading that does not hinge on where the centre of mass fell.
 */
import { INPUT_SIZE } from './normalize';
import { TUNABLES } from './tunables';

/** below this top probability (over the ten digits and "not a digit") a glyph gets the second look */
export const UNSURE_BELOW = TUNABLES.classify.unsureBelow;

const NUDGES: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [-1, -1],
  [1, -1],
  [-1, 1],
];
export const NUDGE_COUNT = NUDGES.length;

const { secondLookNotDigit, maxSecondLooks } = TUNABLES.classify;

/**
 * The indices of the rows of `probs` (`classes` wide, "not a digit" last) whose top probability is below
 * UNSURE_BELOW, less those the model is fairly sure are not digits (a letter, an icon). At most
 * `maxSecondLooks`, the least sure first, so a page of text costs one batch more, not nine times its glyphs.
 */
export function unsureRows(probs: Float32Array, classes: number): number[] {
  const rows: { i: number; top: number }[] = [];
  for (let i = 0; i * classes < probs.length; i++) {
    let top = 0;
    for (let c = 0; c < classes; c++) top = Math.max(top, probs[i * classes + c]);
    if (top < UNSURE_BELOW && probs[i * classes + classes - 1] < secondLookNotDigit) rows.push({ i, top });
  }
  if (rows.length > maxSecondLooks) rows.sort((a, b) => a.top - b.top).length = maxSecondLooks;
  return rows.map((r) => r.i).sort((a, b) => a - b);
}

/** the glyph moved by (dx, dy) pixels, what moves out of the field dropped */
export function nudged(input: Float32Array, dx: number, dy: number): Float32Array {
  const out = new Float32Array(INPUT_SIZE * INPUT_SIZE);
  nudgeInto(input, dx, dy, out, 0);
  return out;
}

/** `input` moved by (dx, dy) into `out` (zero there) from `offset` on */
function nudgeInto(input: Float32Array, dx: number, dy: number, out: Float32Array, offset: number): void {
  for (let y = Math.max(0, dy); y < Math.min(INPUT_SIZE, INPUT_SIZE + dy); y++) {
    const from = (y - dy) * INPUT_SIZE;
    const to = offset + y * INPUT_SIZE;
    for (let x = Math.max(0, dx); x < Math.min(INPUT_SIZE, INPUT_SIZE + dx); x++) out[to + x] = input[from + x - dx];
  }
}

/** the eight nudged copies of each input, in order, one after another in one array (as the model takes
 *  a batch): eight separate arrays cost more to make than to fill */
export function nudges(inputs: Float32Array[]): Float32Array {
  const size = INPUT_SIZE * INPUT_SIZE;
  const out = new Float32Array(inputs.length * NUDGES.length * size);
  inputs.forEach((input, i) => {
    NUDGES.forEach(([dx, dy], s) => {
      nudgeInto(input, dx, dy, out, (i * NUDGES.length + s) * size);
    });
  });
  return out;
}

/**
 * Replaces each unsure row of `probs` by the mean of itself and its nudged copies' rows, which
 * `again` holds in the order `nudges` made them.
 */
export function averageIn(probs: Float32Array, classes: number, rows: number[], again: Float32Array): void {
  const n = NUDGES.length;
  rows.forEach((row, k) => {
    for (let c = 0; c < classes; c++) {
      let sum = probs[row * classes + c];
      for (let s = 0; s < n; s++) sum += again[(k * n + s) * classes + c];
      probs[row * classes + c] = sum / (n + 1);
    }
  });
}

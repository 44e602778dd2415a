/**
 * Touching digits come out of segmentation as one wide piece. We propose ways to cut it into 2–6 parts
 * at the columns with the least ink near the positions of even digits (or of even digits and one narrow
 * 1); the classifier's confidence then chooses between the whole piece and each proposal.
 */
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';

/** Printed digits are 0.45–0.7 as wide as tall; handwriting up to ~0.9. Wider pieces may be several. */
const SPLIT_ASPECT = 0.78;
const DIGIT_ASPECT = 0.6;
const WIDE_DIGIT_ASPECT = 0.8;
/** How strongly a cut is held to its even position, against the least-ink column (in column peaks per
 *  search radius): in 10 px text enlarged and blurred together, the least ink often lies at the edge of
 *  the search, in the next digit's counter. */
const PULL = 0.2;
/** In proportional fonts a 1 is about half as wide as other digits: a cut that assumes even widths
 *  misses a touching "189" at every cut. Each part in turn is also tried this narrow. */
const NARROW_ONE = 0.45;

export interface Part {
  box: Box;
}

/** Wide enough to be two or more digits. */
export const splittable = ([, , w, h]: Box) => w >= h * SPLIT_ASPECT;

export function splitProposals(piece: Piece, seg: Segmentation, expected?: number): Part[][] {
  const [x, , w, h] = piece.box;
  if (!splittable(piece.box)) return [];
  const profile = columnInk(piece, seg);
  const guess = w / (h * DIGIT_ASPECT);
  // Small text enlarged and thresholded comes out with fat digits, near WIDE_DIGIT_ASPECT.
  const counts = new Set([Math.round(w / (h * WIDE_DIGIT_ASPECT)), Math.floor(guess), Math.round(guess), Math.ceil(guess), Math.round(guess) + 1]);
  // A whole number blurred into one piece (9 px text) can have digits fatter still: the expected length
  // is tried too, when its parts would be digit-shaped on average (a 'w' cut in five gave five sure 1s).
  if (expected && w >= expected * 0.5 * h && w <= expected * h) counts.add(expected);
  const peak = Math.max(...profile);
  const proposals: Part[][] = [];
  for (const k of counts) {
    if (k < 2 || k > 6) continue;
    // Relative part widths: all even, then each part in turn a narrow 1.
    const layouts = [Array<number>(k).fill(1), ...Array.from({ length: k }, (_, j) => Array.from({ length: k }, (_, i) => (i === j ? NARROW_ONE : 1)))];
    for (const weights of layouts) {
      const total = weights.reduce((a, b) => a + b, 0);
      const cuts: number[] = [];
      let sum = 0;
      for (let i = 0; i < k - 1; i++) {
        sum += weights[i];
        const centre = (sum / total) * w;
        const radius = Math.max(1, Math.round((Math.min(weights[i], weights[i + 1]) / total) * w / 3));
        let best = Math.round(centre);
        const cost = (c: number) => profile[c] + (PULL * peak * Math.abs(c - centre)) / radius;
        for (let c = Math.max(1, Math.round(centre - radius)); c <= Math.min(w - 1, Math.round(centre + radius)); c++) {
          if (cost(c) < cost(best)) best = c;
        }
        cuts.push(best);
      }
      if (cuts.some((c, i) => i > 0 && c <= cuts[i - 1])) continue;
      const edges = [0, ...cuts, w];
      const parts: Part[] = [];
      for (let i = 0; i < k; i++) {
        const box = tighten([x + edges[i], piece.box[1], edges[i + 1] - edges[i], h], piece, seg);
        if (box) parts.push({ box });
      }
      if (parts.length === k) proposals.push(parts);
    }
  }
  return proposals;
}

function columnInk(piece: Piece, seg: Segmentation): Float32Array {
  const [x0, y0, w, h] = piece.box;
  const out = new Float32Array(w);
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = y * seg.ink.width + x;
      if (piece.ids.has(seg.labels[i])) out[x - x0] += seg.ink.data[i];
    }
  }
  return out;
}

/** Shrinks a slice of the piece to the rows that hold its ink; undefined when the slice is empty. */
function tighten(box: Box, piece: Piece, seg: Segmentation): Box | undefined {
  const [x0, y0, w, h] = box;
  let top = -1;
  let bottom = -1;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = y * seg.ink.width + x;
      if (piece.ids.has(seg.labels[i]) && seg.ink.data[i] > 0.3) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  if (top < 0 || bottom - top < h * 0.2) return undefined;
  return [x0, top, w, bottom - top + 1];
}

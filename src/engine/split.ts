/**
 * Touching digits come out of segmentation as one wide piece. We propose ways to cut it into 2–6 parts
 * at the columns with the least ink near the positions of even digits (or of even digits and one narrow
 * 1), and for italic text also along its slant; the classifier's confidence then chooses between the
 * whole piece and each proposal.
 */
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';
import { TUNABLES } from './tunables';

const T = TUNABLES.cut;
const { splitAspect: SPLIT_ASPECT, digitAspect: DIGIT_ASPECT, wideDigitAspect: WIDE_DIGIT_ASPECT, pull: PULL, narrowOne: NARROW_ONE } = T;

/**
 * The pixels of a slanted cut's part: those with from <= x - slant * (base - y) < to. Italic digits that
 * touch overlap in their columns, so a vertical cut gives each part a corner of its neighbour.
 */
export interface Slab {
  slant: number;
  base: number;
  from: number;
  to: number;
}

/**
 * The pixels of a part between two winding cuts: in row y0 + r, those with from[r] <= x < to[r]. Handwritten
 * digits that touch or overlap are parted along the path through the least ink, which bends around strokes
 * that a straight cut would slice.
 */
export interface Seam {
  y0: number;
  from: Int32Array;
  to: Int32Array;
}

export interface Part {
  box: Box;
  /** for a slanted or winding cut: which of the box's pixels are the part's */
  slab?: Slab | Seam;
  /** cut as a narrow 1: the cut stands only if this part reads as one */
  one?: boolean;
}

/** Wide enough to be two or more digits. */
export const splittable = ([, , w, h]: Box) => w >= h * SPLIT_ASPECT;

/** A minus, a dash or a rule's stub: a solid bar well short of the text. Its slices read as sure 1s (a minus as 111111). */
const isBar = ({ box: [, , w, h], area }: Piece, textHeight: number) => h < T.barHeight * textHeight && w >= T.barAspect * h && area >= T.barFill * w * h;

export function splitProposals(piece: Piece, seg: Segmentation, expected?: number): Part[][] {
  if (!splittable(piece.box) || isBar(piece, seg.textHeight)) return [];
  const straight = columnInk(piece, seg, 0);
  const italic = slanted(piece, seg, straight);
  return [...cutsAt(piece, seg, 0, straight, expected), ...freeCuts(piece, seg, straight), ...(italic ? cutsAt(piece, seg, italic.slant, italic.ink, expected) : [])];
}

/**
 * Cuts at the profile's own low points, wherever they fall: a hand's digits are of uneven widths (a 4 and a
 * 0 overlapping), so the least ink between them can lie far from where even parts would put it. Two parts
 * at each of the lowest points, three at each pair of them, straight and as seams.
 */
function freeCuts(piece: Piece, seg: Segmentation, { profile }: ColumnInk): Part[][] {
  const [x, y, w, h] = piece.box;
  const edge = Math.max(2, Math.round(h * T.freePart));
  const lows: number[] = [];
  for (let c = edge; c <= w - edge; c++) {
    let low = true;
    for (let d = -T.freeWindow; d <= T.freeWindow && low; d++) low = d === 0 || c + d < 0 || c + d >= w || profile[c + d] >= profile[c];
    if (low) lows.push(c);
  }
  // The lowest first, each apart from those taken (a flat run of low columns is one place to cut).
  const top: number[] = [];
  for (const c of lows.sort((a, b) => profile[a] - profile[b])) {
    if (top.length < T.freeLows && top.every((t) => Math.abs(t - c) * 2 >= edge)) top.push(c);
  }
  top.sort((a, b) => a - b);
  const sets: number[][] = [];
  if (w <= h * T.freeTwoMax) for (const c of top) sets.push([c]);
  if (w >= h * T.freeThreeMin) sets.push(...top.flatMap((a, i) => top.slice(i + 1).flatMap((b) => (b - a >= edge ? [[a, b]] : []))));
  const proposals: Part[][] = [];
  for (const cuts of sets) {
    const wound = seamParts(piece, seg, cuts, Array<number>(cuts.length + 1).fill(1));
    if (wound) proposals.push(wound);
    const edges = [0, ...cuts, w];
    const parts = edges.slice(1).flatMap((to, i) => {
      const box = tighten([x + edges[i], y, to - edges[i], h], piece, seg);
      return box ? [{ box }] : [];
    });
    if (parts.length === edges.length - 1) proposals.push(parts);
  }
  return proposals;
}

/** Proposals with every cut at one slant (0: vertical), on the piece's ink per column at that slant. */
function cutsAt(piece: Piece, seg: Segmentation, slant: number, { profile, from }: ColumnInk, expected?: number): Part[][] {
  const [x, , , h] = piece.box;
  const base = piece.box[1] + h - 1;
  const w = profile.length;
  if (slant > 0 && w < h * SPLIT_ASPECT) return [];
  const guess = w / (h * DIGIT_ASPECT);
  // Small text enlarged and thresholded comes out with fat digits, near WIDE_DIGIT_ASPECT, and a hand's 0s and 5s
  // are as wide: the fewest parts are those of digits that fat.
  const fat = w / (h * WIDE_DIGIT_ASPECT);
  const counts = new Set([Math.floor(fat), Math.round(fat), Math.floor(guess), Math.round(guess), Math.ceil(guess), Math.round(guess) + 1]);
  // A whole number blurred into one piece (9 px text) can have digits fatter still: the expected length
  // is tried too, when its parts would be digit-shaped on average (a 'w' cut in five gave five sure 1s).
  if (expected && w >= expected * T.expectedAspectMin * h && w <= expected * T.expectedAspectMax * h) counts.add(expected);
  const peak = Math.max(...profile);
  const proposals: Part[][] = [];
  for (const k of counts) {
    if (k < 2 || k > T.maxParts) continue;
    // Relative part widths: all even, then each part in turn a narrow 1.
    const layouts = [Array<number>(k).fill(1), ...Array.from({ length: k }, (_, j) => Array.from({ length: k }, (_, i) => (i === j ? NARROW_ONE : 1)))];
    for (const weights of layouts) {
      const total = weights.reduce((a, b) => a + b, 0);
      const cuts: number[] = [];
      let sum = 0;
      for (let i = 0; i < k - 1; i++) {
        sum += weights[i];
        const centre = (sum / total) * w;
        const radius = Math.max(1, Math.round(((Math.min(weights[i], weights[i + 1]) / total) * w) / T.searchDivisor));
        let best = Math.round(centre);
        const cost = (c: number) => profile[c] + (PULL * peak * Math.abs(c - centre)) / radius;
        for (let c = Math.max(1, Math.round(centre - radius)); c <= Math.min(w - 1, Math.round(centre + radius)); c++) {
          if (cost(c) < cost(best)) best = c;
        }
        cuts.push(best);
      }
      if (cuts.some((c, i) => i > 0 && c <= cuts[i - 1])) continue;
      if (slant === 0) {
        const wound = seamParts(piece, seg, cuts, weights);
        if (wound) proposals.push(wound);
      }
      const edges = [0, ...cuts, w];
      const parts: Part[] = [];
      for (let i = 0; i < k; i++) {
        const one = weights[i] < 1 ? { one: true } : {};
        if (slant === 0) {
          const box = tighten([x + edges[i], piece.box[1], edges[i + 1] - edges[i], h], piece, seg);
          if (box) parts.push({ box, ...one });
        } else {
          const slab = { slant, base, from: from + edges[i], to: from + edges[i + 1] };
          const box = slabBox(slab, piece, seg);
          if (box) parts.push({ box, slab, ...one });
        }
      }
      if (parts.length === k) proposals.push(parts);
    }
  }
  return proposals;
}

/** x - slant * (base - y), the column a pixel falls in once the slant is taken out. */
export const upright = (x: number, y: number, slant: number, base: number) => Math.floor(x - slant * (base - y));

/** Whether pixel (x, y) belongs to the slab's or the seam's part. */
export function inSlab(slab: Slab | Seam, x: number, y: number): boolean {
  if ('y0' in slab) {
    const r = y - slab.y0;
    return r >= 0 && r < slab.from.length && x >= slab.from[r] && x < slab.to[r];
  }
  const c = upright(x, y, slab.slant, slab.base);
  return c >= slab.from && c < slab.to;
}

/**
 * The vertical cuts at `cuts` (columns of the piece) turned into seams: each the path from the piece's top
 * to its bottom, a column at most per row, that crosses the least ink within reach of its cut. Undefined
 * when no seam bends (the straight cuts are proposed already) or a part comes out too small.
 */
function seamParts(piece: Piece, seg: Segmentation, cuts: number[], weights: number[]): Part[] | undefined {
  const [x0, y0, w, h] = piece.box;
  const reach = Math.max(1, Math.round(h * T.seamReach));
  const paths: Int32Array[] = [];
  let bent = false;
  for (let k = 0; k < cuts.length; k++) {
    const lo = Math.max(k > 0 ? cuts[k - 1] + 1 : 1, cuts[k] - reach);
    const hi = Math.min(k < cuts.length - 1 ? cuts[k + 1] - 1 : w - 1, cuts[k] + reach);
    const path = seam(piece, seg, cuts[k], lo, hi);
    const prev = paths[k - 1];
    // Seams never cross: each stays right of the one before.
    if (prev) for (let r = 0; r < h; r++) path[r] = Math.max(path[r], prev[r] + 1);
    if (path.some((c) => c !== cuts[k])) bent = true;
    paths.push(path);
  }
  if (!bent) return undefined;
  const edge = (c: number) => Int32Array.from({ length: h }, () => c);
  const bounds = [edge(0), ...paths, edge(w)];
  const parts: Part[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const slab: Seam = { y0, from: bounds[i].map((c) => x0 + c), to: bounds[i + 1].map((c) => x0 + c) };
    const box = slabBox(slab, piece, seg);
    // A seam can part a slanted 8 at its waist: digits parted by seams each stand most of the piece's height.
    if (!box || box[3] < h * T.seamPartHeight) return undefined;
    parts.push({ box, slab, ...(weights[i] < 1 ? { one: true } : {}) });
  }
  return parts;
}

/** The least-ink path down the piece between columns lo and hi (piece columns), held loosely to `at`. */
function seam(piece: Piece, seg: Segmentation, at: number, lo: number, hi: number): Int32Array {
  const [x0, y0, , h] = piece.box;
  const n = hi - lo + 1;
  const cost = new Float32Array(n * h);
  const from = new Int8Array(n * h);
  const inkAt = (r: number, j: number) => {
    const i = (y0 + r) * seg.ink.width + x0 + lo + j;
    return piece.ids.has(seg.labels[i]) ? seg.ink.data[i] : 0;
  };
  const stray = (j: number) => (T.seamPull * Math.abs(lo + j - at)) / Math.max(1, hi - lo);
  for (let r = 0; r < h; r++) {
    for (let j = 0; j < n; j++) {
      let best = 0;
      let prior = 0;
      if (r > 0) {
        const up = (r - 1) * n;
        prior = cost[up + j];
        if (j > 0 && cost[up + j - 1] + T.seamStep < prior) {
          prior = cost[up + j - 1] + T.seamStep;
          best = -1;
        }
        if (j < n - 1 && cost[up + j + 1] + T.seamStep < prior) {
          prior = cost[up + j + 1] + T.seamStep;
          best = 1;
        }
      }
      cost[r * n + j] = prior + inkAt(r, j) + stray(j);
      from[r * n + j] = best;
    }
  }
  let j = 0;
  for (let k = 1; k < n; k++) if (cost[(h - 1) * n + k] < cost[(h - 1) * n + j]) j = k;
  const path = new Int32Array(h);
  for (let r = h - 1; r >= 0; r--) {
    path[r] = lo + j;
    j += from[r * n + j];
  }
  return path;
}

interface ColumnInk {
  profile: Float32Array;
  /** the profile's first column, in upright coordinates */
  from: number;
}

/**
 * Ink per column once the slant is taken out, from the first column with ink (`from`, in upright
 * coordinates) to the last.
 */
function columnInk(piece: Piece, seg: Segmentation, slant: number): ColumnInk {
  const [x0, y0, w, h] = piece.box;
  const base = y0 + h - 1;
  const shift = Math.ceil(slant * h);
  const out = new Float32Array(w + shift);
  let lo = out.length;
  let hi = -1;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = y * seg.ink.width + x;
      if (!piece.ids.has(seg.labels[i])) continue;
      const c = upright(x, y, slant, base) - x0 + shift;
      out[c] += seg.ink.data[i];
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
  }
  if (hi < 0) return { profile: new Float32Array(0), from: x0 };
  return slant === 0 ? { profile: out.subarray(0, w), from: x0 } : { profile: out.subarray(lo, hi + 1), from: lo + x0 - shift };
}

/**
 * The slant at which the piece's ink stands most upright, with its ink per column there: the one whose
 * columns hold it most unevenly (its strokes stacked into few columns, so the sum of squared column ink
 * is largest). Undefined when upright does best.
 */
function slanted(piece: Piece, seg: Segmentation, straight: ColumnInk): { slant: number; ink: ColumnInk } | undefined {
  const focus = ({ profile }: ColumnInk) => profile.reduce((sum, v) => sum + v * v, 0);
  let best: { slant: number; ink: ColumnInk } | undefined;
  let bestFocus = focus(straight);
  for (const slant of T.slants) {
    const ink = columnInk(piece, seg, slant);
    const f = focus(ink);
    if (f > bestFocus) {
      best = { slant, ink };
      bestFocus = f;
    }
  }
  return best;
}

/** The box of the piece's ink inside a slab; undefined when it holds too little to be a glyph. */
function slabBox(slab: Slab | Seam, piece: Piece, seg: Segmentation): Box | undefined {
  const [x0, y0, w, h] = piece.box;
  let left = Infinity;
  let right = -1;
  let top = -1;
  let bottom = -1;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = y * seg.ink.width + x;
      if (!piece.ids.has(seg.labels[i]) || seg.ink.data[i] <= T.partInk || !inSlab(slab, x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      if (top < 0) top = y;
      bottom = y;
    }
  }
  if (top < 0 || bottom - top < h * T.minPartHeight) return undefined;
  return [left, top, right - left + 1, bottom - top + 1];
}

/** Shrinks a slice of the piece to the rows that hold its ink; undefined when the slice is empty. */
export function tighten(box: Box, piece: Pick<Piece, 'ids'>, seg: Pick<Segmentation, 'ink' | 'labels'>): Box | undefined {
  const [x0, y0, w, h] = box;
  let top = -1;
  let bottom = -1;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = y * seg.ink.width + x;
      if (piece.ids.has(seg.labels[i]) && seg.ink.data[i] > T.partInk) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  if (top < 0 || bottom - top < h * T.minPartHeight) return undefined;
  return [x0, top, w, bottom - top + 1];
}

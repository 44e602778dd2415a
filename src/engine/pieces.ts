/**
 * Segmentation: enlarge small text, threshold, connected components, then drop specks and frame lines
 * and merge the broken strokes of one glyph. The pieces that remain are glyph candidates.
 */
import { connectedComponents } from './components';
import { type Box, type Plane, resample } from './plane';
import { MAX_PIXELS, upscaleFactor } from './scale';
import { otsuLevel } from './threshold';

export interface Piece {
  box: Box;
  ids: Set<number>;
  area: number;
}

export interface Segmentation {
  /** the ink plane the pieces live in (enlarged when the text was small) */
  ink: Plane;
  /** enlargement applied to the input plane */
  scale: number;
  /** component label per pixel (0 = background) */
  labels: Int32Array;
  pieces: Piece[];
  /** typical glyph height in `ink` */
  textHeight: number;
}

interface Component {
  box: Box;
  area: number;
}

/**
 * Ink is what clears a low threshold, in components that reach the Otsu level somewhere (hysteresis, as
 * in Canny's edges): a hairline a little fainter than the strokes it joins (a Didone 0 at 13 px, a pen
 * pressing lightly) keeps a glyph in one piece, and faint smudges with no stroke in them stay background.
 */
const WEAK = 0.75;

function components(ink: Plane): { labels: Int32Array; comps: Component[] } {
  const level = Math.max(otsuLevel(ink), 0.25);
  const { labels, boxes, areas, peaks } = connectedComponents(ink.data, ink.width, ink.height, WEAK * level);
  const strong = peaks.map((peak) => peak > level);
  if (strong.some((s, l) => l > 0 && !s)) {
    for (let i = 0; i < labels.length; i++) if (labels[i] !== 0 && !strong[labels[i]]) labels[i] = 0;
  }
  // A faint component keeps its label number with nothing in it: an empty box at the origin, which
  // isClutter drops as a sliver at the crop's edge.
  return { labels, comps: boxes.map((box, l) => (strong[l] ? { box, area: areas[l] } : { box: [0, 0, 0, 0], area: 0 })) };
}

/** Hairlines and rules (a crop's edge, an underline, a table border) are never glyphs. */
const isLine = (c: Component) => Math.min(c.box[2], c.box[3]) <= 2 || c.box[3] > 10 * c.box[2] || c.box[2] > 10 * c.box[3];

/** The height of full glyphs: the upper quartile of components that are neither specks nor lines. (The
 *  median was pulled down by the pieces of broken handwritten strokes, and then their merge looked too tall.) */
function typicalHeight(comps: Component[]): number {
  const shapes = comps.slice(1).filter((c) => !isLine(c));
  const tallest = Math.max(0, ...shapes.map((c) => c.box[3]));
  const heights = shapes
    .map((c) => c.box[3])
    .filter((h) => h >= Math.max(3, tallest * 0.35))
    .sort((a, b) => a - b);
  return heights.length ? heights[Math.floor(heights.length * 0.75)] : 0;
}

export function segment(input: Plane): Segmentation {
  let first = components(input);
  let h = typicalHeight(first.comps);
  // Never past the pixel budget: in a page of fine noise the "text" is a pixel high and would be enlarged 4x.
  const scale = Math.min(upscaleFactor(h), Math.sqrt(MAX_PIXELS / (input.width * input.height)));
  let ink = input;
  if (scale > 1.05) {
    ink = resample(input, Math.round(input.width * scale), Math.round(input.height * scale));
    first = components(ink);
    h = typicalHeight(first.comps);
  }
  const { labels, comps } = first;
  const kept: number[] = [];
  const specks: number[] = [];
  comps.forEach((c, i) => {
    if (i === 0 || h === 0 || isClutter(c, h, ink)) return;
    (isSpeck(c, h) ? specks : kept).push(i);
  });
  const pieces = mergeBroken(kept, comps, h, specks);
  return { ink, scale, labels, pieces, textHeight: h };
}

/** Too small to be a glyph on its own; it may still be part of one (see mergeBroken). */
const isSpeck = (c: Component, h: number) => c.box[3] < h * 0.3 && c.box[2] < h * 0.3 && c.area < h * h * 0.05;

/** Never part of a glyph: rules, frames and slivers cut by the crop's edge. */
function isClutter(c: Component, h: number, ink: Plane): boolean {
  const [x, y, w, bh] = c.box;
  const rule = (w > h * 3 && bh < h * 0.3) || (bh > h * 2.5 && w < h * 0.25) || (isLine(c) && bh > h * 1.5);
  const frame = w > ink.width * 0.9 && bh > ink.height * 0.9 && c.area < w * bh * 0.25;
  const edgeSliver = (x === 0 || y === 0 || x + w === ink.width || y + bh === ink.height) && c.area < h * h * 0.02;
  return rule || frame || edgeSliver;
}

/** A speck may join a piece at least this wide (in text heights) ... */
const SPECK_HOST_WIDTH = 0.25;
/** ... when together they are at most this tall (handwriting's heights vary around the typical one). */
const SPECK_MERGED_HEIGHT = 1.1;

/**
 * Union of components that sit above one another with a small gap: a broken stroke, a dotted i, a colon.
 * Specks, otherwise dropped as noise, may join a piece too, but are never pieces of their own.
 */
function mergeBroken(kept: number[], comps: Component[], h: number, specks: number[]): Piece[] {
  const parent = new Map([...kept, ...specks].map((i) => [i, i]));
  const find = (i: number): number => {
    while (parent.get(i) !== i) i = parent.get(i)!;
    return i;
  };
  const join = (a: number, b: number) => parent.set(find(a), find(b));
  sharingColumns(kept.map((i) => comps[i].box), (a, b) => {
    const { overlapX, gapY, mergedHeight } = stacking(comps[kept[a]].box, comps[kept[b]].box);
    const narrower = Math.min(comps[kept[a]].box[2], comps[kept[b]].box[2]);
    if (overlapX >= 0.5 * narrower && gapY < h * 0.35 && mergedHeight <= h * 1.5) join(kept[a], kept[b]);
  });
  // A speck joins a glyph-wide piece it mostly sits over or under, only up to the text's height: the faint
  // top bar of a handwritten 7 came apart into specks, and its stem alone read as a sure 1. A speck
  // beside a full-height digit, or one on a hairline (a 3 px crease in the paper), stays out. It joins
  // the nearest such piece only, so it never ties two glyphs together.
  const hosts = kept.filter((k) => comps[k].box[2] >= SPECK_HOST_WIDTH * h);
  const both = [...specks, ...hosts];
  const host = new Int32Array(specks.length).fill(-1);
  const nearest = new Float64Array(specks.length).fill(h * 0.35);
  sharingColumns(both.map((i) => comps[i].box), (a, b) => {
    if ((a < specks.length) === (b < specks.length)) return;
    const [s, k] = a < specks.length ? [a, b] : [b, a];
    const { overlapX, gapY, mergedHeight } = stacking(comps[both[s]].box, comps[both[k]].box);
    if (overlapX >= 0.5 * comps[both[s]].box[2] && gapY < nearest[s] && mergedHeight <= SPECK_MERGED_HEIGHT * h) {
      host[s] = both[k];
      nearest[s] = gapY;
    }
  });
  specks.forEach((s, i) => host[i] >= 0 && join(s, host[i]));
  const ids = [...kept, ...specks];
  const isKept = new Set(kept);
  const groups = new Map<number, number[]>();
  for (const i of ids) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()].filter((members) => members.some((i) => isKept.has(i))).map((members) => {
    const x0 = Math.min(...members.map((i) => comps[i].box[0]));
    const y0 = Math.min(...members.map((i) => comps[i].box[1]));
    const x1 = Math.max(...members.map((i) => comps[i].box[0] + comps[i].box[2]));
    const y1 = Math.max(...members.map((i) => comps[i].box[1] + comps[i].box[3]));
    return { box: [x0, y0, x1 - x0, y1 - y0] as Box, ids: new Set(members), area: members.reduce((s, i) => s + comps[i].area, 0) };
  });
}

/** How two boxes stand one over the other: shared columns, the rows between them, and their joint height. */
function stacking([ax, ay, aw, ah]: Box, [bx, by, bw, bh]: Box): { overlapX: number; gapY: number; mergedHeight: number } {
  return {
    overlapX: Math.min(ax + aw, bx + bw) - Math.max(ax, bx),
    gapY: Math.max(ay, by) - Math.min(ay + ah, by + bh),
    mergedHeight: Math.max(ay + ah, by + bh) - Math.min(ay, by),
  };
}

/**
 * Calls visit(i, j) for every two boxes that share a column: a sweep from left to right, so a page of
 * noise (tens of thousands of components) costs what its columns hold, not every pair.
 */
function sharingColumns(boxes: Box[], visit: (i: number, j: number) => void): void {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0]);
  let open: number[] = [];
  for (const i of order) {
    open = open.filter((j) => boxes[j][0] + boxes[j][2] > boxes[i][0]);
    for (const j of open) visit(j, i);
    open.push(i);
  }
}

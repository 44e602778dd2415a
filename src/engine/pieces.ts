/**
 * Segmentation: enlarge small text, threshold, connected components, then drop specks and frame lines
 * and merge the broken strokes of one glyph. The pieces that remain are glyph candidates.
 */
import { connectedComponents } from './components';
import { type Box, type Plane, resample } from './plane';
import { upscaleFactor } from './scale';
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

function components(ink: Plane): { labels: Int32Array; comps: Component[] } {
  const level = Math.max(otsuLevel(ink), 0.25);
  const bin = new Uint8Array(ink.data.length);
  for (let i = 0; i < bin.length; i++) bin[i] = ink.data[i] > level ? 1 : 0;
  const { labels, boxes, areas } = connectedComponents(bin, ink.width, ink.height);
  return { labels, comps: boxes.map((box, i) => ({ box, area: areas[i] })) };
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
  const scale = upscaleFactor(h);
  let ink = input;
  if (scale > 1.05) {
    ink = resample(input, Math.round(input.width * scale), Math.round(input.height * scale));
    first = components(ink);
    h = typicalHeight(first.comps);
  }
  const { labels, comps } = first;
  const kept = comps.map((c, i) => (i === 0 || isNoise(c, h, ink) ? -1 : i)).filter((i) => i > 0);
  const pieces = mergeBroken(kept, comps, h);
  return { ink, scale, labels, pieces, textHeight: h };
}

function isNoise(c: Component, h: number, ink: Plane): boolean {
  const [x, y, w, bh] = c.box;
  if (h === 0) return true;
  const speck = bh < h * 0.3 && w < h * 0.3 && c.area < h * h * 0.05;
  const rule = (w > h * 3 && bh < h * 0.3) || (bh > h * 2.5 && w < h * 0.25) || (isLine(c) && bh > h * 1.5);
  const frame = w > ink.width * 0.9 && bh > ink.height * 0.9 && c.area < w * bh * 0.25;
  const edgeSliver = (x === 0 || y === 0 || x + w === ink.width || y + bh === ink.height) && c.area < h * h * 0.02;
  return speck || rule || frame || edgeSliver;
}

/** Union of components that sit above one another with a small gap: a broken stroke, a dotted i, a colon. */
function mergeBroken(ids: number[], comps: Component[], h: number): Piece[] {
  const parent = new Map(ids.map((i) => [i, i]));
  const find = (i: number): number => {
    while (parent.get(i) !== i) i = parent.get(i)!;
    return i;
  };
  for (let a = 0; a < ids.length; a++) {
    for (let b = a + 1; b < ids.length; b++) {
      const [ax, ay, aw, ah] = comps[ids[a]].box;
      const [bx, by, bw, bh] = comps[ids[b]].box;
      const overlapX = Math.min(ax + aw, bx + bw) - Math.max(ax, bx);
      const gapY = Math.max(ay, by) - Math.min(ay + ah, by + bh);
      const mergedHeight = Math.max(ay + ah, by + bh) - Math.min(ay, by);
      if (overlapX >= 0.5 * Math.min(aw, bw) && gapY < h * 0.35 && mergedHeight <= h * 1.5) {
        parent.set(find(ids[a]), find(ids[b]));
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of ids) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()].map((members) => {
    const x0 = Math.min(...members.map((i) => comps[i].box[0]));
    const y0 = Math.min(...members.map((i) => comps[i].box[1]));
    const x1 = Math.max(...members.map((i) => comps[i].box[0] + comps[i].box[2]));
    const y1 = Math.max(...members.map((i) => comps[i].box[1] + comps[i].box[3]));
    return { box: [x0, y0, x1 - x0, y1 - y0] as Box, ids: new Set(members), area: members.reduce((s, i) => s + comps[i].area, 0) };
  });
}

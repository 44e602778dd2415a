/**
 * Segmentation: enlarge small text, threshold, connected components, then drop specks and frame lines
 * and merge the broken strokes of one glyph. The pieces that remain are glyph candidates.
 */
import { type Box, type Plane, resample } from './plane';
import { giveBack } from './pool';
import { dashedRules } from './dashes';
import { DisjointSets } from './disjoint-sets';
import { eraseLines } from './lines';
import { enlargement } from './scale';
import { type Component, inkComponents } from './threshold';
import { TUNABLES } from './tunables';

const S = TUNABLES.segment;

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
  /** specks in no piece (dots, commas, apostrophes, or noise): component ids and boxes in `ink` */
  marks: { id: number; box: Box }[];
}

/** Hairlines and rules (a crop's edge, an underline, a table border) are never glyphs. */
const isLine = (c: Component) => Math.min(c.box[2], c.box[3]) <= S.lineThickness || c.box[3] > S.lineAspect * c.box[2] || c.box[2] > S.lineAspect * c.box[3];

/** The height of full glyphs: the upper quartile of components that are neither specks nor lines. (The
 *  median was pulled down by the pieces of broken handwritten strokes, and then their merge looked too tall.) */
function typicalHeight(comps: Component[]): number {
  const shapes = comps.slice(1).filter((c) => !isLine(c));
  const tallest = Math.max(0, ...shapes.map((c) => c.box[3]));
  const heights = shapes
    .map((c) => c.box[3])
    .filter((h) => h >= Math.max(S.minTextHeight, tallest * S.textHeightFloor))
    .sort((a, b) => a - b);
  return heights.length ? heights[Math.floor(heights.length * S.textHeightQuantile)] : 0;
}

export function segment(input: Plane): Segmentation {
  let first = inkComponents(input);
  let h = typicalHeight(first.comps);
  // Never past the pixel budget: in a page of fine noise the "text" is a pixel high and would be enlarged 4x.
  const scale = enlargement(h, input.width, input.height);
  let ink = input;
  if (scale > TUNABLES.scale.resampleAbove) {
    ink = resample(input, Math.round(input.width * scale), Math.round(input.height * scale));
    giveBack(first.labels);
    first = inkComponents(ink);
    h = typicalHeight(first.comps);
  }
  // Lines that touch the glyphs: erased, then the pieces found again without them.
  if (
    eraseLines(
      ink,
      lineSearchHeight(first.comps, h, ink),
      first.comps.map((c) => c.box),
      first.level,
    )
  ) {
    giveBack(first.labels);
    first = inkComponents(ink);
    h = typicalHeight(first.comps);
  }
  const { labels, comps } = first;
  const kept: number[] = [];
  const specks: number[] = [];
  const rules = dashedRules(comps, labels, ink.width, h);
  comps.forEach((c, i) => {
    if (i === 0 || h === 0 || rules.has(i) || isClutter(c, h, ink)) return;
    (isSpeck(c, h) ? specks : kept).push(i);
  });
  const pieces = mergeBroken(kept, comps, h, specks);
  const inPieces = new Set(pieces.flatMap((p) => [...p.ids]));
  const marks = specks.filter((i) => !inPieces.has(i)).map((id) => ({ id, box: comps[id].box }));
  return { ink, scale, labels, pieces, textHeight: h, marks };
}

/**
 * The text height lines are looked for at. Squared paper or a table's grid ties all the ink into one
 * shape as big as the crop, whose height says nothing of the text's: then the text is taken to be no
 * taller than lets a rule across most of the crop (broken or tilted as it may be) count as a line.
 */
function lineSearchHeight(comps: Component[], h: number, ink: Plane): number {
  const spans = comps.slice(1).some(({ box: [, , w, bh] }) => w >= ink.width * S.frameSpan && bh >= ink.height * S.frameSpan);
  const L = TUNABLES.lines;
  return spans ? Math.min(h, (L.gridSpan * ink.width) / L.horizontalLength, (L.gridSpan * ink.height) / L.verticalLength) : h;
}

/** Too small to be a glyph on its own; it may still be part of one (see mergeBroken). */
const isSpeck = (c: Component, h: number) => c.box[3] < h * S.speckSide && c.box[2] < h * S.speckSide && c.area < h * h * S.speckArea;

/** Never part of a glyph: rules, frames and slivers cut by the crop's edge. */
function isClutter(c: Component, h: number, ink: Plane): boolean {
  const [x, y, w, bh] = c.box;
  const rule = (w > h * S.ruleLength && bh < h * S.ruleThinness) || (bh > h * S.poleLength && w < h * S.poleThinness) || (isLine(c) && bh > h * S.tallLine);
  const frame = w > ink.width * S.frameSpan && bh > ink.height * S.frameSpan && c.area < w * bh * S.frameFill;
  const edgeSliver = (x === 0 || y === 0 || x + w === ink.width || y + bh === ink.height) && c.area < h * h * S.edgeSliverArea;
  return rule || frame || edgeSliver;
}

/**
 * Union of components that sit above one another with a small gap: a broken stroke, a dotted i, a colon.
 * Specks, otherwise dropped as noise, may join a piece too, but are never pieces of their own.
 */
function mergeBroken(kept: number[], comps: Component[], h: number, specks: number[]): Piece[] {
  const ids = [...kept, ...specks];
  const at = new Int32Array(comps.length);
  ids.forEach((id, k) => {
    at[id] = k;
  });
  const sets = new DisjointSets(ids.length);
  const join = (a: number, b: number) => sets.union(at[a], at[b]);
  sharingColumns(
    kept.map((i) => comps[i].box),
    h * S.stackGap,
    (a, b) => {
      const { overlapX, gapY, mergedHeight } = stacking(comps[kept[a]].box, comps[kept[b]].box);
      const narrower = Math.min(comps[kept[a]].box[2], comps[kept[b]].box[2]);
      if (overlapX >= S.stackOverlap * narrower && gapY < h * S.stackGap && mergedHeight <= h * S.stackHeight) join(kept[a], kept[b]);
    },
  );
  // A speck joins a glyph-wide piece it mostly sits over or under, only up to the text's height: the faint
  // top bar of a handwritten 7 came apart into specks, and its stem alone read as a sure 1. A speck
  // beside a full-height digit, or one on a hairline (a 3 px crease in the paper), stays out. It joins
  // the nearest such piece only, so it never ties two glyphs together.
  const hosts = kept.filter((k) => comps[k].box[2] >= S.speckHostWidth * h);
  const both = [...specks, ...hosts];
  const host = new Int32Array(specks.length).fill(-1);
  const nearest = new Float64Array(specks.length).fill(h * S.stackGap);
  sharingColumns(
    both.map((i) => comps[i].box),
    h * S.stackGap,
    (a, b) => {
      if (a < specks.length === b < specks.length) return;
      const [s, k] = a < specks.length ? [a, b] : [b, a];
      const { overlapX, gapY, mergedHeight } = stacking(comps[both[s]].box, comps[both[k]].box);
      if (overlapX >= S.stackOverlap * comps[both[s]].box[2] && gapY < nearest[s] && mergedHeight <= S.speckMergedHeight * h) {
        host[s] = both[k];
        nearest[s] = gapY;
      }
    },
  );
  specks.forEach((s, i) => {
    if (host[i] >= 0) join(s, host[i]);
  });
  // Groups in the order their first member comes in `ids`, members in that order; only those with a kept component.
  const groupOf = new Int32Array(ids.length).fill(-1);
  const groups: number[][] = [];
  ids.forEach((id, k) => {
    const root = sets.find(k);
    if (groupOf[root] < 0) groupOf[root] = groups.push([]) - 1;
    groups[groupOf[root]].push(id);
  });
  return groups.filter((members) => members.some((i) => at[i] < kept.length)).map((members) => pieceOf(members, comps));
}

function pieceOf(members: number[], comps: Component[]): Piece {
  let [x0, y0, x1, y1, area] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 0];
  for (const i of members) {
    const [x, y, w, h] = comps[i].box;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
    area += comps[i].area;
  }
  return { box: [x0, y0, x1 - x0, y1 - y0], ids: new Set(members), area };
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
 * Calls visit(i, j) for every two boxes that share a column with fewer than `within` rows between them, in
 * the order of a sweep from left to right: a page of noise (tens of thousands of components) or of text
 * in columns (every line's boxes at one x) costs what each band of rows holds there, not every pair.
 */
function sharingColumns(boxes: Box[], within: number, visit: (i: number, j: number) => void): void {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0]);
  const rank = new Int32Array(boxes.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  // Bands of rows, each with the boxes still open at the sweep's position in the order they opened. A box
  // is in every band its rows reach, widened by half of `within` each way: two boxes fewer rows apart share one.
  const band = Math.max(4, within);
  const open = new Map<number, number[]>();
  const seen = new Int32Array(boxes.length).fill(-1);
  const met: number[] = [];
  for (const i of order) {
    const [x, y, , h] = boxes[i];
    const [k0, k1] = [Math.floor((y - within / 2) / band), Math.floor((y + h + within / 2) / band)];
    met.length = 0;
    for (let k = k0; k <= k1; k++) {
      const list = open.get(k);
      if (!list) {
        open.set(k, [i]);
        continue;
      }
      let kept = 0;
      for (const j of list) {
        if (boxes[j][0] + boxes[j][2] <= x) continue;
        list[kept++] = j;
        if (seen[j] === i) continue;
        seen[j] = i;
        const [, jy, , jh] = boxes[j];
        if (Math.max(y, jy) - Math.min(y + h, jy + jh) < within) met.push(j);
      }
      list.length = kept;
      list.push(i);
    }
    // In the order the boxes opened, as one sweep over all of them would meet them.
    met.sort((a, b) => rank[a] - rank[b]);
    for (const j of met) visit(j, i);
  }
}

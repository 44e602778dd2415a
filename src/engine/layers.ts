/**
 * Layers: a page is a background with containers on it (buttons, pills, fields, cells, banners) and text
 * on those. The ink plane measures every pixel against the page's colour, so a filled container is one
 * large blob of "ink" with the digits inside it as holes or as a second colour, and an outline is a ring
 * around them. Here each container is found and its inside measured again against its own fill, and
 * outlines, fill edges and rims are taken out: no container is ever ink.
 */
import { connectedComponents } from './components';
import { markHoles } from './holes';
import { type Ink, inkPlane, median, onWhite } from './ink';
import type { Box, Plane } from './plane';
import { otsuLevel } from './threshold';
import { TUNABLES } from './tunables';
import type { RgbaImage } from './types';
import { borrow, giveBack } from './pool';

const L = TUNABLES.layers;

/** Rewrites `ink.plane` in place: each container's inside as ink against its own fill, its outline and rim as background. */
export function separateLayers(img: RgbaImage, ink: Ink, depth = 0): void {
  const plane = ink.plane;
  const { width, height } = plane;
  const level = Math.max(otsuLevel(plane), TUNABLES.threshold.otsuFloor);
  const { labels, boxes, areas } = connectedComponents(plane.data, width, height, level * L.shapeShare);
  const blob = (l: number) => boxes[l][2] >= L.minSide && boxes[l][3] >= L.minSide && areas[l] >= L.minSide * L.minSide;
  const shortest = shortestContainer(boxes, blob);
  // Each blob costs its box: boxes of a page of long crossing lines overlap, so the work is capped at a few images' worth.
  let work = 0;
  for (let l = 1; l < boxes.length; l++) {
    const [, , w, h] = boxes[l];
    if (!blob(l) || h < shortest) continue;
    work += w * h;
    if (work > L.maxWork * width * height) break;
    const region = regionOf(labels, width, l, boxes[l]);
    const thin = areas[l] <= L.outlineFill * w * h;
    // A thin blob is never a fill. An outline around text goes; a grid's rules go with the lines (lines.ts), which
    // keep the strokes of digits that touch them; anything else is strokes (handwritten digits tied by a rule).
    if (thin) {
      if (!isGrid(region) && enclosesText(region, labels, width, boxes, areas, l)) clear(plane, region, (k) => region.own[k] === 1);
      continue;
    }
    const under = surrounding(img, region) ?? ink.background ?? [1, 1, 1];
    const fill = modeColour(img, region);
    region.rim = rimDepth(img, region, fill, under);
    if (!mayHoldText(region, img, fill, under)) continue;
    const sub = painted(img, region);
    const inside = inkPlane(sub);
    if (inside.contrast < L.minContrast || !holdsText(inside.plane, region)) continue;
    if (depth < L.maxDepth) separateLayers(sub, inside, depth + 1);
    write(plane, region, inside.plane);
  }
  giveBack(labels);
}

/** On a page of text, the least height a container can have: its glyphs, thousands of them, are then
 *  never measured as containers one by one. 0 when the blobs are too few to tell the text's height. */
function shortestContainer(boxes: Box[], blob: (l: number) => boolean): number {
  const heights: number[] = [];
  for (let l = 1; l < boxes.length; l++) if (blob(l)) heights.push(boxes[l][3]);
  if (heights.length < L.manyShapes) return 0;
  heights.sort((a, b) => a - b);
  return L.containerOverText * heights[Math.floor(heights.length * L.textQuantile)];
}

/** One component's box: which pixels are its own (1), enclosed by it (2: holes) or outside it (0). */
interface Region {
  box: Box;
  /** per box pixel: 0 outside, 1 the component, 2 a hole in it */
  own: Uint8Array;
  /** how many px deep its fill blends into the layer under it (rimDepth) */
  rim: number;
  /** per box pixel, how far inside the blob it lies (depthOf), once worked out */
  depth?: Uint8Array;
  /** the blob and its holes less its rim, once worked out */
  kept?: Uint8Array;
}

function regionOf(labels: Int32Array, width: number, l: number, box: Box): Region {
  const [x0, y0, w, h] = box;
  const own = borrow(Uint8Array, w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (labels[(y0 + y) * width + x0 + x] === l) own[y * w + x] = 1;
  // Everything not the component and not reached from the box's edge (4-connected) is a hole.
  markHoles(own, w, h);
  return { box, own, rim: L.rimWidth };
}

/**
 * An outline (a field's border, a table's grid, a chip's ring) holds text: shapes of text size side by side,
 * or one shape wider than tall (glyphs run together at the blob's lower level); a glyph never does (a dotted
 * zero holds one dot, a looped handwritten 0 one loop). A soft shadow under a card of the page's own colour
 * is a ring open on its lit side: text it bounds on three sides, well short of its height, counts too, unless
 * the ring runs off the crop like paper's rules and squares (with digits written on them) do.
 */
function enclosesText(region: Region, labels: Int32Array, width: number, boxes: Box[], areas: ArrayLike<number>, l: number): boolean {
  const h = region.box[3];
  const closed = innerShapes(region, labels, width, l, (k) => region.own[k] === 2);
  if (holdsWords(closed.map((label) => boxes[label]).filter((b) => b[3] >= L.enclosedHeight * h && b[3] >= L.minSide))) return true;
  // Paper's rules run across the crop, off two of its sides; a container lies inside the drag, or its shadow off one side.
  const [x0, y0, w] = region.box;
  if (+(x0 === 0) + +(y0 === 0) + +(x0 + w === width) + +(y0 + h === labels.length / width) >= 2) return false;
  const bounded = threeSided(region);
  const open = innerShapes(region, labels, width, l, (k) => bounded[k] === 1, areas);
  return holdsWords(open.map((label) => boxes[label]).filter((b) => b[3] >= L.enclosedHeight * h && b[3] >= L.minSide && b[3] <= L.openTextHeight * h));
}

/** Labels of the shapes in `region`'s box at pixels `at` accepts; with `areas`, only shapes lying there whole. */
function innerShapes(region: Region, labels: Int32Array, width: number, l: number, at: (k: number) => boolean, areas?: ArrayLike<number>): number[] {
  const [x0, y0, w] = region.box;
  const counts = new Map<number, number>();
  for (let k = 0; k < region.own.length; k++) {
    if (!at(k)) continue;
    const label = labels[(y0 + Math.floor(k / w)) * width + x0 + (k % w)];
    if (label !== 0 && label !== l) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].filter(([label, n]) => !areas || n === areas[label]).map(([label]) => label);
}

/** Two shapes side by side, or one as wide as a few glyphs run together. */
function holdsWords(inner: Box[]): boolean {
  return inner.some((b, i) => b[2] >= L.runTogether * b[3] || inner.some((a, j) => j > i && sideBySide(a, b)));
}

/** Per box pixel, 1 where the blob lies on at least three of its four sides (left, right, above, below in its row and column). */
function threeSided(region: Region): Uint8Array {
  const [, , w, h] = region.box;
  const { own } = region;
  const [first, last] = [new Int32Array(h).fill(w), new Int32Array(h).fill(-1)];
  const [top, bottom] = [new Int32Array(w).fill(h), new Int32Array(w).fill(-1)];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (own[y * w + x] !== 1) continue;
      if (x < first[y]) first[y] = x;
      last[y] = x;
      if (y < top[x]) top[x] = y;
      bottom[x] = y;
    }
  }
  const out = borrow(Uint8Array, w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (own[y * w + x] === 1) continue;
      const sides = +(first[y] < x) + +(last[y] > x) + +(top[x] < y) + +(bottom[x] > y);
      if (sides >= 3) out[y * w + x] = 1;
    }
  }
  return out;
}

/** Squared paper or a table's grid: thin rules around many cells, where an outline has one inside. */
function isGrid(region: Region): boolean {
  const [, , w, h] = region.box;
  const cells = connectedComponents(
    region.own.map((v) => (v === 2 ? 1 : 0)),
    w,
    h,
    0,
  );
  return cells.boxes.filter((b, i) => i > 0 && b[2] >= L.minHoleSide && b[3] >= L.minHoleSide).length >= L.gridCells;
}

/**
 * Cheap signs that a blob holds text, before measuring its inside: holes side by side (light digits cut
 * out of a filled button; a glyph's counters are one, or stacked as in 8), pixels of a second colour that is
 * no blend of the blob's own and the layer under it (dark digits on a yellow button), or pixels unlike its
 * fill well inside it. holdsText has the last word.
 */
function mayHoldText(region: Region, img: RgbaImage, fill: Rgb, under: Rgb): boolean {
  const [x0, y0, w, h] = region.box;
  const holes = connectedComponents(
    region.own.map((v) => (v === 2 ? 1 : 0)),
    w,
    h,
    0,
  );
  const tall = holes.boxes.filter((b, i) => i > 0 && b[3] >= Math.max(L.minHoleSide, L.holeHeight * h));
  for (let i = 0; i < tall.length; i++) for (let j = i + 1; j < tall.length; j++) if (sideBySide(tall[i], tall[j])) return true;
  const kept = keptOf(region);
  let second = 0;
  let total = 0;
  let inner = 0;
  let keptCount = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = y * w + x;
      if (kept[k]) {
        keptCount++;
        // Small light digits on a dark pill blend into its fill: neither holes nor a second colour, but unlike it.
        const c = colourAt(img, x0 + x, y0 + y);
        if (rms(c, fill) >= L.secondColour) inner++;
      }
      if (region.own[k] !== 1) continue;
      total++;
      if (distanceToSegment(colourAt(img, x0 + x, y0 + y), fill, under) >= L.secondColour) second++;
    }
  }
  return (second >= L.minSecondPixels && second >= L.secondShare * total) || (inner >= L.minSecondPixels && inner >= L.secondShare * keptCount);
}

const rms = (a: Rgb, b: Rgb) => Math.sqrt(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2) / 3);

/**
 * The blob's box as an image of its own: pixels outside it and its rim (the edge where its fill blends into
 * the layer under it) painted with the nearest fill in their row, so the inside reads against the fill alone.
 */
function painted(img: RgbaImage, region: Region): RgbaImage {
  const [x0, y0, w, h] = region.box;
  const keep = keptOf(region);
  const data = borrow(Uint8ClampedArray, w * h * 4);
  let lastRow = -1;
  for (let y = 0; y < h; y++) {
    let any = false;
    for (let x = 0; x < w; x++) if (keep[y * w + x]) any = true;
    if (!any) continue;
    const src = (x: number) => ((y0 + y) * img.width + x0 + x) * 4;
    // Outside pixels take the colour of the nearest kept pixel in the row, from whichever side is nearer.
    const nearest = new Int32Array(w).fill(-1);
    let last = -1;
    for (let x = 0; x < w; x++) {
      if (keep[y * w + x]) last = x;
      nearest[x] = last;
    }
    last = -1;
    for (let x = w - 1; x >= 0; x--) {
      if (keep[y * w + x]) last = x;
      if (last >= 0 && (nearest[x] < 0 || last - x < x - nearest[x])) nearest[x] = last;
    }
    for (let x = 0; x < w; x++) {
      const s = src(nearest[x]);
      const d = (y * w + x) * 4;
      data[d] = img.data[s];
      data[d + 1] = img.data[s + 1];
      data[d + 2] = img.data[s + 2];
      data[d + 3] = 255;
    }
    // Rows with nothing kept (the rounded top and bottom, a gap) copy the next row below that has; the last ones, the row above.
    for (let r = lastRow + 1; r < y; r++) data.copyWithin(r * w * 4, y * w * 4, (y + 1) * w * 4);
    lastRow = y;
  }
  for (let r = lastRow + 1; r < h && lastRow >= 0; r++) data.copyWithin(r * w * 4, lastRow * w * 4, (lastRow + 1) * w * 4);
  return { width: w, height: h, data };
}

/** The blob and its holes, less its rim. */
function keptOf(region: Region): Uint8Array {
  if (region.kept) return region.kept;
  const depth = depthOf(region);
  const kept = borrow(Uint8Array, depth.length);
  for (let k = 0; k < depth.length; k++) if (depth[k] > region.rim) kept[k] = 1;
  region.kept = kept;
  return kept;
}

/** Per box pixel of the blob and its holes, how far (px, chessboard, capped past rimWidth) the nearest pixel outside it or its box lies: 1 on its edge. */
function depthOf(region: Region): Uint8Array {
  if (region.depth) return region.depth;
  const [, , w, h] = region.box;
  const r = L.rimWidth;
  const rows = borrow(Uint8Array, w * h, false);
  for (let y = 0; y < h; y++) {
    let run = 0;
    for (let x = 0; x < w; x++) rows[y * w + x] = run = region.own[y * w + x] ? Math.min(run + 1, r + 1) : 0;
    run = 0;
    for (let x = w - 1; x >= 0; x--) {
      run = region.own[y * w + x] ? Math.min(run + 1, r + 1) : 0;
      if (run < rows[y * w + x]) rows[y * w + x] = run;
    }
  }
  const depth = borrow(Uint8Array, w * h, false);
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h; y++) {
      let d = Math.min(y + 1, h - y, r + 1);
      for (let dy = -r; dy <= r && d > 0; dy++) {
        const yy = y + dy;
        if (yy >= 0 && yy < h) d = Math.min(d, Math.max(Math.abs(dy), rows[yy * w + x]));
      }
      depth[y * w + x] = d;
    }
  }
  giveBack(rows);
  region.depth = depth;
  return depth;
}

/**
 * How deep the rim is where a fill blends into the layer under it. A soft or rounded fill, a shadow, a pen's
 * stroke or JPEG's ringing blends over two pixels: rimWidth. Where the fill is crisp, its edge pixels are
 * its own colour (all but a rounded corner's few, or a glyph's that come that close): one pixel, and a
 * highlight's digits, a pixel or two from its edge, stay.
 */
function rimDepth(img: RgbaImage, region: Region, fill: Rgb, under: Rgb): number {
  const [x0, y0, w] = region.box;
  const depth = depthOf(region);
  const edge: number[] = [];
  for (let k = 0; k < depth.length; k++) if (depth[k] === 1 && region.own[k] === 1) edge.push(rms(colourAt(img, x0 + (k % w), y0 + Math.floor(k / w)), fill));
  if (edge.length === 0) return L.rimWidth;
  edge.sort((a, b) => a - b);
  return edge[Math.floor(L.crispShare * (edge.length - 1))] < L.blend * rms(fill, under) ? L.minRim : L.rimWidth;
}

/**
 * Whether the ink measured inside a blob is text on a container: shapes side by side on one line, clear of
 * the blob's edge above and below, and mostly strokes: a glyph's counters, read against the glyph, are
 * solid ovals, as thick as they are wide.
 */
function holdsText(inside: Plane, region: Region): boolean {
  const { width: w, height: h } = inside;
  const keep = keptOf(region);
  const values = inside.data.map((v, k) => (keep[k] ? v : 0));
  const level = Math.max(otsuLevel(inside), TUNABLES.threshold.otsuFloor);
  const { labels, boxes } = connectedComponents(values, w, h, level);
  const depth = inscribedRadius(labels, w, h, boxes.length);
  const spans = orthogonalSolidity(labels, w, h, boxes.length);
  // What touches the rim is the blob's own edge seen from inside (a thick stroke's blended border), not text on it.
  const onRim = new Uint8Array(boxes.length);
  for (let k = 0; k < labels.length; k++) {
    if (!labels[k] || onRim[labels[k]]) continue;
    const x = k % w;
    if ((x > 0 && !keep[k - 1]) || (x < w - 1 && !keep[k + 1]) || (k >= w && !keep[k - w]) || (k < labels.length - w && !keep[k + w])) onRim[labels[k]] = 1;
  }
  const shapes = boxes.flatMap((b, i) =>
    i > 0 && !onRim[i] && b[3] >= Math.max(L.minHoleSide, L.holeHeight * h) ? [{ b, thickness: (depth[i] - 1) / b[3], solidity: spans[i] }] : [],
  );
  if (shapes.length < 2) return false;
  if (!shapes.some((s, i) => shapes.some((t, j) => j > i && sideBySide(s.b, t.b)))) return false;
  const top = Math.min(...shapes.map((s) => s.b[1]));
  const bottom = Math.max(...shapes.map((s) => s.b[1] + s.b[3]));
  const margin = L.margin * (bottom - top);
  if (top < margin || h - bottom < margin) return false;
  // Counters are convex; glyphs (2, 3, 5, 7, a ring-shaped 0) are not.
  if (!shapes.some((s) => s.solidity <= L.convex)) return false;
  return shapes.filter((s) => s.thickness <= L.strokeDepth).length * 2 >= shapes.length;
}

/** Per label, its area over the area its row spans and its column spans cover, the smaller: 1 for an oval or a bar. */
function orthogonalSolidity(labels: Int32Array, w: number, h: number, count: number): Float32Array {
  const area = new Float64Array(count);
  const rowSpan = new Float64Array(count);
  const colSpan = new Float64Array(count);
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  const sweep = (lines: number, length: number, at: (line: number, i: number) => number, into: Float64Array) => {
    for (let line = 0; line < lines; line++) {
      first.fill(-1);
      for (let i = 0; i < length; i++) {
        const l = at(line, i);
        if (!l) continue;
        if (first[l] < 0) first[l] = i;
        last[l] = i;
      }
      for (let l = 1; l < count; l++) if (first[l] >= 0) into[l] += last[l] - first[l] + 1;
    }
  };
  for (const l of labels) if (l) area[l]++;
  sweep(h, w, (y, x) => labels[y * w + x], rowSpan);
  sweep(w, h, (x, y) => labels[y * w + x], colSpan);
  return Float32Array.from({ length: count }, (_, l) => (l === 0 ? 1 : area[l] / Math.max(rowSpan[l], colSpan[l], 1)));
}

/** Per label, the largest distance (px, chamfer 3-4) from one of its pixels to a pixel not its own: half its thickest stroke. */
function inscribedRadius(labels: Int32Array, w: number, h: number, count: number): Float32Array {
  const d = borrow(Float32Array, w * h);
  const far = 1e6;
  for (let k = 0; k < d.length; k++) d[k] = labels[k] ? far : 0;
  const at = (x: number, y: number, l: number) => (x < 0 || y < 0 || x >= w || y >= h || labels[y * w + x] !== l ? 0 : d[y * w + x]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = y * w + x;
      const l = labels[k];
      if (!l) continue;
      d[k] = Math.min(d[k], at(x - 1, y, l) + 3, at(x, y - 1, l) + 3, at(x - 1, y - 1, l) + 4, at(x + 1, y - 1, l) + 4);
    }
  }
  const best = new Float32Array(count);
  for (let y = h - 1; y >= 0; y--) {
    for (let x = w - 1; x >= 0; x--) {
      const k = y * w + x;
      const l = labels[k];
      if (!l) continue;
      d[k] = Math.min(d[k], at(x + 1, y, l) + 3, at(x, y + 1, l) + 3, at(x + 1, y + 1, l) + 4, at(x - 1, y + 1, l) + 4);
      if (d[k] / 3 > best[l]) best[l] = d[k] / 3;
    }
  }
  return best;
}

/** Two boxes on one line, one beside the other. */
function sideBySide(a: Box, b: Box): boolean {
  const overlapX = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const overlapY = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return overlapX <= L.besideOverlap * Math.min(a[2], b[2]) && overlapY >= L.lineOverlap * Math.min(a[3], b[3]);
}

/** The inside's ink replaces the blob's; what lies outside it, and its rim, is background. */
function write(plane: Plane, region: Region, inside: Plane): void {
  const [x0, y0, w, h] = region.box;
  const keep = keptOf(region);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = y * w + x;
      if (region.own[k] === 0) continue;
      plane.data[(y0 + y) * plane.width + x0 + x] = keep[k] ? inside.data[k] : 0;
    }
  }
}

function clear(plane: Plane, region: Region, which: (k: number) => boolean): void {
  const [x0, y0, w] = region.box;
  for (let k = 0; k < region.own.length; k++) if (which(k)) plane.data[(y0 + Math.floor(k / w)) * plane.width + x0 + (k % w)] = 0;
}

export type Rgb = [number, number, number];

const pixel: Rgb = [0, 0, 0];
/** A pixel's colour composited on white, 0–1 a channel, in one shared triple (read it before the next call). */
function colourAt(img: RgbaImage, x: number, y: number): Rgb {
  const p = (y * img.width + x) * 4;
  const a = img.data[p + 3] / 255;
  for (let c = 0; c < 3; c++) pixel[c] = onWhite(img.data[p + c], a);
  return pixel;
}

/** The median colour around the blob inside its box (the paper under a glyph, shaded or not), if any is outside it. */
function surrounding(img: RgbaImage, region: Region): Rgb | undefined {
  const [x0, y0, w, h] = region.box;
  let count = 0;
  for (const v of region.own) if (v === 0) count++;
  if (count < L.minSecondPixels) return undefined;
  const channels = [new Float32Array(count), new Float32Array(count), new Float32Array(count)];
  let k = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (region.own[y * w + x] !== 0) continue;
      const c = colourAt(img, x0 + x, y0 + y);
      for (let ch = 0; ch < 3; ch++) channels[ch][k] = c[ch];
      k++;
    }
  }
  return channels.map(median) as Rgb;
}

/** The commonest colour among the blob's own pixels (4 bits a channel), as the mean of that bin. */
function modeColour(img: RgbaImage, region: Region): Rgb {
  const [x0, y0, w, h] = region.box;
  const counts = new Uint32Array(4096);
  const sums = new Float64Array(4096 * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (region.own[y * w + x] !== 1) continue;
      const c = colourAt(img, x0 + x, y0 + y);
      const bin = (Math.min(15, Math.floor(c[0] * 16)) << 8) | (Math.min(15, Math.floor(c[1] * 16)) << 4) | Math.min(15, Math.floor(c[2] * 16));
      counts[bin]++;
      for (let ch = 0; ch < 3; ch++) sums[bin * 3 + ch] += c[ch];
    }
  }
  let best = 0;
  for (let b = 1; b < 4096; b++) if (counts[b] > counts[best]) best = b;
  return [0, 1, 2].map((ch) => sums[best * 3 + ch] / Math.max(1, counts[best])) as Rgb;
}

/** RMS distance (0–1) from colour p to the segment between a and b: how far p is from any blend of the two. */
function distanceToSegment(p: Rgb, a: Rgb, b: Rgb): number {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const len = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / len));
  let sum = 0;
  for (let c = 0; c < 3; c++) sum += (p[c] - (a[c] + t * ab[c])) ** 2;
  return Math.sqrt(sum / 3);
}

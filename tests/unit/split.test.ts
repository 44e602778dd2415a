import { expect, test } from 'vitest';
import { segment } from '../../src/engine/pieces';
import { makePlane } from '../../src/engine/plane';
import { inSlab, type Part, splitProposals } from '../../src/engine/split';

/** Three touching bars joined by a baseline: a narrow one (a 1) between two wide ones. */
function touching(): ReturnType<typeof segment> {
  const p = makePlane(120, 60);
  const fill = (x: number, y: number, w: number, h: number) => {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) p.data[yy * 120 + xx] = 1;
  };
  // Wide "digits" of 24 px with walls, a 1 of 6 px, 2 px apart, joined along the bottom.
  fill(10, 10, 4, 40);
  fill(30, 10, 4, 40); // first digit: walls at 10 and 30
  fill(10, 10, 24, 4);
  fill(37, 10, 6, 40); // the narrow 1
  fill(46, 10, 4, 40);
  fill(66, 10, 4, 40);
  fill(46, 10, 24, 4);
  fill(10, 46, 60, 4); // the join
  return segment(p);
}

test('a touching run with a narrow 1 is also cut where a narrow part would end, not only at even widths', () => {
  const seg = touching();
  expect(seg.pieces).toHaveLength(1);
  const lefts = splitProposals(seg.pieces[0], seg)
    .filter((parts) => parts.length === 3)
    .map((parts) => parts.map((q) => q.box[0]));
  // Even thirds of the 60 px piece would start at 10, 30, 50; the cut around the 1 starts its part near 35.
  expect(lefts.some(([, mid, last]) => Math.abs(mid - 35) <= 2 && Math.abs(last - 44) <= 2)).toBe(true);
});

test('italic digits that overlap in their columns are cut along their slant', () => {
  // Two oblique strokes 30 px tall and 10 wide, leaning 0.3 px per row, 16 px apart and joined at the
  // bottom: their columns overlap, so no upright cut keeps each stroke whole.
  const p = makePlane(80, 50);
  const stroke = (x0: number) => {
    const pixels: [number, number][] = [];
    for (let y = 10; y < 40; y++) for (let x = 0; x < 10; x++) pixels.push([x0 + x + Math.round(0.3 * (39 - y)), y]);
    return pixels;
  };
  const a = stroke(10);
  const b = stroke(26);
  for (const [x, y] of [...a, ...b]) p.data[y * 80 + x] = 1;
  for (let x = 19; x < 26; x++) p.data[39 * 80 + x] = 1; // the join
  const seg = segment(p);
  expect(seg.pieces).toHaveLength(1);
  const halves = splitProposals(seg.pieces[0], seg).filter((parts) => parts.length === 2);
  const uprightClean = halves.filter(([left, right]) => !left.slab && a.every(([x]) => x < right.box[0]) && b.every(([x]) => x >= right.box[0]));
  expect(uprightClean).toHaveLength(0);
  const slantedClean = halves.filter(([left, right]) => {
    if (!left.slab || !right.slab) return false;
    return a.every(([x, y]) => inSlab(left.slab!, x, y)) && b.every(([x, y]) => inSlab(right.slab!, x, y));
  });
  expect(slantedClean.length).toBeGreaterThan(0);
});

test('digits that overlap under an overhang are parted along a winding seam, not a straight cut', () => {
  // A "7"-like shape whose top bar reaches over a ring below it, joined to the ring at the bottom: every
  // column that clears the ring crosses the bar, so only a cut that bends around the ring keeps each whole.
  const p = makePlane(80, 70);
  const seven: [number, number][] = [];
  const ring: [number, number][] = [];
  const fill = (into: [number, number][], x: number, y: number, w: number, h: number) => {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) into.push([xx, yy]);
  };
  fill(seven, 10, 10, 32, 4); // the bar, over the ring's left side
  fill(seven, 10, 10, 4, 46); // the stem
  fill(ring, 32, 26, 24, 4);
  fill(ring, 32, 52, 24, 4);
  fill(ring, 32, 26, 4, 30);
  fill(ring, 52, 26, 4, 30);
  for (const [x, y] of [...seven, ...ring]) p.data[y * 80 + x] = 1;
  for (let x = 14; x < 32; x++) for (let y = 53; y < 56; y++) p.data[y * 80 + x] = 1; // the join
  const seg = segment(p);
  expect(seg.pieces).toHaveLength(1);
  const halves = splitProposals(seg.pieces[0], seg).filter((parts) => parts.length === 2);
  const keeps = ([left, right]: Part[]) => {
    const inLeft = ([x, y]: [number, number]) => (left.slab ? inSlab(left.slab, x, y) : x < right.box[0]);
    return seven.every(inLeft) && ring.every((q) => !inLeft(q));
  };
  expect(halves.filter((h) => !h[0].slab).some(keeps)).toBe(false);
  expect(halves.filter((h) => h[0].slab && 'y0' in h[0].slab).some(keeps)).toBe(true);
});

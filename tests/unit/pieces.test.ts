import { expect, test } from 'vitest';
import { segment } from '../../src/engine/pieces';
import { makePlane, type Plane } from '../../src/engine/plane';
import { MAX_PIXELS } from '../../src/engine';
import { makeRng } from '../../src/training/random';

/** Ink rectangles [x, y, w, h] on a blank plane. */
function plane(width: number, height: number, rects: number[][]): Plane {
  const p = makePlane(width, height);
  for (const [x, y, w, h] of rects) {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) p.data[yy * width + xx] = 1;
  }
  return p;
}

// Three full-height digit-like blocks 40 px tall set the text height.
const digits = [
  [10, 10, 22, 40],
  [50, 10, 22, 40],
  [90, 10, 22, 40],
];

test('a speck over a short, glyph-wide piece joins it, up to the text height (the faint bar of a 7)', () => {
  // A stem 30 px tall (a 7 without its bar) and two specks of its bar just above it.
  const seg = segment(plane(200, 60, [...digits, [130, 19, 20, 31], [130, 12, 6, 4], [140, 13, 6, 4]]));
  const stem = seg.pieces.find((p) => p.box[0] === 130);
  expect(stem?.box).toEqual([130, 12, 20, 38]);
  expect(stem?.ids.size).toBe(3);
  expect(seg.pieces).toHaveLength(4);
});

test('specks stay out of a full-height digit, off a hairline, and are never pieces of their own', () => {
  // Above a full-height block (together taller than the text), above a 3 px line, and alone.
  const seg = segment(plane(260, 70, [...digits, [92, 3, 6, 4], [130, 19, 3, 31], [130, 12, 4, 4], [200, 30, 5, 5]]));
  const boxes = seg.pieces.map((p) => p.box);
  expect(boxes).toContainEqual([90, 10, 22, 40]);
  expect(boxes).toContainEqual([130, 19, 3, 31]);
  expect(boxes.some(([x]) => x === 200)).toBe(false);
});

test('a megapixel of fine noise is not enlarged past the pixel budget', () => {
  const rng = makeRng('speckle');
  const p = makePlane(1000, 1000);
  for (let i = 0; i < p.data.length; i++) if (rng() < 0.05) p.data[i] = 1;
  const seg = segment(p);
  expect(seg.ink.width * seg.ink.height).toBeLessThanOrEqual(MAX_PIXELS);
  expect(seg.pieces.length).toBeGreaterThan(1000);
});

test('a stroke a little fainter than the threshold joins the glyph it touches; a faint smudge alone is no piece', () => {
  // Two strong stems (ink 1) joined top and bottom by hairlines of ink 0.45: a Didone 0 at small size.
  // The Otsu level falls between 0.45 and 1, and hysteresis keeps the hairlines with the stems.
  const p = plane(200, 60, [...digits, [130, 10, 4, 40], [146, 10, 4, 40]]);
  for (let x = 134; x < 146; x++) for (const y of [10, 11, 48, 49]) p.data[y * 200 + x] = 0.45;
  for (let y = 20; y < 32; y++) for (let x = 160; x < 172; x++) p.data[y * 200 + x] = 0.42; // a smudge as faint as the hairlines, with no stroke in it
  const seg = segment(p);
  expect(seg.pieces.map((q) => q.box)).toContainEqual([130, 10, 20, 40]);
  expect(seg.pieces.some((q) => q.box[0] === 160)).toBe(false);
  expect(seg.pieces).toHaveLength(4);
});

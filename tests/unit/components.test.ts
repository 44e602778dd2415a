import { expect, test } from 'vitest';
import { connectedComponents } from '../../src/engine/components';
import { topHat } from '../../src/engine/morphology';
import { makePlane } from '../../src/engine/plane';

const grid = (rows: string[]) => ({
  bin: Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 1 : 0)),
  w: rows[0].length,
  h: rows.length,
});

test('connected components use 8-connectivity and report boxes and areas', () => {
  const { bin, w, h } = grid([
    '#....##', //
    '.#...#.',
    '..#....',
    '......#',
    '##...##',
  ]);
  const { labels, boxes, areas } = connectedComponents(bin, w, h);
  expect(boxes.length - 1).toBe(4);
  expect(boxes[1]).toEqual([0, 0, 3, 3]); // the diagonal is one piece
  expect(areas[1]).toBe(3);
  expect(boxes[2]).toEqual([5, 0, 2, 2]);
  expect(labels[0]).toBe(1);
  expect(labels[w * 4]).toBe(4);
  expect(areas.slice(1).reduce((a, b) => a + b)).toBe(bin.reduce((a, b) => a + b, 0));
});

test('a U shape joined only at the bottom is one component', () => {
  const { bin, w, h } = grid(['#...#', '#...#', '#...#', '#####']);
  expect(connectedComponents(bin, w, h).boxes.length - 1).toBe(1);
});

test('the top-hat keeps thin strokes and removes a smooth gradient under them', () => {
  const p = makePlane(60, 20);
  for (let y = 0; y < 20; y++) for (let x = 0; x < 60; x++) p.data[y * 60 + x] = x / 120 + (x >= 30 && x < 33 ? 0.5 : 0);
  const t = topHat(p, 11);
  expect(t.data[10 * 60 + 31]).toBeGreaterThan(0.45);
  expect(t.data[10 * 60 + 10]).toBeLessThan(0.02);
  expect(t.data[10 * 60 + 50]).toBeLessThan(0.02);
});

test('a wide top-hat window, opened at half size, does the same on a plane of odd size', () => {
  const [w, h] = [121, 41];
  const p = makePlane(w, h);
  const stroke = (x: number) => (x >= 60 && x < 64) || x === w - 1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) p.data[y * w + x] = x / 240 + y / 160 + (stroke(x) ? 0.5 : 0);
  const t = topHat(p, 21);
  // Rows a window's reach from the edges, where the opening of a ramp is the ramp itself.
  for (const y of [10, 20, 30]) {
    expect(t.data[y * w + 61]).toBeGreaterThan(0.45);
    expect(t.data[y * w + w - 1]).toBeGreaterThan(0.45); // a stroke in the last, unpaired column
    expect(t.data[y * w + 20]).toBeLessThan(0.03);
    expect(t.data[y * w + 100]).toBeLessThan(0.03);
  }
});

test('a plane is thresholded as it is labelled, and each component reports its peak', () => {
  const w = 6;
  const values = Float32Array.from([0.9, 0.4, 0, 0, 0.2, 0.28, 0.5, 0, 0, 0, 0, 0.25]);
  const { boxes, areas, peaks } = connectedComponents(values, w, 2, 0.3);
  // 0.28, 0.25 and 0.2 are background.
  expect(boxes.slice(1)).toEqual([[0, 0, 2, 2]]);
  expect(areas[1]).toBe(3);
  expect(peaks[1]).toBeCloseTo(0.9);
});

/**
 * Connected components with 8-connectivity (two passes with union-find), with each component's box,
 * area and peak value. A pixel is foreground when its value is above `above`: the plane is thresholded
 * as it is labelled, which saves a pass over it and a binary copy. Label 0 is the background;
 * components are numbered from 1 in raster order of their first pixel.
 */
import type { Box } from './plane';
import { borrow } from './pool';

export interface Components {
  labels: Int32Array;
  /** index = label; entry 0 is the background */
  boxes: Box[];
  areas: number[];
  /** the highest value in each component (0 for the background) */
  peaks: number[];
}

export function connectedComponents(values: ArrayLike<number>, width: number, height: number, above = 0): Components {
  const labels = borrow(Int32Array, width * height);
  let parent = new Int32Array(256);
  let next = 1;
  // First pass: provisional labels from the visited neighbours. When N is ink it already shares a label
  // class with W, NW and NE (each touches N), so only NE against NW or W ever needs a union: the common
  // case is one look at N.
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      if (!(values[i] > above)) continue;
      const n = y > 0 ? labels[i - width] : 0;
      let label = n;
      if (!n) {
        const ne = y > 0 && x < width - 1 ? labels[i - width + 1] : 0;
        const nw = y > 0 && x > 0 ? labels[i - width - 1] : 0;
        const w = x > 0 ? labels[i - 1] : 0;
        const left = nw || w;
        if (ne && left && ne !== left) union(parent, ne, left);
        label = ne || left;
      }
      if (!label) {
        if (next === parent.length) {
          const grown = new Int32Array(parent.length * 2);
          grown.set(parent);
          parent = grown;
        }
        label = next++;
        parent[label] = label;
      }
      labels[i] = label;
    }
  }
  // Second pass: final labels numbered 1..n in raster order of first pixels, boxes and areas.
  const final = new Int32Array(next);
  const extent: number[] = [0, 0, 0, 0];
  const areas: number[] = [0];
  const peaks: number[] = [0];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let x = 0;
    while (x < width) {
      if (!labels[row + x]) {
        x++;
        continue;
      }
      // A run of ink along a row is all one component: its root, number, box and area are settled once
      // a run, and only the label and the peak are looked at pixel by pixel.
      const start = x;
      const root = find(parent, labels[row + x]);
      let l = final[root];
      if (!l) {
        l = final[root] = areas.length;
        extent.push(x, y, x, y);
        areas.push(0);
        peaks.push(values[row + x]);
      }
      let peak = peaks[l];
      for (; x < width && labels[row + x]; x++) {
        labels[row + x] = l;
        if (values[row + x] > peak) peak = values[row + x];
      }
      peaks[l] = peak;
      areas[l] += x - start;
      const e = l * 4;
      if (start < extent[e]) extent[e] = start;
      if (x - 1 > extent[e + 2]) extent[e + 2] = x - 1;
      extent[e + 3] = y; // rows come in order: the last seen is the lowest
    }
  }
  const boxes: Box[] = [[0, 0, 0, 0]];
  for (let l = 1; l < areas.length; l++) {
    const e = l * 4;
    boxes.push([extent[e], extent[e + 1], extent[e + 2] - extent[e] + 1, extent[e + 3] - extent[e + 1] + 1]);
  }
  return { labels, boxes, areas, peaks };
}

function find(parent: Int32Array, a: number): number {
  while (parent[a] !== a) {
    parent[a] = parent[parent[a]];
    a = parent[a];
  }
  return a;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

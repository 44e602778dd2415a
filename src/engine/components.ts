/**
 * Connected components with 8-connectivity (two passes with union-find), with each component's box and
 * area. Label 0 is the background; components are numbered from 1 in raster order of their first pixel.
 */
import type { Box } from './plane';

export interface Components {
  labels: Int32Array;
  /** index = label; entry 0 is the background */
  boxes: Box[];
  areas: number[];
}

export function connectedComponents(binary: Uint8Array, width: number, height: number): Components {
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // First pass: provisional labels from the already-visited neighbours W, NW, N and NE.
  const visit = (label: number, n: number): number => {
    const l = labels[n];
    if (!l) return label;
    if (!label) return l;
    if (l !== label) union(label, l);
    return label;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!binary[i]) continue;
      let label = 0;
      if (x > 0) label = visit(label, i - 1);
      if (y > 0) {
        if (x > 0) label = visit(label, i - width - 1);
        label = visit(label, i - width);
        if (x < width - 1) label = visit(label, i - width + 1);
      }
      if (!label) {
        label = parent.length;
        parent.push(label);
      }
      labels[i] = label;
    }
  }
  // Second pass: final labels numbered 1..n, boxes and areas.
  const final = new Int32Array(parent.length);
  const boxes: Box[] = [[0, 0, 0, 0]];
  const areas: number[] = [0];
  const extent: number[][] = [[0, 0, 0, 0]];
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]) continue;
    const root = find(labels[i]);
    if (!final[root]) {
      final[root] = extent.length;
      extent.push([Infinity, Infinity, -1, -1]);
      areas.push(0);
    }
    const l = final[root];
    labels[i] = l;
    const x = i % width;
    const y = (i - x) / width;
    const e = extent[l];
    if (x < e[0]) e[0] = x;
    if (y < e[1]) e[1] = y;
    if (x > e[2]) e[2] = x;
    if (y > e[3]) e[3] = y;
    areas[l]++;
  }
  for (let l = 1; l < extent.length; l++) {
    const [x0, y0, x1, y1] = extent[l];
    boxes.push([x0, y0, x1 - x0 + 1, y1 - y0 + 1]);
  }
  return { labels, boxes, areas };
}

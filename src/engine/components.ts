/**
 * Connected components with 8-connectivity (runs of ink along rows, joined with union-find), with each component's box,
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
  let parent = new Int32Array(256);
  let next = 1;
  let n = 0;
  // First pass, a run of ink at a time: a row is read once, in a tight loop, and only runs are labelled.
  // A run takes the label of the first run above that it touches (8-connectivity: columns within one)
  // and unites the rest; the runs of the row above are [from, to).
  let from = 0;
  let to = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const rowStart = n;
    let k = from;
    let x = 0;
    while (x < width) {
      while (x < width && !(values[row + x] > above)) x++;
      if (x === width) break;
      const start = x;
      let peak = values[row + x];
      for (x++; x < width && values[row + x] > above; x++) if (values[row + x] > peak) peak = values[row + x];
      // Runs above that end left of this one's neighbour touch neither it nor any run after it.
      while (k < to && runs.end[k] < start) k++;
      let label = 0;
      for (let j = k; j < to && runs.start[j] <= x; j++) {
        if (!label) label = runs.label[j];
        else if (runs.label[j] !== label) union(parent, label, runs.label[j]);
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
      if (n === runs.start.length) runs.grow();
      runs.start[n] = start;
      runs.end[n] = x;
      runs.label[n] = label;
      runs.row[n] = y;
      runs.peak[n] = peak;
      n++;
    }
    from = rowStart;
    to = n;
  }
  // Second pass over the runs in raster order: final labels 1..n in order of first pixels, boxes, areas, peaks.
  const labels = borrow(Int32Array, width * height);
  const final = new Int32Array(next);
  const extent: number[] = [0, 0, 0, 0];
  const areas: number[] = [0];
  const peaks: number[] = [0];
  for (let r = 0; r < n; r++) {
    const start = runs.start[r];
    const end = runs.end[r];
    const y = runs.row[r];
    const root = find(parent, runs.label[r]);
    let l = final[root];
    if (!l) {
      l = final[root] = areas.length;
      extent.push(start, y, end - 1, y);
      areas.push(0);
      peaks.push(runs.peak[r]);
    } else if (runs.peak[r] > peaks[l]) peaks[l] = runs.peak[r];
    // A loop, not fill(): fill is a call into the runtime, slower than the few pixels of a run.
    for (let i = y * width + start, stop = y * width + end; i < stop; i++) labels[i] = l;
    areas[l] += end - start;
    const e = l * 4;
    if (start < extent[e]) extent[e] = start;
    if (end - 1 > extent[e + 2]) extent[e + 2] = end - 1;
    extent[e + 3] = y; // runs come in row order: the last seen is the lowest
  }
  runs.shrink();
  const boxes: Box[] = [[0, 0, 0, 0]];
  for (let l = 1; l < areas.length; l++) {
    const e = l * 4;
    boxes.push([extent[e], extent[e + 1], extent[e + 2] - extent[e] + 1, extent[e + 3] - extent[e + 1] + 1]);
  }
  return { labels, boxes, areas, peaks };
}

/** The runs of ink of the labelling in progress, kept from call to call (a page of text has some 300,000). */
const runs = {
  start: new Int32Array(4096),
  end: new Int32Array(4096),
  label: new Int32Array(4096),
  row: new Int32Array(4096),
  peak: new Float64Array(4096),
  grow() {
    const twice = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    const peak = new Float64Array(this.peak.length * 2);
    peak.set(this.peak);
    [this.start, this.end, this.label, this.row, this.peak] = [twice(this.start), twice(this.end), twice(this.label), twice(this.row), peak];
  },
  /** Past half a million runs (12 MB: a page of noise), the arrays go and are not kept for good. */
  shrink() {
    if (this.start.length <= 1 << 19) return;
    [this.start, this.end, this.label, this.row] = [0, 0, 0, 0].map(() => new Int32Array(4096));
    this.peak = new Float64Array(4096);
  },
};

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

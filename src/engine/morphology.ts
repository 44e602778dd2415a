/** Grey-level morphology with a square window, O(n) per pass with monotonic queues. */
import { makePlane, type Plane } from './plane';
import { Scratch } from './scratch';

function slide(src: Float32Array, dst: Float32Array, queue: Int32Array, len: number, stride: number, offset: number, radius: number, takeMin: boolean): void {
  let head = 0;
  let tail = 0;
  let next = 0;
  // The min and max loops are written out: a comparator callback made this the slowest step of reading
  // text on a gradient.
  for (let k = 0; k < len; k++) {
    const reach = Math.min(len - 1, k + radius);
    for (; next <= reach; next++) {
      const v = src[offset + next * stride];
      if (takeMin) while (tail > head && v <= src[offset + queue[tail - 1] * stride]) tail--;
      else while (tail > head && v >= src[offset + queue[tail - 1] * stride]) tail--;
      queue[tail++] = next;
    }
    while (queue[head] < k - radius) head++;
    dst[offset + k * stride] = src[offset + queue[head] * stride];
  }
}

function filter(p: Plane, size: number, takeMin: boolean, out: Float32Array): Plane {
  const radius = Math.floor(size / 2);
  const tmp = passes.dirty(p.data.length); // the row pass writes every pixel
  const queue = queues.dirty(Math.max(p.width, p.height));
  for (let y = 0; y < p.height; y++) slide(p.data, tmp, queue, p.width, 1, y * p.width, radius, takeMin);
  for (let x = 0; x < p.width; x++) slide(tmp, out, queue, p.height, p.width, x, radius, takeMin);
  return makePlane(p.width, p.height, out);
}

/** White top-hat, in place: the plane minus its opening. Keeps strokes thinner than the window, drops
 *  the slowly varying background under them. */
export function topHatInPlace(p: Plane, size: number): void {
  const n = p.data.length;
  const eroded = filter(p, size, true, erodedScratch.dirty(n));
  const opened = filter(eroded, size, false, openedScratch.dirty(n)).data;
  for (let i = 0; i < n; i++) p.data[i] = Math.max(0, p.data[i] - opened[i]);
}

/** The same into a new plane. */
export function topHat(p: Plane, size: number): Plane {
  const out = makePlane(p.width, p.height, p.data.slice());
  topHatInPlace(out, size);
  return out;
}

const passes = new Scratch((n) => new Float32Array(n));
const queues = new Scratch((n) => new Int32Array(n));
const erodedScratch = new Scratch((n) => new Float32Array(n));
const openedScratch = new Scratch((n) => new Float32Array(n));

/** Grey-level morphology with a square window, O(n) per pass with monotonic queues. */
import { makePlane, type Plane } from './plane';

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

function filter(p: Plane, size: number, takeMin: boolean): Plane {
  const radius = Math.floor(size / 2);
  const tmp = new Float32Array(p.data.length);
  const out = makePlane(p.width, p.height);
  const queue = new Int32Array(Math.max(p.width, p.height));
  for (let y = 0; y < p.height; y++) slide(p.data, tmp, queue, p.width, 1, y * p.width, radius, takeMin);
  for (let x = 0; x < p.width; x++) slide(tmp, out.data, queue, p.height, p.width, x, radius, takeMin);
  return out;
}

export const erode = (p: Plane, size: number) => filter(p, size, true);
export const dilate = (p: Plane, size: number) => filter(p, size, false);

/** White top-hat: the plane minus its opening. Keeps strokes thinner than the window, drops the
 *  slowly varying background under them. */
export function topHat(p: Plane, size: number): Plane {
  const opened = dilate(erode(p, size), size);
  const out = makePlane(p.width, p.height);
  for (let i = 0; i < out.data.length; i++) out.data[i] = Math.max(0, p.data[i] - opened.data[i]);
  return out;
}

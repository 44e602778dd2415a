/** Grey-level morphology with a square window, O(n) per pass with monotonic queues. */
import { makePlane, type Plane } from './plane';
import { Scratch } from './scratch';
import { TUNABLES } from './tunables';

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

const HALVED_FROM = TUNABLES.ink.halvedTopHatFrom;

/**
 * White top-hat, in place: the plane minus its opening. Keeps strokes thinner than the window, drops
 * the slowly varying background under them. A wide window opens a half-size copy instead (each pixel the
 * least of the four it covers, so strokes shrink as they would in the full-size erosion) with a window half
 * as wide: a background wider than any stroke varies too slowly for the finer grid to matter, and a quarter
 * of the pixels make the top-hat a third of the time (0.33–0.40x on planes of 118x64 to 300x60).
 */
export function topHatInPlace(p: Plane, size: number): void {
  const halved = size >= HALVED_FROM;
  const base = halved ? minPooled(p) : p;
  const window = halved ? 2 * Math.floor(size / 4) + 1 : size;
  const n = base.width * base.height;
  const opened = filter(filter(base, window, true, erodedScratch.dirty(n)), window, false, openedScratch.dirty(n)).data;
  // Each pixel less the opening under it: at half size, that of the 2x2 block it belongs to.
  const shift = halved ? 1 : 0;
  for (let y = 0; y < p.height; y++) {
    const row = y * p.width;
    const openedRow = (y >> shift) * base.width;
    for (let x = 0; x < p.width; x++) p.data[row + x] = Math.max(0, p.data[row + x] - opened[openedRow + (x >> shift)]);
  }
}

/** Half the size, rounded up: each pixel the least of the (up to) four it covers. */
function minPooled(p: Plane): Plane {
  const { width, height, data } = p;
  const w = (width + 1) >> 1;
  const h = (height + 1) >> 1;
  const out = halfScratch.dirty(w * h);
  for (let y = 0; y < h; y++) {
    const top = 2 * y * width;
    const bottom = Math.min(2 * y + 1, height - 1) * width;
    for (let x = 0; x < w; x++) {
      const left = 2 * x;
      const right = Math.min(left + 1, width - 1);
      out[y * w + x] = Math.min(data[top + left], data[top + right], data[bottom + left], data[bottom + right]);
    }
  }
  return makePlane(w, h, out);
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
const halfScratch = new Scratch((n) => new Float32Array(n));

import { Scratch } from './scratch';
import { borrow, giveBack } from './pool';

/** A single-channel image: one float per pixel, row-major. The engine's working format. */
export interface Plane {
  width: number;
  height: number;
  data: Float32Array;
}

/** A box in pixels: x, y, width, height. */
export type Box = [number, number, number, number];

/** Horizontal space from the right edge of `a` to the left edge of `b` (negative when they overlap). */
export const gapBetween = (a: Box, b: Box) => b[0] - (a[0] + a[2]);

export function makePlane(width: number, height: number, data?: Float32Array): Plane {
  return { width, height, data: data ?? borrow(Float32Array, width * height) };
}

/** Separable resampling with a triangle filter widened when shrinking, so small glyphs keep their
 *  strokes when enlarged and large ones do not alias when reduced.
 *  @param into where to write the result instead of a new array: zeroed, at least width x height long */
export function resample(src: Plane, width: number, height: number, into?: Float32Array): Plane {
  const tmp = rows.dirty(width * src.height); // the horizontal pass writes every element
  resampleAxis(src.data, src.width, src.height, width, true, tmp);
  // Enlarging down the columns writes every element; reducing adds into them.
  const out = into ?? borrow(Float32Array, width * height, height < src.height);
  resampleAxis(tmp, width, src.height, height, false, out);
  giveBack(tmp);
  return makePlane(width, height, out);
}

const rows = new Scratch((n) => new Float32Array(n));
const firsts = new Scratch((n) => new Int32Array(n));
const seconds = new Scratch((n) => new Int32Array(n));
const counts = new Scratch((n) => new Int32Array(n));
const tapWeights = new Scratch((n) => new Float32Array(n));
const firstWeights = new Scratch((n) => new Float32Array(n));
const secondWeights = new Scratch((n) => new Float32Array(n));
const rawTaps = new Scratch((n) => new Float64Array(n));

/** Each output position's input taps along one axis, normalised: `stride` weight slots each. */
interface Taps {
  first: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  stride: number;
}

/** The triangle filter's taps from `inLen` positions to `outLen`; in the scratch arrays unless `fresh`. */
function axisTaps(inLen: number, outLen: number, fresh = false): Taps {
  const scale = outLen / inLen;
  const support = scale < 1 ? 1 / scale : 1;
  const stride = Math.ceil(2 * support) + 1;
  const first = fresh ? new Int32Array(outLen) : firsts.dirty(outLen);
  const count = fresh ? new Int32Array(outLen) : counts.dirty(outLen);
  const weights = fresh ? new Float32Array(outLen * stride) : tapWeights.dirty(outLen * stride);
  const raw = rawTaps.dirty(stride);
  for (let o = 0; o < outLen; o++) {
    const centre = (o + 0.5) / scale - 0.5;
    // Only taps strictly inside the triangle: the end ones often weigh exactly zero.
    const lo = Math.max(0, Math.floor(centre - support) + 1);
    const hi = Math.min(inLen - 1, Math.ceil(centre + support) - 1);
    let sum = 0;
    for (let i = lo; i <= hi; i++) {
      const wgt = Math.max(0, 1 - Math.abs(i - centre) / support);
      raw[i - lo] = wgt;
      sum += wgt;
    }
    const n = hi - lo + 1;
    for (let k = 0; k < n; k++) weights[o * stride + k] = sum > 0 ? raw[k] / sum : 0;
    first[o] = lo;
    count[o] = n;
  }
  return { first, count, weights, stride };
}

/**
 * RGBA pixels reduced to `width` x `height` with `resample`'s filter, straight from the interleaved bytes,
 * one reduced row at a time: a 4K capture is never copied out into planes, and the work in flight is a
 * few rows.
 */
export function reduceRgba(src: Uint8ClampedArray | Uint8Array, w: number, h: number, width: number, height: number): Uint8ClampedArray {
  const tx = axisTaps(w, width, true);
  const ty = axisTaps(h, height, true);
  const out = borrow(Uint8ClampedArray, width * height * 4);
  // A screenshot is opaque: its alpha is 255 after any weighted mean, so only colour is reduced (a quarter less work).
  let opaque = true;
  for (let p = 3; p < src.length && opaque; p += 4) if (src[p] !== 255) opaque = false;
  const channels = opaque ? 3 : 4;
  // Most rows of a page are one colour (margins, the space between lines): a run of such rows reduces to that colour
  // without arithmetic, and the mean of a colour with itself is the colour, so nothing changes but the time.
  const aligned = src.byteOffset % 4 === 0;
  const pixels = aligned ? new Uint32Array(src.buffer, src.byteOffset, w * h) : new Uint32Array(0);
  const outPixels = new Uint32Array(out.buffer, out.byteOffset, width * height);
  const plain = new Int8Array(h).fill(aligned ? -1 : 0); // -1 not yet looked at, 0 mixed (or bytes not 4-aligned), 1 one colour
  const isPlain = (y: number): boolean => {
    if (plain[y] < 0) {
      const row = y * w;
      const c = pixels[row];
      let x = 1;
      while (x < w && pixels[row + x] === c) x++;
      plain[y] = x === w ? 1 : 0;
    }
    return plain[y] === 1;
  };
  // Rows reduced across, kept in a ring: the output rows' taps move down the image and never back.
  const ring = new Float32Array(ty.stride * width * channels);
  const ringRow = new Int32Array(ty.stride).fill(-1);
  const { first, count, weights, stride } = tx;
  const across = (y: number): number => {
    const slot = y % ty.stride;
    const at = slot * width * channels;
    if (ringRow[slot] === y) return at;
    ringRow[slot] = y;
    if (opaque) acrossOpaque(src, y * w, first, count, weights, stride, width, ring, at);
    else acrossRgba(src, y * w, first, count, weights, stride, width, ring, at);
    return at;
  };
  const row = new Float32Array(width * channels);
  const len = width * channels;
  for (let o = 0; o < height; o++) {
    const off = o * ty.stride;
    const top = ty.first[o];
    let same = isPlain(top);
    const colour = same ? pixels[top * w] : 0;
    for (let k = 1; k < ty.count[o] && same; k++) same = isPlain(top + k) && pixels[(top + k) * w] === colour;
    if (same) {
      outPixels.fill(colour, o * width, (o + 1) * width);
      continue;
    }
    row.fill(0);
    for (let k = 0; k < ty.count[o]; k++) {
      const wgt = ty.weights[off + k];
      const from = across(top + k);
      for (let x = 0; x < len; x++) row[x] += ring[from + x] * wgt;
    }
    if (!opaque) {
      out.set(row, o * width * 4);
      continue;
    }
    for (let x = 0, d = o * width * 4, c = 0; x < width; x++, d += 4, c += 3) {
      out[d] = row[c];
      out[d + 1] = row[c + 1];
      out[d + 2] = row[c + 2];
      out[d + 3] = 255;
    }
  }
  return out;
}

/** One source row (from pixel `start`) reduced across into `ring` at `at`, colour only (3 floats a pixel). */
function acrossOpaque(
  src: ArrayLike<number>,
  start: number,
  first: Int32Array,
  count: Int32Array,
  weights: Float32Array,
  stride: number,
  width: number,
  ring: Float32Array,
  at: number,
): void {
  for (let o = 0, q = at; o < width; o++, q += 3) {
    let r = 0;
    let g = 0;
    let b = 0;
    const off = o * stride;
    const n = count[o];
    for (let k = 0, p = (start + first[o]) * 4; k < n; k++, p += 4) {
      const wgt = weights[off + k];
      r += src[p] * wgt;
      g += src[p + 1] * wgt;
      b += src[p + 2] * wgt;
    }
    ring[q] = r;
    ring[q + 1] = g;
    ring[q + 2] = b;
  }
}

/** As acrossOpaque, with alpha (4 floats a pixel). */
function acrossRgba(
  src: ArrayLike<number>,
  start: number,
  first: Int32Array,
  count: Int32Array,
  weights: Float32Array,
  stride: number,
  width: number,
  ring: Float32Array,
  at: number,
): void {
  for (let o = 0, q = at; o < width; o++, q += 4) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    const off = o * stride;
    const n = count[o];
    for (let k = 0, p = (start + first[o]) * 4; k < n; k++, p += 4) {
      const wgt = weights[off + k];
      r += src[p] * wgt;
      g += src[p + 1] * wgt;
      b += src[p + 2] * wgt;
      a += src[p + 3] * wgt;
    }
    ring[q] = r;
    ring[q + 1] = g;
    ring[q + 2] = b;
    ring[q + 3] = a;
  }
}

/** One axis of `resample` into `out` (zeroed when reducing vertically, which adds into it). */
function resampleAxis(data: Float32Array, w: number, h: number, outLen: number, horizontal: boolean, out: Float32Array): void {
  const inLen = horizontal ? w : h;
  const scale = outLen / inLen;
  const { first, count, weights, stride } = axisTaps(inLen, outLen);
  if (scale >= 1) {
    // Enlarging (every small text crop): at most two taps per output, written out.
    const w0 = firstWeights.dirty(outLen);
    const w1 = secondWeights.dirty(outLen);
    const second = seconds.dirty(outLen);
    for (let o = 0; o < outLen; o++) {
      w0[o] = weights[o * stride];
      w1[o] = count[o] > 1 ? weights[o * stride + 1] : 0;
      second[o] = count[o] > 1 ? first[o] + 1 : first[o];
    }
    if (horizontal) {
      for (let y = 0; y < h; y++) {
        const row = y * w;
        const outRow = y * outLen;
        for (let o = 0; o < outLen; o++) out[outRow + o] = data[row + first[o]] * w0[o] + data[row + second[o]] * w1[o];
      }
    } else {
      for (let o = 0; o < outLen; o++) {
        const a = first[o] * w;
        const b = second[o] * w;
        const outRow = o * w;
        for (let x = 0; x < w; x++) out[outRow + x] = data[a + x] * w0[o] + data[b + x] * w1[o];
      }
    }
  } else if (horizontal) {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      const outRow = y * outLen;
      for (let o = 0; o < outLen; o++) {
        let acc = 0;
        const at = row + first[o];
        const off = o * stride;
        const n = count[o];
        for (let k = 0; k < n; k++) acc += data[at + k] * weights[off + k];
        out[outRow + o] = acc;
      }
    }
  } else {
    for (let o = 0; o < outLen; o++) {
      const lo = first[o];
      const off = o * stride;
      const outRow = o * w;
      const n = count[o];
      for (let k = 0; k < n; k++) {
        const wgt = weights[off + k];
        const row = (lo + k) * w;
        for (let x = 0; x < w; x++) out[outRow + x] += data[row + x] * wgt;
      }
    }
  }
}

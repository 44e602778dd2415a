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
  return { width, height, data: data ?? new Float32Array(width * height) };
}

/** Separable resampling with a triangle filter widened when shrinking, so small glyphs keep their
 *  strokes when enlarged and large ones do not alias when reduced. */
export function resample(src: Plane, width: number, height: number): Plane {
  const tmp = resampleAxis(src.data, src.width, src.height, width, true);
  const out = resampleAxis(tmp, width, src.height, height, false);
  return makePlane(width, height, out);
}

function resampleAxis(data: Float32Array, w: number, h: number, outLen: number, horizontal: boolean): Float32Array {
  const inLen = horizontal ? w : h;
  const out = new Float32Array(horizontal ? outLen * h : w * outLen);
  const scale = outLen / inLen;
  const support = scale < 1 ? 1 / scale : 1;
  // Taps per output position, normalised, computed once for the whole axis.
  const first = new Int32Array(outLen);
  const count = new Int32Array(outLen);
  const taps: number[] = [];
  const offsets = new Int32Array(outLen);
  for (let o = 0; o < outLen; o++) {
    const centre = (o + 0.5) / scale - 0.5;
    // Only taps strictly inside the triangle: the end ones often weigh exactly zero.
    const lo = Math.max(0, Math.floor(centre - support) + 1);
    const hi = Math.min(inLen - 1, Math.ceil(centre + support) - 1);
    let sum = 0;
    const start = taps.length;
    for (let i = lo; i <= hi; i++) {
      const wgt = Math.max(0, 1 - Math.abs(i - centre) / support);
      taps.push(wgt);
      sum += wgt;
    }
    for (let k = start; k < taps.length; k++) taps[k] = sum > 0 ? taps[k] / sum : 0;
    first[o] = lo;
    count[o] = hi - lo + 1;
    offsets[o] = start;
  }
  const weights = Float32Array.from(taps);
  if (scale >= 1) {
    // Enlarging (every small text crop): at most two taps per output, written out.
    const w0 = new Float32Array(outLen);
    const w1 = new Float32Array(outLen);
    const second = new Int32Array(outLen);
    for (let o = 0; o < outLen; o++) {
      w0[o] = weights[offsets[o]];
      w1[o] = count[o] > 1 ? weights[offsets[o] + 1] : 0;
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
        const lo = first[o];
        const off = offsets[o];
        for (let k = 0; k < count[o]; k++) acc += data[row + lo + k] * weights[off + k];
        out[outRow + o] = acc;
      }
    }
  } else {
    for (let o = 0; o < outLen; o++) {
      const lo = first[o];
      const off = offsets[o];
      const outRow = o * w;
      for (let k = 0; k < count[o]; k++) {
        const wgt = weights[off + k];
        const row = (lo + k) * w;
        for (let x = 0; x < w; x++) out[outRow + x] += data[row + x] * wgt;
      }
    }
  }
  return out;
}

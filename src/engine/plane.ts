/** A single-channel image: one float per pixel, row-major. The engine's working format. */
export interface Plane {
  width: number;
  height: number;
  data: Float32Array;
}

/** A box in pixels: x, y, width, height. */
export type Box = [number, number, number, number];

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
  const other = horizontal ? h : w;
  const out = new Float32Array(horizontal ? outLen * h : w * outLen);
  const scale = outLen / inLen;
  const support = scale < 1 ? 1 / scale : 1;
  for (let o = 0; o < outLen; o++) {
    const centre = (o + 0.5) / scale - 0.5;
    const lo = Math.max(0, Math.floor(centre - support));
    const hi = Math.min(inLen - 1, Math.ceil(centre + support));
    let wsum = 0;
    const weights: number[] = [];
    for (let i = lo; i <= hi; i++) {
      const wgt = Math.max(0, 1 - Math.abs(i - centre) / support);
      weights.push(wgt);
      wsum += wgt;
    }
    if (wsum === 0) continue;
    for (let k = 0; k < other; k++) {
      let acc = 0;
      for (let i = lo; i <= hi; i++) {
        const idx = horizontal ? k * w + i : i * w + k;
        acc += data[idx] * weights[i - lo];
      }
      out[horizontal ? k * outLen + o : o * w + k] = acc / wsum;
    }
  }
  return out;
}

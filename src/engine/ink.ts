/**
 * From RGBA to an ink plane (1 = ink, 0 = background) whatever the colours: dark on light, light on
 * dark, coloured on coloured, text over a gradient. Transparency is composited on white.
 */
import { topHat } from './morphology';
import { makePlane, type Plane } from './plane';
import type { RgbaImage } from './types';

/** Below this contrast (0–1) between ink and background there is nothing to read. */
export const MIN_CONTRAST = 0.12;
/** Border luminance spread above which the background is treated as uneven (gradient, photo). */
const UNEVEN_BACKGROUND = 0.06;

export interface Ink {
  plane: Plane;
  contrast: number;
}

export function inkPlane(img: RgbaImage): Ink {
  const { width, height, data } = img;
  const n = width * height;
  const rgb = new Float32Array(n * 3);
  const lum = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = data[i * 4 + 3] / 255;
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = (data[i * 4 + c] * a + 255 * (1 - a)) / 255;
    lum[i] = 0.299 * rgb[i * 3] + 0.587 * rgb[i * 3 + 1] + 0.114 * rgb[i * 3 + 2];
  }
  const border = borderIndices(width, height);
  const bg = [0, 1, 2].map((c) => median(border.map((i) => rgb[i * 3 + c])));
  const bgLum = median(border.map((i) => lum[i]));
  const spread = median(border.map((i) => Math.abs(lum[i] - bgLum)));
  const raw = makePlane(width, height);
  if (spread < UNEVEN_BACKGROUND) {
    // Even background: ink is how far a pixel's colour is from it, so polarity and hue do not matter.
    for (let i = 0; i < n; i++) {
      const dr = rgb[i * 3] - bg[0];
      const dg = rgb[i * 3 + 1] - bg[1];
      const db = rgb[i * 3 + 2] - bg[2];
      raw.data[i] = Math.sqrt((dr * dr + dg * dg + db * db) / 3);
    }
  } else {
    flattenGradient(lum, raw);
  }
  const contrast = percentile(raw.data, 0.998);
  if (contrast < MIN_CONTRAST) return { plane: makePlane(width, height), contrast };
  for (let i = 0; i < n; i++) raw.data[i] = Math.min(1, raw.data[i] / contrast);
  return { plane: raw, contrast };
}

/** Uneven background: pick the polarity from which side of the median the outliers fall, then remove
 *  the slowly varying background with a morphological top-hat larger than any stroke. */
function flattenGradient(lum: Float32Array, out: Plane): void {
  const { width, height } = out;
  const med = percentile(lum, 0.5);
  let dark = 0;
  let light = 0;
  for (const v of lum) {
    if (v < med - 0.15) dark++;
    else if (v > med + 0.15) light++;
  }
  const darkText = dark >= light;
  for (let i = 0; i < lum.length; i++) out.data[i] = darkText ? 1 - lum[i] : lum[i];
  const k = Math.max(9, Math.round(Math.min(width, height) / 2)) | 1;
  out.data.set(topHat(out, k).data);
}

function borderIndices(width: number, height: number): number[] {
  const idx: number[] = [];
  const ring = Math.min(2, Math.floor(Math.min(width, height) / 2)) || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x < ring || y < ring || x >= width - ring || y >= height - ring) idx.push(y * width + x);
    }
  }
  return idx;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Histogram percentile of values in [0, 1]: sorting a large photo's pixels would take a second. */
function percentile(values: Float32Array, q: number, bins = 1024): number {
  if (values.length === 0) return 0;
  const hist = new Uint32Array(bins);
  for (const v of values) hist[Math.min(bins - 1, Math.max(0, Math.floor(v * bins)))]++;
  const target = q * values.length;
  let seen = 0;
  for (let b = 0; b < bins; b++) {
    seen += hist[b];
    if (seen >= target) return (b + 0.5) / bins;
  }
  return 1;
}

/**
 * From RGBA to an ink plane (1 = ink, 0 = background) whatever the colours: dark on light, light on
 * dark, coloured on coloured, text over a gradient. Transparency is composited on white.
 */
import { histogram } from './histogram';
import { topHatInPlace } from './morphology';
import { makePlane, type Plane } from './plane';
import { TUNABLES } from './tunables';
import type { RgbaImage } from './types';
import { borrow } from './pool';

const I = TUNABLES.ink;

export interface Ink {
  plane: Plane;
  contrast: number;
  /** the background's colour (0–1 a channel): the median of the border */
  background?: [number, number, number];
}

/** A channel byte composited on white at opacity a, as 0–1. */
export const onWhite = (v: number, a: number) => (v / 255) * a + (1 - a);
/** Each byte as 0–1, in double precision like onWhite's arithmetic. */
const BYTE = Float64Array.from({ length: 256 }, (_, v) => v / 255);

export function inkPlane(img: RgbaImage): Ink {
  const { width, height, data } = img;
  const n = width * height;
  // Channels are composited on white as they are read: whole-image channel arrays cost more than the
  // arithmetic they would save.
  const border = borderIndices(width, height);
  const m = border.length;
  const edge = new Float32Array(4 * m); // red, green, blue and luminance of each border pixel, plane by plane
  for (let k = 0; k < m; k++) {
    const p = border[k] * 4;
    const a = data[p + 3] / 255;
    edge[k] = onWhite(data[p], a);
    edge[m + k] = onWhite(data[p + 1], a);
    edge[2 * m + k] = onWhite(data[p + 2], a);
    edge[3 * m + k] = 0.299 * edge[k] + 0.587 * edge[m + k] + 0.114 * edge[2 * m + k];
  }
  const [bgR, bgG, bgB, bgLum] = [0, 1, 2, 3].map((c) => median(edge.subarray(c * m, (c + 1) * m)));
  const deviation = new Float32Array(m);
  for (let k = 0; k < m; k++) deviation[k] = Math.abs(edge[3 * m + k] - bgLum);
  const spread = median(deviation);
  const raw = makePlane(width, height);
  if (spread < I.unevenBackground) {
    // Even brightness: ink is how far a pixel's colour is from the background's, so polarity and hue
    // do not matter. An opaque pixel's (nearly all) squared distances per channel come from tables.
    const [sqR, sqG, sqB] = [bgR, bgG, bgB].map((bg) => BYTE.map((v) => (v - bg) * (v - bg)));
    const out = raw.data;
    // A page is mostly runs of one colour: a pixel like the one before takes its value.
    const pixels = data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, n) : undefined;
    for (let i = 0, p = 0; i < n; i++, p += 4) {
      if (pixels && i > 0 && pixels[i] === pixels[i - 1]) {
        out[i] = out[i - 1];
        continue;
      }
      let sum: number;
      if (data[p + 3] === 255) sum = sqR[data[p]] + sqG[data[p + 1]] + sqB[data[p + 2]];
      else {
        const a = data[p + 3] / 255;
        const dr = onWhite(data[p], a) - bgR;
        const dg = onWhite(data[p + 1], a) - bgG;
        const db = onWhite(data[p + 2], a) - bgB;
        sum = dr * dr + dg * dg + db * db;
      }
      out[i] = Math.sqrt(sum / 3);
    }
    // A gradient of hue at one brightness (blue to purple) leaves a slowly varying distance behind the
    // text: the top-hat takes it away, or the thin strokes of a serif fall below the threshold.
    const ring = new Float32Array(m);
    for (let k = 0; k < m; k++) ring[k] = raw.data[border[k]];
    const hueSpread = median(ring);
    if (hueSpread >= I.unevenHue) topHatInPlace(raw, backgroundWindow(width, height));
  } else {
    const lum = borrow(Float32Array, n);
    for (let i = 0, p = 0; i < n; i++, p += 4) {
      if (data[p + 3] === 255) {
        lum[i] = 0.299 * BYTE[data[p]] + 0.587 * BYTE[data[p + 1]] + 0.114 * BYTE[data[p + 2]];
        continue;
      }
      const a = data[p + 3] / 255;
      lum[i] = 0.299 * onWhite(data[p], a) + 0.587 * onWhite(data[p + 1], a) + 0.114 * onWhite(data[p + 2], a);
    }
    flattenGradient(lum, raw);
  }
  return { ...stretchContrast(raw), background: [bgR, bgG, bgB] };
}

/**
 * Scales ink so its strongest strokes reach 1: faint text (hairline fonts, light grey on white) then
 * thresholds like any other. Below the least contrast the plane is emptied: there is nothing to read.
 * Training renders glyphs through this too, so it sees thin fonts as the reader will.
 */
export function stretchContrast(raw: Plane): Ink {
  let contrast = percentile(raw.data, I.contrastPercentile);
  // A few numbers on a mostly empty page are less ink than the percentile looks past: then the contrast
  // is what a digit's worth of pixels reaches, so sparse ink is not taken for a blank image.
  if (contrast < I.sparseBelow) contrast = Math.max(contrast, percentile(raw.data, 1 - I.sparseInk / raw.data.length));
  if (contrast < I.minContrast) return { plane: makePlane(raw.width, raw.height), contrast };
  const gain = 1 / contrast;
  for (let i = 0; i < raw.data.length; i++) {
    const v = raw.data[i] * gain;
    raw.data[i] = v > 1 ? 1 : v;
  }
  return { plane: raw, contrast };
}

/** Uneven background: pick the polarity from which side of their surroundings the outliers fall, then
 *  remove the slowly varying background with a morphological top-hat larger than any stroke. */
function flattenGradient(lum: Float32Array, out: Plane): void {
  const { width, height } = out;
  const window = backgroundWindow(width, height);
  // Against the image's median, a shadow or a vignette's dark corners outnumbered the dark text in the lit
  // middle, and the paper between the strokes was read as ink; the mean around each pixel follows the light.
  const around = boxMean(lum, width, height, window >> 1);
  let dark = 0;
  let light = 0;
  for (let i = 0; i < lum.length; i++) {
    if (lum[i] < around[i] - I.polarityMargin) dark++;
    else if (lum[i] > around[i] + I.polarityMargin) light++;
  }
  const darkText = dark >= light;
  for (let i = 0; i < lum.length; i++) out.data[i] = darkText ? 1 - lum[i] : lum[i];
  topHatInPlace(out, window);
}

/** The mean of each pixel's (2r+1)-square neighbourhood, clipped at the edges, from a summed-area table. */
function boxMean(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const sums = borrow(Float64Array, (width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += values[y * width + x];
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
    }
  }
  const out = borrow(Float32Array, values.length);
  for (let y = 0; y < height; y++) {
    const [y0, y1] = [Math.max(0, y - r), Math.min(height, y + r + 1)];
    for (let x = 0; x < width; x++) {
      const [x0, x1] = [Math.max(0, x - r), Math.min(width, x + r + 1)];
      const sum = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0] + sums[y0 * (width + 1) + x0];
      out[y * width + x] = sum / ((x1 - x0) * (y1 - y0));
    }
  }
  return out;
}

/** Wider than any stroke of text that fits the crop, narrow enough to follow a gradient. */
function backgroundWindow(width: number, height: number): number {
  return Math.max(I.minBackgroundWindow, Math.round(Math.min(width, height) / 2)) | 1;
}

function borderIndices(width: number, height: number): Int32Array {
  const ring = Math.max(1, Math.min(I.borderRing, Math.floor(Math.min(width, height) / 2)));
  // Full rows at the top and bottom (every row of an image one row high), and ring pixels from each end
  // of the rows between (the same pixel twice in an image one pixel wide, as the median has always counted).
  const rows = Math.min(height, 2 * ring);
  const idx = new Int32Array(rows * width + (height - rows) * 2 * ring);
  let k = 0;
  for (let y = 0; y < height; y++) {
    if (y < ring || y >= height - ring) {
      for (let x = 0; x < width; x++) idx[k++] = y * width + x;
    } else {
      for (let x = 0; x < ring; x++) {
        idx[k++] = y * width + x;
        idx[k++] = y * width + width - 1 - x;
      }
    }
  }
  return idx;
}

/** Median of the border's values in [0, 1], in bins coarser than the stretch's. */
export const median = (values: Float32Array) => percentile(values, 0.5, 512);

/** Histogram percentile of values in [0, 1]: sorting a large photo's pixels would take a second. */
function percentile(values: Float32Array, q: number, bins = 1024): number {
  if (values.length === 0) return 0;
  const hist = histogram(values, bins);
  const target = q * values.length;
  let seen = 0;
  for (let bin = 0; bin < bins; bin++) {
    seen += hist[bin];
    if (seen >= target) return (bin + 0.5) / bins;
  }
  return 1;
}

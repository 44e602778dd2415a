/**
 * MNIST training digits as the reader meets handwriting: enlarged onto tinted, shaded, noisy paper in a
 * pen's colour, sometimes blurred or through JPEG, then cut out by the engine's own glyph preparation (prepareGlyph).
 * A digit read right in MNIST form could be read wrong once it had been through this: faint strokes fall
 * under the threshold and the enlarged, JPEG'd stroke is softer than MNIST's.
 */
import { createCanvas } from '@napi-rs/canvas';
import { inkPlane, makePlane, resample } from '../engine';
import { pieceInput, pixels } from './glyphs';
import type { DigitSet } from './mnist';
import { type Rng, chance, uniform } from './random';

/** One digit on paper, normalised as the reader would; undefined if nothing survived the threshold. */
export function onPaper(rng: Rng, digit: Float32Array): Float32Array | undefined {
  // MNIST draws a digit about 20 px high in its 28 px cell: 16-90 px digits, log-uniform.
  const cell = Math.round(28 * Math.exp(uniform(rng, Math.log(0.8), Math.log(4.5))));
  const pad = Math.round(cell * uniform(rng, 0.15, 0.4));
  const width = cell + 2 * pad;
  const height = cell + 2 * pad;
  let stroke = resample(makePlane(28, 28, digit), cell, cell).data;
  if (chance(rng, 0.3)) stroke = boxBlur(stroke, cell, Math.max(1, Math.round(cell / 28)));
  const dark = chance(rng, 0.1); // chalk or a dark-mode note: light ink on a dark ground
  const paper = dark ? [0, 1, 2].map(() => uniform(rng, 20, 70)) : [uniform(rng, 215, 252), uniform(rng, 210, 248), uniform(rng, 195, 240)];
  const pen = dark ? [0, 1, 2].map(() => uniform(rng, 200, 250)) : [uniform(rng, 5, 80), uniform(rng, 5, 80), uniform(rng, 5, 120)];
  const alpha = uniform(rng, 0.6, 0.97);
  const shade = uniform(rng, -35, 35);
  const noise = uniform(rng, 0, 24);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = x - pad;
      const sy = y - pad;
      const a = (sx >= 0 && sy >= 0 && sx < cell && sy < cell ? stroke[sy * cell + sx] : 0) * alpha;
      const light = (shade * x) / width + (rng() - 0.5) * noise;
      const i = (y * width + x) * 4;
      for (let ch = 0; ch < 3; ch++) img.data[i + ch] = (paper[ch] + light) * (1 - a) + pen[ch] * a;
      img.data[i + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  const jpegQuality = chance(rng, 0.5) ? Math.round(uniform(rng, 55, 92)) : undefined;
  const ink = inkPlane({ width, height, data: pixels(canvas, jpegQuality) }).plane;
  return pieceInput(ink, (cell * 20) / 28);
}

/** Every digit of `set` once on paper (a digit that did not survive keeps its MNIST form). */
export function paperSet(rng: Rng, set: DigitSet): DigitSet {
  const images = new Float32Array(set.images.length);
  for (let i = 0; i < set.count; i++) {
    const src = set.images.subarray(i * 784, (i + 1) * 784);
    images.set(onPaper(rng, src) ?? src, i * 784);
  }
  return { images, labels: set.labels, count: set.count };
}

/** A square box blur of radius r, twice (close to a Gaussian): ink bleeding into paper, or focus. */
function boxBlur(src: Float32Array, n: number, r: number): Float32Array {
  let img = src;
  for (let pass = 0; pass < 2; pass++) {
    const tmp = new Float32Array(n * n);
    const out = new Float32Array(n * n);
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += img[y * n + Math.min(n - 1, Math.max(0, x + k))];
        tmp[y * n + x] = s / (2 * r + 1);
      }
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += tmp[Math.min(n - 1, Math.max(0, y + k)) * n + x];
        out[y * n + x] = s / (2 * r + 1);
      }
    img = out;
  }
  return img;
}

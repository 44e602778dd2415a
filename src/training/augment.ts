/**
 * Augmentation of normalised 28x28 glyphs: geometry (rotation ±10°, zoom ±10%, shift ±10%, shear ±0.1:
 * how far handwriting strays from MNIST's centred, upright digits), elastic distortion, stroke thickness, blur and noise, each drawn per image
 * per epoch.
 */
import { type Rng, chance, makeRng, pick, uniform } from './random';

const N = 28;

export interface AugmentOptions {
  rotation: number; // degrees
  zoom: number;
  shift: number; // fraction of the side
  shear: number;
  thickness: number; // probability of thickening or thinning strokes
  blur: number; // probability
  noise: number; // max noise amplitude
  /** elastic distortion (Simard et al. 2003): scale of a smooth random displacement field, 0 = none */
  elastic: number;
  /** probability of squaring the glyph's round outlines (see `squared`) */
  square?: number;
  /** the strongest squaring drawn, from 0.2 up (1: a circle becomes a square) */
  squareness?: number;
}

export const STANDARD: AugmentOptions = { rotation: 10, zoom: 0.1, shift: 0.1, shear: 0.1, thickness: 0.2, blur: 0.15, noise: 0.05, elastic: 16 };

/** The same kinds of change, each k times as strong or as likely. */
export function scaled(o: AugmentOptions, k: number): AugmentOptions {
  return Object.fromEntries(Object.entries(o).map(([key, v]) => [key, v * k])) as unknown as AugmentOptions;
}

export function augment(src: Float32Array, rng: Rng, o: AugmentOptions = STANDARD): Float32Array {
  let img = o.square && chance(rng, o.square) ? squared(src, uniform(rng, 0.2, o.squareness ?? 1)) : src;
  img = affine(img, rng, o);
  if (chance(rng, o.thickness)) img = morph(img, chance(rng, 0.6) ? Math.max : Math.min);
  if (chance(rng, o.blur)) img = blur(img);
  if (o.noise > 0) {
    const amp = uniform(rng, 0, o.noise);
    for (let i = 0; i < img.length; i++) img[i] = Math.min(1, Math.max(0, img[i] + amp * (rng() * 2 - 1)));
  }
  return img;
}

function affine(src: Float32Array, rng: Rng, o: AugmentOptions): Float32Array {
  const angle = (uniform(rng, -o.rotation, o.rotation) * Math.PI) / 180;
  const zoom = uniform(rng, 1 - o.zoom, 1 + o.zoom);
  const shear = uniform(rng, -o.shear, o.shear);
  const tx = uniform(rng, -o.shift, o.shift) * N;
  const ty = uniform(rng, -o.shift, o.shift) * N;
  // Inverse map: for each output pixel, where it comes from in the source.
  const cos = Math.cos(angle) / zoom;
  const sin = Math.sin(angle) / zoom;
  const c = N / 2;
  // A displacement field per axis from the bank, each with a random sign: smoothing fresh noise for every
  // image cost a fifth of an epoch.
  const fx = o.elastic > 0 ? pick(rng, fieldBank()) : undefined;
  const fy = o.elastic > 0 ? pick(rng, fieldBank()) : undefined;
  const ax = chance(rng, 0.5) ? o.elastic : -o.elastic;
  const ay = chance(rng, 0.5) ? o.elastic : -o.elastic;
  const out = new Float32Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const dx = x + 0.5 - c - tx + (fx ? ax * fx[y * N + x] : 0);
      const dy = y + 0.5 - c - ty + (fy ? ay * fy[y * N + x] : 0);
      const sx = cos * dx + sin * dy + shear * dy + c - 0.5;
      const sy = -sin * dx + cos * dy + c - 0.5;
      out[y * N + x] = bilinear(src, sx, sy);
    }
  }
  return out;
}

/**
 * Pulls round outlines towards the glyph's bounding box: a point at angle θ on the box's inscribed
 * ellipse moves out to the box edge, by the fraction `s` (as a power). Fonts like Jura, Eurostile or
 * Orbitron draw 0, 6, 8 and 9 as rounded squares, and the training fonts have few of them: the held-out
 * Jura 0s, 6s, 8s and 9s were rejected as letters.
 */
export function squared(src: Float32Array, s: number): Float32Array {
  let [x0, y0, x1, y1] = [N, N, -1, -1];
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) if (src[y * N + x] > 0.1) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  // A narrow glyph (a 1, an l) has no round outline, and stretched to a square its flag would swing out
  // into a 7's bar (a model trained so read Play's 1 as 7).
  if (x1 < 0 || x1 - x0 < 0.5 * (y1 - y0)) return src;
  const cx = (x0 + x1 + 1) / 2;
  const cy = (y0 + y1 + 1) / 2;
  const hw = Math.max(1, (x1 + 1 - x0) / 2);
  const hh = Math.max(1, (y1 + 1 - y0) / 2);
  const out = new Float32Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const u = (x + 0.5 - cx) / hw;
      const v = (y + 0.5 - cy) / hh;
      const r = Math.hypot(u, v);
      const f = r === 0 ? 1 : (Math.max(Math.abs(u), Math.abs(v)) / r) ** s;
      out[y * N + x] = bilinear(src, cx + u * f * hw - 0.5, cy + v * f * hh - 0.5);
    }
  }
  return out;
}

/** Elastic distortion's smoothing, in px: a Gaussian of σ = 4, as Simard et al. used on MNIST. */
export const ELASTIC_SIGMA = 4;
const SMOOTHING = (() => {
  const sigma = ELASTIC_SIGMA;
  const k = Array.from({ length: 2 * 2 * sigma + 1 }, (_, i) => Math.exp(-((i - 2 * sigma) ** 2) / (2 * sigma * sigma)));
  const sum = k.reduce((a, b) => a + b, 0);
  return Float32Array.from(k, (v) => v / sum);
})();

/** Smooth displacement fields of unit scale: uniform noise in [-1, 1] smoothed by SMOOTHING, which moves
 *  pixels by about 1/25 px (std) per unit of alpha, neighbours together. Made once, from a fixed seed. */
const FIELDS = 2048;
let bank: Float32Array[] | undefined;
function fieldBank(): Float32Array[] {
  if (bank) return bank;
  const rng = makeRng('elastic-fields');
  bank = Array.from({ length: FIELDS }, () => {
    const noise = new Float32Array(N * N);
    for (let i = 0; i < noise.length; i++) noise[i] = rng() * 2 - 1;
    return separable(separable(noise, SMOOTHING, 1, N), SMOOTHING, N, 1);
  });
  return bank;
}

/** Convolution along one axis (step 1: rows, step N: columns), edges clamped. */
function separable(img: Float32Array, k: Float32Array, along: number, across: number): Float32Array {
  const r = (k.length - 1) / 2;
  const out = new Float32Array(N * N);
  for (let a = 0; a < N; a++) {
    for (let i = 0; i < N; i++) {
      let sum = 0;
      for (let t = -r; t <= r; t++) {
        const j = i + t < 0 ? 0 : i + t >= N ? N - 1 : i + t;
        sum += k[t + r] * img[a * across + j * along];
      }
      out[a * across + i * along] = sum;
    }
  }
  return out;
}

/** A pixel, 0 outside the field. Top-level rather than a closure inside the per-pixel functions: under tsx
 *  every closure created gets its name set with defineProperty, which made augmentation 10x slower. */
function pixel(img: Float32Array, x: number, y: number): number {
  return x < 0 || y < 0 || x >= N || y >= N ? 0 : img[y * N + x];
}

function bilinear(img: Float32Array, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  return pixel(img, x0, y0) * (1 - fx) * (1 - fy) + pixel(img, x0 + 1, y0) * fx * (1 - fy) + pixel(img, x0, y0 + 1) * (1 - fx) * fy + pixel(img, x0 + 1, y0 + 1) * fx * fy;
}

/** Grey dilation (max) or erosion (min) with a plus-shaped element, blended half way so strokes change
 *  by about one pixel rather than two. */
function morph(img: Float32Array, op: (...v: number[]) => number): Float32Array {
  const out = new Float32Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const m = op(pixel(img, x, y), pixel(img, x - 1, y), pixel(img, x + 1, y), pixel(img, x, y - 1), pixel(img, x, y + 1));
      out[y * N + x] = 0.5 * (m + img[y * N + x]);
    }
  }
  return out;
}

function blur(img: Float32Array): Float32Array {
  const k = [0.25, 0.5, 0.25];
  const tmp = new Float32Array(N * N);
  const out = new Float32Array(N * N);
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) for (let i = -1; i <= 1; i++) tmp[y * N + x] += k[i + 1] * (x + i < 0 || x + i >= N ? 0 : img[y * N + x + i]);
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) for (let i = -1; i <= 1; i++) out[y * N + x] += k[i + 1] * (y + i < 0 || y + i >= N ? 0 : tmp[(y + i) * N + x]);
  return out;
}

/**
 * Handwritten five-digit strips made from MNIST *test* digits (never trained on) on paper-like
 * backgrounds: noise, JPEG, uneven gaps, and some pairs that touch or overlap. Seeded.
 */
import { createCanvas } from '@napi-rs/canvas';
import { loadMnist } from '../../src/training/mnist';
import { chance, makeRng, uniform } from '../../src/training/random';
import type { Sample } from './printed-set';

export function handwrittenSet(count: number, seed = 'handwritten'): Sample[] {
  const rng = makeRng(seed);
  const test = loadMnist('test');
  const samples: Sample[] = [];
  for (let s = 0; s < count; s++) {
    const scale = uniform(rng, 1.2, 3);
    const cell = Math.round(28 * scale);
    const picks = Array.from({ length: 5 }, () => Math.floor(rng() * test.count));
    const truth = picks.map((i) => test.labels[i]).join('');
    // Uneven gaps; about one strip in four has a pair pushed into contact.
    const gaps = picks.map(() => Math.round(uniform(rng, -0.1, 0.35) * cell));
    if (chance(rng, 0.25)) gaps[1 + Math.floor(rng() * 4)] = -Math.round(0.28 * cell);
    const width = Math.round(cell * 5 + gaps.reduce((a, b) => a + Math.max(b, -cell / 2), 0) + cell);
    const height = Math.round(cell * 1.6);
    const c = createCanvas(width, height);
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(width, height);
    const tint = [uniform(rng, 225, 250), uniform(rng, 220, 245), uniform(rng, 205, 235)];
    const shade = uniform(rng, 0, 30);
    const noise = uniform(rng, 0, 18);
    const inkAlpha = uniform(rng, 0.75, 0.95);
    const ink = uniform(rng, 10, 60);
    const darkness = new Float32Array(width * height);
    let x = Math.round(cell / 2);
    const top = Math.round((height - cell) / 2);
    picks.forEach((idx, k) => {
      if (k > 0) x += cell + gaps[k];
      const dy = Math.round(uniform(rng, -0.08, 0.08) * cell);
      for (let y = 0; y < cell; y++) {
        for (let xx = 0; xx < cell; xx++) {
          const sx = (xx / cell) * 28;
          const sy = (y / cell) * 28;
          const v = bilinear(test.images, idx, sx, sy);
          const p = (top + dy + y) * width + x + xx;
          if (p >= 0 && p < darkness.length && x + xx < width) darkness[p] = Math.max(darkness[p], v);
        }
      }
    });
    for (let i = 0; i < width * height; i++) {
      const gx = (i % width) / width;
      const n = (rng() - 0.5) * noise;
      const a = darkness[i] * inkAlpha;
      for (let ch = 0; ch < 3; ch++) img.data[i * 4 + ch] = (tint[ch] - shade * gx + n) * (1 - a) + ink * a;
      img.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const jpeg = chance(rng, 0.5);
    samples.push({ name: `handwritten-${s}${jpeg ? '.jpg' : '.png'}`, bytes: jpeg ? c.toBuffer('image/jpeg', 80) : c.toBuffer('image/png'), truth });
  }
  return samples;
}

/** MNIST image `idx` sampled at (x, y) in its 28x28 pixels. */
export function bilinear(images: Float32Array, idx: number, x: number, y: number): number {
  const x0 = Math.floor(x - 0.5);
  const y0 = Math.floor(y - 0.5);
  const fx = x - 0.5 - x0;
  const fy = y - 0.5 - y0;
  const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx > 27 || yy > 27 ? 0 : images[idx * 784 + yy * 28 + xx]);
  return at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
}

/**
 * Handwriting as people photograph it, for the handwriting benchmark (handwriting.ts). Two kinds, each in a
 * dev set (to tune on) and a test set (reported, never tuned on), their stroke sources apart:
 * - strips: five MNIST digits written on paper and photographed: ruled or squared paper, uneven light,
 *   shadows, a slight turn and slant, blur, ink bleeding, pens and markers; one strip in five with
 *   digits that touch or overlap. Dev strips take MNIST's held-out training digits (the last 10%, which
 *   training keeps for validation), test strips MNIST's test digits.
 * - fonts: five-digit numbers in handwriting web fonts: the dev families or the held-out test families.
 * Seeded.
 */
import { readFileSync } from 'node:fs';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { loadMnist, splitValidation, type DigitSet } from '../../src/training/mnist';
import { chance, makeRng, pick, type Rng, uniform } from '../../src/training/random';
import { webFonts } from '../../src/training/web-fonts';
import { inkColumns } from '../../src/training/touching';
import { bilinear } from './handwritten-set';
import type { Sample } from './printed-set';

export interface HandSample extends Sample {
  kind: 'strips' | 'fonts';
  touching: boolean;
}

export type HandSet = 'dev' | 'test';

const digits = (rng: Rng) => Array.from({ length: 5 }, () => Math.floor(rng() * 10));

/** MNIST digits for a set: the test split for test, the held-out tenth of the training split for dev. */
function strokes(set: HandSet): DigitSet {
  return set === 'test' ? loadMnist('test') : splitValidation(loadMnist('train')).validation;
}

export function stripSet(count: number, set: HandSet, seed = `strips-${set}`): HandSample[] {
  const rng = makeRng(seed);
  const source = strokes(set);
  return Array.from({ length: count }, (_, s) => strip(rng, source, s));
}

function strip(rng: Rng, source: DigitSet, s: number): HandSample {
  const scale = Math.exp(uniform(rng, Math.log(1.1), Math.log(3.2)));
  const cell = Math.round(28 * scale);
  const picks = Array.from({ length: 5 }, () => Math.floor(rng() * source.count));
  const truth = picks.map((i) => source.labels[i]).join('');
  const touching = chance(rng, 0.2);
  // Ink-to-ink gaps in digit heights (20 px of MNIST's 28): written apart, or pushed into each other.
  const gaps = picks.map(() => uniform(rng, 0.08, 0.45));
  if (touching) for (let n = chance(rng, 0.3) ? 2 : 1; n > 0; n--) gaps[1 + Math.floor(rng() * 4)] = -uniform(rng, 0, 0.3);
  const cols = picks.map((i) => inkColumns(source, i));
  const offsets = [Math.round(cell * 0.7)];
  for (let k = 1; k < 5; k++) {
    const most = (Math.min(cols[k - 1][1] - cols[k - 1][0], cols[k][1] - cols[k][0]) / 2) * scale;
    const gap = Math.max(-most, gaps[k] * 20 * scale);
    offsets.push(Math.round(offsets[k - 1] + cols[k - 1][1] * scale + gap - cols[k][0] * scale));
  }
  const width = offsets[4] + Math.round(cell * 1.7);
  const height = Math.round(cell * uniform(rng, 1.8, 2.6));
  const darkness = new Float32Array(width * height);
  const top = Math.round((height - cell) / 2);
  const slant = uniform(rng, -0.15, 0.25);
  picks.forEach((idx, k) => {
    const dy = Math.round(uniform(rng, -0.08, 0.08) * cell);
    for (let y = 0; y < cell; y++) {
      const lean = Math.round(slant * (cell / 2 - y));
      for (let x = 0; x < cell; x++) {
        const v = bilinear(source.images, idx, (x / cell) * 28, (y / cell) * 28);
        const px = offsets[k] + x + lean;
        const p = (top + dy + y) * width + px;
        if (v > 0 && px >= 0 && px < width && p >= 0 && p < darkness.length) darkness[p] = Math.max(darkness[p], v);
      }
    }
  });
  // Pens and markers: a fine pen thins a large digit's stroke by a pixel, a marker fattens it.
  const pen = Math.round(uniform(rng, -0.4, 2.5) * (scale / 2));
  const stroke = pen > 0 ? grow(darkness, width, height, pen, Math.max) : pen < 0 ? grow(darkness, width, height, -pen, Math.min) : darkness;
  const canvas = paper(rng, width, height, cell);
  inkOnto(rng, canvas, stroke, scale);
  return photograph(rng, canvas, `strip-${s}`, truth, 'strips', touching);
}

export function fontSet(count: number, set: HandSet, seed = `hand-fonts-${set}`): HandSample[] {
  const rng = makeRng(seed);
  const faces = webFonts(set, 'hand').flatMap((f) =>
    [...f.files.values()].map((file, i) => {
      const alias = `hw-${f.id}-${i}`;
      GlobalFonts.register(readFileSync(file), alias);
      return { alias, family: f.family };
    }),
  );
  return Array.from({ length: count }, (_, s) => {
    const face = pick(rng, faces);
    const truth = digits(rng).join('');
    const size = Math.round(Math.exp(uniform(rng, Math.log(16), Math.log(64))));
    const touching = chance(rng, 0.2);
    const spacing = touching ? -uniform(rng, 0.04, 0.14) * size : uniform(rng, -0.02, 0.12) * size;
    const probe = createCanvas(8, 8).getContext('2d');
    probe.font = `${size}px "${face.alias}"`;
    const advance = [...truth].reduce((w, ch) => w + probe.measureText(ch).width + spacing, 0);
    const width = Math.round(advance + size * uniform(rng, 0.6, 1.6));
    const height = Math.round(size * uniform(rng, 1.6, 2.4));
    const canvas = chance(rng, 0.5) ? paper(rng, width, height, size * 1.4) : page(rng, width, height);
    const ctx = canvas.getContext('2d');
    ctx.font = probe.font;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = `rgb(${inkColour(rng).join(',')})`;
    let x = (width - advance) / 2;
    for (const ch of truth) {
      ctx.fillText(ch, x, height / 2 + uniform(rng, -0.03, 0.03) * size);
      x += ctx.measureText(ch).width + spacing;
    }
    return photograph(rng, canvas, `font-${s}-${face.family.replace(/\W/g, '')}`, truth, 'fonts', touching);
  });
}

/** Paper: tinted, unevenly lit, sometimes ruled or squared about a line's height apart. */
function paper(rng: Rng, width: number, height: number, line: number): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const tint = [uniform(rng, 220, 252), uniform(rng, 215, 248), uniform(rng, 195, 240)];
  const light = ctx.createLinearGradient(0, 0, width * uniform(rng, 0.3, 1), height * uniform(rng, -0.5, 1));
  const dim = uniform(rng, 0, 45);
  light.addColorStop(0, `rgb(${tint.map((c) => c - dim * rng()).join(',')})`);
  light.addColorStop(1, `rgb(${tint.map((c) => c - dim).join(',')})`);
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
  const ruling = rng();
  if (ruling < 0.35) {
    const pitch = line * uniform(rng, 0.6, 1.2);
    ctx.strokeStyle = chance(rng, 0.6) ? `rgba(90,140,220,${uniform(rng, 0.3, 0.7)})` : `rgba(120,120,120,${uniform(rng, 0.3, 0.6)})`;
    ctx.lineWidth = Math.max(1, line * uniform(rng, 0.02, 0.05));
    const squared = ruling < 0.12;
    for (let y = rng() * pitch; y < height; y += pitch) stroke(ctx, 0, y, width, y);
    if (squared) for (let x = rng() * pitch; x < width; x += pitch) stroke(ctx, x, 0, x, height);
  }
  return canvas;
}

/** A web page or app background: white, tinted or dark. */
function page(rng: Rng, width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = pick(rng, ['#ffffff', '#fffbe6', '#f1f3f5', '#e7f5ff', '#fff0f6']);
  ctx.fillRect(0, 0, width, height);
  return canvas;
}

/** Black, blue, red and green inks, ballpoint to felt tip. */
const INKS: [number, number, number][] = [
  [17, 17, 17],
  [28, 42, 107],
  [11, 61, 145],
  [34, 34, 34],
  [122, 16, 16],
  [32, 48, 32],
  [51, 51, 51],
];
const inkColour = (rng: Rng) => pick(rng, INKS);

function stroke(ctx: SKRSContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/** Lays a darkness map onto the paper in a pen's colour, bleeding a little into the fibres. */
function inkOnto(rng: Rng, canvas: Canvas, darkness: Float32Array, scale: number) {
  const { width, height } = canvas;
  const layer = createCanvas(width, height);
  const lctx = layer.getContext('2d');
  const img = lctx.createImageData(width, height);
  const colour = inkColour(rng);
  const alpha = uniform(rng, 0.7, 0.97);
  for (let i = 0; i < darkness.length; i++) {
    img.data.set(colour, i * 4);
    img.data[i * 4 + 3] = Math.round(Math.min(1, darkness[i]) * alpha * 255);
  }
  lctx.putImageData(img, 0, 0);
  const ctx = canvas.getContext('2d');
  if (chance(rng, 0.3)) ctx.filter = `blur(${uniform(rng, 0.3, 0.8) * scale}px)`;
  ctx.drawImage(layer, 0, 0);
  ctx.filter = 'none';
}

/** The phone's view: turned and slanted a little, sometimes shadowed, out of focus, noisy, JPEG. */
function photograph(rng: Rng, sheet: Canvas, name: string, truth: string, kind: HandSample['kind'], touching: boolean): HandSample {
  const { width, height } = sheet;
  const out = createCanvas(width, height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#888';
  ctx.fillRect(0, 0, width, height);
  const angle = (uniform(rng, -3, 3) * Math.PI) / 180;
  const shear = uniform(rng, -0.03, 0.03);
  const [cos, sin] = [Math.cos(angle), Math.abs(Math.sin(angle)) + Math.abs(shear)];
  // Enlarged just enough that the turned sheet fills the frame: the crop is all paper.
  const cover = Math.max(cos + (sin * height) / width, cos + (sin * width) / height);
  ctx.translate(width / 2, height / 2);
  ctx.transform(Math.cos(angle), Math.sin(angle) + shear, -Math.sin(angle), Math.cos(angle), 0, 0);
  ctx.scale(cover, cover);
  if (chance(rng, 0.25)) ctx.filter = `blur(${uniform(rng, 0.4, 1.2)}px)`;
  ctx.drawImage(sheet, -width / 2, -height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'none';
  if (chance(rng, 0.25)) {
    const shadow = ctx.createLinearGradient(width * rng(), 0, width * rng(), height);
    const depth = uniform(rng, 0.15, 0.45);
    shadow.addColorStop(0, `rgba(0,0,0,${depth})`);
    shadow.addColorStop(uniform(rng, 0.3, 0.8), 'rgba(0,0,0,0)');
    ctx.fillStyle = shadow;
    ctx.fillRect(0, 0, width, height);
  }
  const noise = uniform(rng, 0, 16);
  if (noise > 2) {
    const img = ctx.getImageData(0, 0, width, height);
    for (let i = 0; i < img.data.length; i += 4) {
      const n = (rng() - 0.5) * noise;
      for (let c = 0; c < 3; c++) img.data[i + c] += n;
    }
    ctx.putImageData(img, 0, 0);
  }
  const jpeg = chance(rng, 0.5);
  const bytes = jpeg ? out.toBuffer('image/jpeg', Math.round(uniform(rng, 60, 90))) : out.toBuffer('image/png');
  return { name: `${name}${jpeg ? '.jpg' : '.png'}`, bytes, truth, kind, touching };
}

/** A max (or min) filter of radius r: a pen's stroke drawn fatter (or thinner). */
function grow(src: Float32Array, w: number, h: number, r: number, op: (a: number, b: number) => number): Float32Array {
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = src[y * w + x];
      for (let k = -r; k <= r; k++) v = op(v, src[y * w + Math.min(w - 1, Math.max(0, x + k))]);
      tmp[y * w + x] = v;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = tmp[y * w + x];
      for (let k = -r; k <= r; k++) v = op(v, tmp[Math.min(h - 1, Math.max(0, y + k)) * w + x]);
      out[y * w + x] = v;
    }
  return out;
}

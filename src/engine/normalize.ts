/**
 * MNIST-style normalisation, used identically by training and at run time: the glyph's ink is fitted
 * into 20x20 keeping its aspect ratio, stretched to full contrast, and placed in a 28x28 field with its
 * centre of mass in the middle (LeCun's recipe for the MNIST set itself).
 */
import { type Box, type Plane, makePlane, resample } from './plane';
import { Scratch } from './scratch';

export const INPUT_SIZE = 28;
/** The model's classes: the digits 0–9, then "not a digit". */
export const NOT_A_DIGIT = 10;
export const CLASSES = 11;
const FIT = 20;

const cropScratch = new Scratch((n) => new Float32Array(n));
const fittedScratch = new Scratch((n) => new Float32Array(n));

/**
 * @param ink   ink plane (1 = ink, 0 = background)
 * @param box   the glyph's box in `ink`
 * @param keep  optional mask over the box (1 = the glyph's own pixel), so a neighbour reaching into the
 *              box does not leak in
 */
export function normalizeGlyph(ink: Plane, box: Box, keep?: Uint8Array): Float32Array {
  const [bx, by, bw, bh] = box;
  const crop = makePlane(bw, bh, cropScratch.zeroed(bw * bh));
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      if (keep && !keep[y * bw + x]) continue;
      crop.data[y * bw + x] = ink.data[(by + y) * ink.width + bx + x];
    }
  }
  const scale = FIT / Math.max(bw, bh);
  const fw = Math.max(1, Math.round(bw * scale));
  const fh = Math.max(1, Math.round(bh * scale));
  const fitted = resample(crop, fw, fh, fittedScratch.zeroed(fw * fh));
  let max = 0;
  for (let i = 0; i < fw * fh; i++) max = Math.max(max, fitted.data[i]);
  const gain = max > 0 ? 1 / max : 0;
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < fh; y++) {
    for (let x = 0; x < fw; x++) {
      const v = fitted.data[y * fw + x] * gain;
      fitted.data[y * fw + x] = v;
      mass += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  const cx = mass > 0 ? mx / mass : fw / 2;
  const cy = mass > 0 ? my / mass : fh / 2;
  const ox = clampOffset(Math.round(INPUT_SIZE / 2 - cx), fw);
  const oy = clampOffset(Math.round(INPUT_SIZE / 2 - cy), fh);
  const out = new Float32Array(INPUT_SIZE * INPUT_SIZE);
  for (let y = 0; y < fh; y++) {
    for (let x = 0; x < fw; x++) {
      out[(y + oy) * INPUT_SIZE + x + ox] = fitted.data[y * fw + x];
    }
  }
  return out;
}

/** Keeps the whole glyph inside the field even when its centre of mass is far off-centre. */
function clampOffset(offset: number, size: number): number {
  return Math.min(Math.max(offset, 0), INPUT_SIZE - size);
}

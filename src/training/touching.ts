/**
 * Handwritten digits that touch or overlap their neighbours, as people write a number in a hurry. The
 * splitter cuts such a strip where it can; the model has to read each cut (with slivers of its
 * neighbours, or missing a sliver of itself) as its digit, and a pair it did not cut as no digit at all.
 */
import { makePlane, type Plane, resample } from '../engine';
import { NOT_A_DIGIT, pieceInput } from './glyphs';
import type { DigitSet } from './mnist';
import { type Rng, chance, uniform } from './random';

const CELL = 28;
/** MNIST digits are drawn about 20 px high in their 28 px cell. */
const TEXT = 20;

/** The columns a digit's ink spans in its 28x28 image. */
export function inkColumns(set: DigitSet, i: number): [number, number] {
  let [left, right] = [CELL, 0];
  for (let x = 0; x < CELL; x++) {
    let sum = 0;
    for (let y = 0; y < CELL; y++) sum += set.images[i * 784 + y * CELL + x];
    if (sum > 0.3) [left, right] = [Math.min(left, x), Math.max(right, x + 1)];
  }
  return right > left ? [left, right] : [0, CELL];
}

interface Strip {
  ink: Plane;
  /** where each digit's ink starts and ends in the strip's columns */
  spans: Array<[number, number]>;
}

/**
 * Digits side by side in one row of ink, each pushed into the one before by `overlaps[k]` px
 * (negative: a gap), never by more than half the narrower, so both stay legible.
 */
function strip(rng: Rng, set: DigitSet, picks: number[], overlaps: number[]): Strip {
  const cols = picks.map((i) => inkColumns(set, i));
  const offsets: number[] = [CELL];
  for (let k = 1; k < picks.length; k++) {
    const most = Math.min(cols[k - 1][1] - cols[k - 1][0], cols[k][1] - cols[k][0]) / 2;
    const overlap = Math.round(Math.min(overlaps[k - 1], most));
    offsets.push(offsets[k - 1] + cols[k - 1][1] - overlap - cols[k][0]);
  }
  const width = offsets[offsets.length - 1] + 2 * CELL;
  const ink = makePlane(width, CELL);
  picks.forEach((idx, k) => {
    const dy = Math.round(uniform(rng, -1.5, 1.5));
    for (let y = 0; y < CELL; y++) {
      const sy = y - dy;
      if (sy < 0 || sy >= CELL) continue;
      for (let x = 0; x < CELL; x++) {
        const p = y * width + offsets[k] + x;
        ink.data[p] = Math.max(ink.data[p], set.images[idx * 784 + sy * CELL + x]);
      }
    }
  });
  return { ink, spans: picks.map((_, k) => [offsets[k] + cols[k][0], offsets[k] + cols[k][1]]) };
}

const randomDigit = (rng: Rng, set: DigitSet) => Math.floor(rng() * set.count);
/** Touching or overlapping on at least one side; the other may be a gap. */
const overlapPair = (rng: Rng): [number, number] => {
  const touching = () => uniform(rng, 0, 0.35) * TEXT;
  const either = () => uniform(rng, -0.1, 0.35) * TEXT;
  return chance(rng, 0.5) ? [touching(), either()] : [either(), touching()];
};

/** Digit `i` of `set` cut out of a strip where it touches a neighbour, enlarged as a strip would be. */
export function digitTouching(rng: Rng, set: DigitSet, i: number): Float32Array | undefined {
  const { ink, spans } = strip(rng, set, [randomDigit(rng, set), i, randomDigit(rng, set)], overlapPair(rng));
  const scale = uniform(rng, 1, 2.5);
  const big = resample(ink, Math.round(ink.width * scale), Math.round(ink.height * scale));
  // Cut in the middle of where it meets each neighbour, give or take a pixel or two.
  const cut = (a: number, b: number) => ((a + b) / 2 + uniform(rng, -1.5, 1.5)) * scale;
  const left = cut(spans[0][1], spans[1][0]);
  const right = cut(spans[1][1], spans[2][0]);
  return pieceInput(big, TEXT * scale, ([, y, , h], f) => [Math.round(left * f), y, Math.max(1, Math.round((right - left) * f)), h]);
}

/** Two touching digits left whole: not a digit, so the reader tries to cut them. */
export function touchingPair(rng: Rng, set: DigitSet): Float32Array | undefined {
  const { ink } = strip(rng, set, [randomDigit(rng, set), randomDigit(rng, set)], [uniform(rng, 0.05, 0.35) * TEXT]);
  const scale = uniform(rng, 1, 2.5);
  return pieceInput(resample(ink, Math.round(ink.width * scale), Math.round(ink.height * scale)), TEXT * scale);
}

/** Every digit of `set` once, cut from touching neighbours (one that did not survive keeps its MNIST form). */
export function touchingSet(rng: Rng, set: DigitSet): DigitSet {
  const images = new Float32Array(set.images.length);
  for (let i = 0; i < set.count; i++) images.set(digitTouching(rng, set, i) ?? set.images.subarray(i * 784, (i + 1) * 784), i * 784);
  return { images, labels: set.labels, count: set.count };
}

/** `count` touching pairs, labelled not a digit. */
export function touchingPairs(rng: Rng, set: DigitSet, count: number): DigitSet {
  const images = new Float32Array(count * 784);
  let n = 0;
  while (n < count) {
    const input = touchingPair(rng, set);
    if (input) images.set(input, n++ * 784);
  }
  return { images, labels: new Uint8Array(count).fill(NOT_A_DIGIT), count };
}

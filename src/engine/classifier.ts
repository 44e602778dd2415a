/** The digit CNN: loaded once, then batched predictions. */
import * as tf from '@tensorflow/tfjs-core';
import { type LayersModel, loadLayersModel } from '@tensorflow/tfjs-layers';
import { type Forward, kernelForward } from './forward';
import { CLASSES, INPUT_SIZE, NOT_A_DIGIT } from './normalize';
import { averageIn, NUDGE_COUNT, nudges, unsureRows } from './second-look';
import { TUNABLES } from './tunables';
import type { Alternative } from './types';

export interface Prediction {
  /** best digit (0–9) */
  digit: number;
  /** its probability */
  confidence: number;
  /** probability of "not a digit" */
  notDigit: number;
  alternatives: Alternative[];
}

export interface ReaderMemory {
  tensors: number;
  wasmHeapBytes: number;
}

/** How many next-best digits a reading offers. */
const ALTERNATIVES = 2;

/** The model: a URL (extension) or an IOHandler such as tf.io.fromMemory (Node). */
export type ModelSource = tf.io.IOHandler | string;

export class Classifier {
  private readonly whole: Forward;

  private constructor(model: LayersModel) {
    this.whole =
      kernelForward(model) ?? ((glyphs, count) => tf.tidy(() => model.predict(tf.tensor4d(glyphs, [count, INPUT_SIZE, INPUT_SIZE, 1])) as tf.Tensor).dataSync() as Float32Array);
  }

  /** Tensors alive and the wasm backend's linear memory, which grows and never shrinks: a leak shows in both. */
  memory(): ReaderMemory {
    const wasm = (tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm;
    return { tensors: tf.memory().numTensors, wasmHeapBytes: wasm?.HEAPU8?.length ?? 0 };
  }

  static async load(source: ModelSource): Promise<Classifier> {
    const model = await loadLayersModel(source);
    const classifier = new Classifier(model);
    classifier.predict([new Float32Array(INPUT_SIZE * INPUT_SIZE)]); // compile the kernels before the first real read
    return classifier;
  }

  /** The forward pass over `count` glyphs, a batch at a time. */
  private forward(glyphs: Float32Array, count: number): Float32Array {
    const { batchSize } = TUNABLES.budget;
    if (count <= batchSize) return this.whole(glyphs, count);
    const size = INPUT_SIZE * INPUT_SIZE;
    const out = new Float32Array(count * CLASSES);
    for (let at = 0; at < count; at += batchSize) {
      const n = Math.min(batchSize, count - at);
      out.set(this.whole(glyphs.subarray(at * size, (at + n) * size), n), at * CLASSES);
    }
    return out;
  }

  /** The class probabilities of each input, `classes` per input, back in JS. */
  probabilities(inputs: Float32Array[]): Float32Array {
    const flat = new Float32Array(inputs.length * INPUT_SIZE * INPUT_SIZE);
    inputs.forEach((x, i) => {
      flat.set(x, i * INPUT_SIZE * INPUT_SIZE);
    });
    return this.forward(flat, inputs.length);
  }

  /** The best digit of each input; the unsure ones are read again, nudged (second-look.ts). */
  predict(inputs: Float32Array[]): Prediction[] {
    if (inputs.length === 0) return [];
    const probs = this.probabilities(inputs);
    const classes = probs.length / inputs.length;
    const unsure = unsureRows(probs, classes);
    if (unsure.length > 0) averageIn(probs, classes, unsure, this.forward(nudges(unsure.map((i) => inputs[i])), unsure.length * NUDGE_COUNT));
    return inputs.map((_, i) => {
      const p: number[] = [];
      for (let c = i * classes; c < (i + 1) * classes; c++) p.push(probs[c]);
      const ranked = p
        .slice(0, NOT_A_DIGIT)
        .map((confidence, digit) => ({ digit, confidence }))
        .sort((a, b) => b.confidence - a.confidence);
      return {
        digit: ranked[0].digit,
        confidence: ranked[0].confidence,
        notDigit: p[NOT_A_DIGIT] ?? 0,
        alternatives: ranked.slice(1, 1 + ALTERNATIVES),
      };
    });
  }
}

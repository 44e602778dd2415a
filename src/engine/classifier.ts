/** The digit CNN: loaded once, then one batched prediction per image. */
import * as tf from '@tensorflow/tfjs';
import { type Forward, fusedForward } from './forward';
import type { Alternative } from './types';

export const NOT_A_DIGIT = 10;

export interface Prediction {
  /** best digit (0–9) */
  digit: number;
  /** its probability */
  confidence: number;
  /** probability of "not a digit" */
  notDigit: number;
  alternatives: Alternative[];
}

export class Classifier {
  private readonly forward: Forward;

  private constructor(model: tf.LayersModel) {
    this.forward = fusedForward(model) ?? ((x) => model.predict(x) as tf.Tensor);
  }

  static async load(source: tf.io.IOHandler | string): Promise<Classifier> {
    const model = await tf.loadLayersModel(source);
    const classifier = new Classifier(model);
    classifier.predict([new Float32Array(784)]); // compile the kernels before the first real read
    return classifier;
  }

  predict(inputs: Float32Array[]): Prediction[] {
    if (inputs.length === 0) return [];
    const flat = new Float32Array(inputs.length * 784);
    inputs.forEach((x, i) => flat.set(x, i * 784));
    const out = tf.tidy(() => this.forward(tf.tensor4d(flat, [inputs.length, 28, 28, 1])));
    const probs = out.dataSync() as Float32Array;
    out.dispose();
    const classes = probs.length / inputs.length;
    return inputs.map((_, i) => {
      const p = Array.from(probs.subarray(i * classes, (i + 1) * classes));
      const ranked = p
        .slice(0, 10)
        .map((confidence, digit) => ({ digit, confidence }))
        .sort((a, b) => b.confidence - a.confidence);
      return {
        digit: ranked[0].digit,
        confidence: ranked[0].confidence,
        notDigit: p[NOT_A_DIGIT] ?? 0,
        alternatives: ranked.slice(1, 3),
      };
    });
  }
}

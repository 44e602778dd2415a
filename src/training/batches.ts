/** Turns sets of normalised glyphs into tensors, augmenting each image afresh every epoch. */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { type AugmentOptions, augment } from './augment';
import { CLASSES } from './glyphs';
import type { DigitSet } from './mnist';
import type { Rng } from './random';

export interface Source {
  set: DigitSet;
  augmentation?: AugmentOptions;
}

export function batchTensors(
  sources: Source[],
  picks: Array<[number, number]>, // [source, index]
  rng: Rng,
): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  const x = new Float32Array(picks.length * 784);
  const labels = new Int32Array(picks.length);
  picks.forEach(([s, i], k) => {
    const { set, augmentation } = sources[s];
    const img = set.images.subarray(i * 784, (i + 1) * 784);
    x.set(augmentation ? augment(img, rng, augmentation) : img, k * 784);
    labels[k] = set.labels[i];
  });
  return tf.tidy(() => ({
    xs: tf.tensor4d(x, [picks.length, 28, 28, 1]),
    ys: tf.oneHot(tf.tensor1d(labels, 'int32'), CLASSES) as tf.Tensor2D,
  }));
}

/** Predicted class and its probability for every image of a set, in batches. */
export function predictSet(model: tfl.LayersModel, set: DigitSet, batch = 500): { predicted: Uint8Array; confidence: Float32Array } {
  const predicted = new Uint8Array(set.count);
  const confidence = new Float32Array(set.count);
  for (let from = 0; from < set.count; from += batch) {
    const n = Math.min(batch, set.count - from);
    const probs = tf.tidy(() => {
      const xs = tf.tensor4d(set.images.subarray(from * 784, (from + n) * 784), [n, 28, 28, 1]);
      return model.predict(xs) as tf.Tensor2D;
    });
    const p = probs.dataSync();
    probs.dispose();
    for (let k = 0; k < n; k++) {
      let best = 0;
      for (let c = 1; c < CLASSES; c++) if (p[k * CLASSES + c] > p[k * CLASSES + best]) best = c;
      predicted[from + k] = best;
      confidence[from + k] = p[k * CLASSES + best];
    }
  }
  return { predicted, confidence };
}

export function accuracy(model: tfl.LayersModel, set: DigitSet): number {
  const { predicted } = predictSet(model, set);
  let ok = 0;
  for (let i = 0; i < set.count; i++) if (predicted[i] === set.labels[i]) ok++;
  return set.count ? ok / set.count : 0;
}

/**
 * The digit CNN: three conv blocks and a small dense head, 11 outputs (0–9 and "not a digit").
 * Wider than the notebook's (30@5x5, 15@3x3, dense 128, 50) to reach 99.5% on MNIST, yet 130k
 * parameters (~0.5 MB) so a batch of five reads in a couple of milliseconds on wasm.
 */
import * as tf from '@tensorflow/tfjs';
import { CLASSES } from './glyphs';

export function buildModel(): tf.LayersModel {
  const m = tf.sequential();
  const conv = (filters: number, kernelSize: number, first = false) =>
    m.add(
      tf.layers.conv2d({
        ...(first ? { inputShape: [28, 28, 1] } : {}),
        filters,
        kernelSize,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: 'heNormal',
      }),
    );
  conv(32, 5, true);
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  conv(64, 3);
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  conv(64, 3);
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 128, activation: 'relu', kernelInitializer: 'heNormal' }));
  m.add(tf.layers.dropout({ rate: 0.4 }));
  m.add(tf.layers.dense({ units: CLASSES, activation: 'softmax' }));
  return m;
}

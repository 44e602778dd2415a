import * as tf from '@tensorflow/tfjs-core';
// The chained forms (x.sum()) are registered by the tfjs umbrella, which the project does not use.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, expect, test } from 'vitest';
import { registerGradients } from '../../src/training/gradients';
import { ready } from './tf';

beforeAll(ready);

/** The gradient of a 2x2 stride-2 max pool by definition: each window's dy goes to its first maximum. */
function reference(x: tf.Tensor4D, dy: tf.Tensor4D): tf.Tensor4D {
  const [B, H, W, C] = x.shape;
  const [, h, w] = dy.shape;
  const xb = x.bufferSync();
  const gb = dy.bufferSync();
  const dx = tf.buffer([B, H, W, C]);
  for (let b = 0; b < B; b++)
    for (let oy = 0; oy < h; oy++)
      for (let ox = 0; ox < w; ox++)
        for (let c = 0; c < C; c++) {
          let [by, bx] = [2 * oy, 2 * ox];
          for (const [yy, xx] of [
            [2 * oy, 2 * ox + 1],
            [2 * oy + 1, 2 * ox],
            [2 * oy + 1, 2 * ox + 1],
          ])
            if (xb.get(b, yy, xx, c) > xb.get(b, by, bx, c)) [by, bx] = [yy, xx];
          dx.set(dx.get(b, by, bx, c) + gb.get(b, oy, ox, c), b, by, bx, c);
        }
  return dx.toTensor() as tf.Tensor4D;
}

test('the registered max-pool gradient matches the definition, odd sizes included', () => {
  registerGradients();
  const x = tf.randomNormal([2, 7, 9, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
  const dy = tf.randomNormal([2, 3, 4, 3], 0, 1, 'float32', 2) as tf.Tensor4D;
  const g = tf.grad((v: tf.Tensor) => tf.mul(tf.maxPool(v as tf.Tensor4D, 2, 2, 'valid'), dy).sum())(x);
  expect(tf.getBackend()).toBe('wasm');
  expect(g.shape).toEqual(x.shape);
  expect(
    tf
      .abs(tf.sub(g, reference(x, dy)))
      .max()
      .dataSync()[0],
  ).toBeLessThan(1e-6);
});

test('other pooling shapes are refused rather than given a wrong gradient', () => {
  registerGradients();
  const x = tf.randomNormal([1, 6, 6, 1], 0, 1, 'float32', 3) as tf.Tensor4D;
  expect(() => tf.grad((v: tf.Tensor) => tf.maxPool(v as tf.Tensor4D, 3, 1, 'same').sum())(x)).toThrow(/only 2x2/);
});

test('the gradient of a 1x1 pooling at stride 2 (the first layer read at every other pixel) goes to the pixels kept', () => {
  registerGradients();
  const x = tf.randomNormal([2, 7, 8, 3], 0, 1, 'float32', 4) as tf.Tensor4D;
  const dy = tf.randomNormal([2, 4, 4, 3], 0, 1, 'float32', 5) as tf.Tensor4D;
  const g = tf.grad((v: tf.Tensor) => tf.mul(tf.maxPool(v as tf.Tensor4D, 1, 2, 'valid'), dy).sum())(x);
  const expected = tf.buffer([2, 7, 8, 3]);
  const gb = dy.bufferSync();
  for (let b = 0; b < 2; b++) for (let oy = 0; oy < 4; oy++) for (let ox = 0; ox < 4; ox++) for (let c = 0; c < 3; c++) expected.set(gb.get(b, oy, ox, c), b, 2 * oy, 2 * ox, c);
  expect(g.shape).toEqual(x.shape);
  expect(tf.abs(tf.sub(g, expected.toTensor())).max().dataSync()[0]).toBeLessThan(1e-7);
});

import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { modelFromDir } from '../../src/node/model-files';
import { kernelForward } from '../../src/engine/forward';
import { accuracy } from '../../src/training/batches';
import { loadMnist } from '../../src/training/mnist';
import { buildModel } from '../../src/training/model';
import { ready } from './tf';

let model: tfl.LayersModel;
beforeAll(async () => {
  await ready();
  model = await tfl.loadLayersModel(modelFromDir());
});

test('the committed model reads 1,000 MNIST test images at 99% or better', () => {
  expect(accuracy(model, loadMnist('test', 1000))).toBeGreaterThanOrEqual(0.99);
});

test('the committed model is small: at most 1 MB of weights, 11 outputs', () => {
  const bytes = model.getWeights().reduce((n, w) => n + w.size * 4, 0);
  expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  expect(model.outputs[0].shape).toEqual([null, 11]);
});

test('the reader runs the committed model on the kernels directly with the same results as model.predict, and frees what it used', () => {
  const forward = kernelForward(model);
  expect(forward).toBeDefined();
  const set = loadMnist('test', 50);
  const x = tf.tensor4d(set.images, [50, 28, 28, 1]);
  const expected = (model.predict(x) as tf.Tensor).dataSync();
  const before = tf.engine().backend.numDataIds();
  const actual = forward!(set.images, 50);
  expect(tf.engine().backend.numDataIds()).toBe(before);
  expect(Math.max(...actual.map((v, i) => Math.abs(v - expected[i])))).toBeLessThan(1e-5);
});

test('a first layer trained at every other pixel runs as a stride-2 convolution with the same results as model.predict', () => {
  const strided = buildModel({ filters: [4, 6, 8], firstKernel: 3, dense: 16, dropout: 0, firstStride: 2 });
  const forward = kernelForward(strided);
  expect(forward).toBeDefined();
  const set = loadMnist('test', 20);
  const expected = (strided.predict(tf.tensor4d(set.images, [20, 28, 28, 1])) as tf.Tensor).dataSync();
  const actual = forward!(set.images, 20);
  expect(Math.max(...actual.map((v, i) => Math.abs(v - expected[i])))).toBeLessThan(1e-5);
});

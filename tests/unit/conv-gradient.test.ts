import * as tf from '@tensorflow/tfjs-core';
// The chained forms (x.sum()) are registered by the tfjs umbrella, which the project does not use.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, expect, test } from 'vitest';
import { conv2dFilterGradient, conv2dInputGradient } from '../../src/training/conv-filter-gradient';
import { registerGradients } from '../../src/training/gradients';
import { ready } from './tf';

beforeAll(ready);

/** Direct definition of a stride-1 convolution's gradients, loop by loop. */
function reference(x: number[][][][], w: number[][][][], dy: number[][][][], pad: 'same' | 'valid') {
  const [B, H, W, C] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [KH, KW, , CO] = [w.length, w[0].length, w[0][0].length, w[0][0][0].length];
  const [OH, OW] = [dy[0].length, dy[0][0].length];
  const top = pad === 'same' ? Math.floor((KH - 1) / 2) : 0;
  const left = pad === 'same' ? Math.floor((KW - 1) / 2) : 0;
  const dW = tf.buffer([KH, KW, C, CO]);
  const dX = tf.buffer([B, H, W, C]);
  for (let b = 0; b < B; b++)
    for (let oy = 0; oy < OH; oy++)
      for (let ox = 0; ox < OW; ox++)
        for (let i = 0; i < KH; i++)
          for (let j = 0; j < KW; j++) {
            const y = oy + i - top;
            const xx = ox + j - left;
            if (y < 0 || xx < 0 || y >= H || xx >= W) continue;
            for (let c = 0; c < C; c++)
              for (let o = 0; o < CO; o++) {
                dW.set(dW.get(i, j, c, o) + x[b][y][xx][c] * dy[b][oy][ox][o], i, j, c, o);
                dX.set(dX.get(b, y, xx, c) + w[i][j][c][o] * dy[b][oy][ox][o], b, y, xx, c);
              }
          }
  return { dW: dW.toTensor(), dX: dX.toTensor() };
}

for (const [pad, k] of [
  ['same', 3],
  ['same', 5],
  ['valid', 3],
  ['same', 4],
] as const) {
  test(`conv2d gradients match the definition (${pad}, ${k}x${k})`, () => {
    const x = tf.randomNormal([2, 7, 6, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([k, k, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
    const out = tf.conv2d(x, w, 1, pad);
    const dy = tf.randomNormal(out.shape, 0, 1, 'float32', 3) as tf.Tensor4D;
    const ref = reference(x.arraySync(), w.arraySync(), dy.arraySync(), pad);
    const dW = conv2dFilterGradient(x, dy, w.shape, pad);
    const dX = conv2dInputGradient(dy, w, pad);
    expect(dW.shape).toEqual(w.shape);
    expect(dX.shape).toEqual(x.shape);
    expect(tf.abs(tf.sub(dW, ref.dW)).max().dataSync()[0]).toBeLessThan(1e-3);
    expect(tf.abs(tf.sub(dX, ref.dX)).max().dataSync()[0]).toBeLessThan(1e-3);
  });
}

test('tf.grad through conv2d uses the registered gradient on wasm', () => {
  registerGradients();
  const x = tf.randomNormal([1, 5, 5, 2], 0, 1, 'float32', 4) as tf.Tensor4D;
  const w = tf.randomNormal([3, 3, 2, 2], 0, 1, 'float32', 5) as tf.Tensor4D;
  const g = tf.grad((f: tf.Tensor) => tf.conv2d(x, f as tf.Tensor4D, 1, 'same').sum())(w);
  const ref = reference(x.arraySync(), w.arraySync(), tf.ones([1, 5, 5, 2]).arraySync() as number[][][][], 'same');
  expect(tf.getBackend()).toBe('wasm');
  expect(tf.abs(tf.sub(g, ref.dW)).max().dataSync()[0]).toBeLessThan(1e-3);
});

test('the registered matMul gradient matches the plain product rule', () => {
  registerGradients();
  const a = tf.randomNormal([4, 6], 0, 1, 'float32', 6) as tf.Tensor2D;
  const b = tf.randomNormal([6, 3], 0, 1, 'float32', 7) as tf.Tensor2D;
  const dy = tf.randomNormal([4, 3], 0, 1, 'float32', 8) as tf.Tensor2D;
  const [da, db] = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.mul(tf.matMul(x as tf.Tensor2D, y as tf.Tensor2D), dy).sum())([a, b]);
  // d(sum(dy * ab))/da = dy b^T and /db = a^T dy, written out element by element.
  const [A, B, G] = [a.arraySync(), b.arraySync(), dy.arraySync()];
  const refA = A.map((row, i) => row.map((_, k) => B[k].reduce((s, bkj, j) => s + G[i][j] * bkj, 0)));
  const refB = B.map((row, k) => row.map((_, j) => A.reduce((s, ai, i) => s + ai[k] * G[i][j], 0)));
  expect(tf.abs(tf.sub(da, refA)).max().dataSync()[0]).toBeLessThan(1e-4);
  expect(tf.abs(tf.sub(db, refB)).max().dataSync()[0]).toBeLessThan(1e-4);
  expect(() => tf.grad((x: tf.Tensor) => tf.matMul(x as tf.Tensor2D, b, true, false).sum())(tf.ones([6, 4]))).toThrow(/only untransposed/);
});

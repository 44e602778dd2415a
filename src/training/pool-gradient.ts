/**
 * The wasm backend's MaxPoolGrad is a scalar loop over generic windows: profiled here it took 28% of a
 * training step (50 of 176 ms at batch 128), and the same gradient from tfjs element-wise ops was no faster
 * (wasm's Equal runs at ~40 ns an element). For the only pooling our model uses (2x2, stride 2, 'valid')
 * a plain loop over the windows, in JS on copies of the tensors, takes a few milliseconds.
 * Like TensorFlow, each window's gradient goes to the first of its maxima.
 */
import * as tf from '@tensorflow/tfjs-core';

export function maxPool2x2Gradient(x: tf.Tensor4D, dy: tf.Tensor4D): tf.Tensor4D {
  const [b, H, W, c] = x.shape;
  const [, h, w] = dy.shape;
  const xs = x.dataSync() as Float32Array;
  const g = dy.dataSync() as Float32Array;
  const dx = new Float32Array(xs.length);
  const row = W * c;
  let o = 0;
  for (let n = 0; n < b; n++) {
    for (let oy = 0; oy < h; oy++) {
      for (let ox = 0; ox < w; ox++) {
        const base = n * H * row + 2 * oy * row + 2 * ox * c;
        for (let ch = 0; ch < c; ch++, o++) {
          const a = base + ch;
          let at = a;
          if (xs[a + c] > xs[at]) at = a + c;
          if (xs[a + row] > xs[at]) at = a + row;
          if (xs[a + row + c] > xs[at]) at = a + row + c;
          dx[at] += g[o];
        }
      }
    }
  }
  return tf.tensor4d(dx, x.shape);
}

/** A 1x1 window at stride 2 only picks pixels: each gets its output's gradient, the rest none. */
export function subsample2Gradient(x: tf.Tensor4D, dy: tf.Tensor4D): tf.Tensor4D {
  const [b, H, W, c] = x.shape;
  const [, h, w] = dy.shape;
  const g = dy.dataSync() as Float32Array;
  const dx = new Float32Array(b * H * W * c);
  let o = 0;
  for (let n = 0; n < b; n++) {
    for (let oy = 0; oy < h; oy++) {
      for (let ox = 0; ox < w; ox++, o += c) dx.set(g.subarray(o, o + c), ((n * H + 2 * oy) * W + 2 * ox) * c);
    }
  }
  return tf.tensor4d(dx, x.shape);
}

export const poolGradient: tf.GradConfig = {
  kernelName: tf.MaxPool,
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved as [tf.Tensor4D];
    const { filterSize, strides, pad } = attrs as unknown as { filterSize: number | number[]; strides: number | number[]; pad: string | number };
    const all = (v: number | number[], k: number) => (typeof v === 'number' ? v === k : v.every((d) => d === k));
    if (!all(strides, 2) || pad !== 'valid' || !(all(filterSize, 2) || all(filterSize, 1))) {
      throw new Error('max-pool gradient: only 2x2 or 1x1 windows, stride 2, valid padding');
    }
    return { x: () => (all(filterSize, 1) ? subsample2Gradient(x, dy as tf.Tensor4D) : maxPool2x2Gradient(x, dy as tf.Tensor4D)) };
  },
};

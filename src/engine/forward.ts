/**
 * The model's layers as fused tfjs ops: the same arithmetic as model.predict (checked in a unit test)
 * without the layers API's per-call bookkeeping, which was a sixth of the time for five glyphs
 * (1.15 -> 0.96 ms here).
 */
import * as tf from '@tensorflow/tfjs';

/** A batch of glyphs in, the class probabilities of each back in JS, row after row. */
export type Forward = (x: tf.Tensor4D) => Float32Array;
type Step = (h: tf.Tensor) => tf.Tensor;
/** tfjs's explicit padding, [before, after] per NHWC axis (its type is not exported). */
type Padding = [[number, number], [number, number], [number, number], [number, number]];

/** undefined when the model has a layer or activation this does not know: use model.predict then. */
export function fusedForward(model: tf.LayersModel): Forward | undefined {
  const steps: Step[] = [];
  let softmaxLast = false;
  for (const [i, layer] of model.layers.entries()) {
    const c = layer.getConfig();
    const [w, b] = layer.getWeights();
    const act = c.activation ?? 'linear';
    switch (layer.getClassName()) {
      case 'Conv2D': {
        if (act !== 'relu' && act !== 'linear') return undefined;
        const pad = croppedPadding(layer, model.layers[i + 1]) ?? (c.padding as 'same' | 'valid');
        steps.push((h) => tf.fused.conv2d({ x: h as tf.Tensor4D, filter: w as tf.Tensor4D, bias: b, strides: c.strides as [number, number], pad, activation: act }));
        break;
      }
      case 'MaxPooling2D':
        steps.push((h) => tf.maxPool(h as tf.Tensor4D, c.poolSize as [number, number], c.strides as [number, number], c.padding as 'same' | 'valid'));
        break;
      case 'Flatten':
        steps.push((h) => h.reshape([h.shape[0], -1]));
        break;
      case 'Dense':
        if (act !== 'relu' && act !== 'linear' && act !== 'softmax') return undefined;
        // A softmax anywhere but last would need its own op; last, it runs in JS on a few dozen numbers,
        // cheaper than an op's dispatch.
        if (act === 'softmax' && i !== model.layers.length - 1) return undefined;
        softmaxLast = act === 'softmax';
        steps.push((h) => tf.fused.matMul({ a: h as tf.Tensor2D, b: w as tf.Tensor2D, bias: b, activation: act === 'softmax' ? 'linear' : act }));
        break;
      case 'Dropout':
        break;
      default:
        return undefined;
    }
  }
  return (x) => {
    const y = tf.tidy(() => steps.reduce<tf.Tensor>((h, step) => step(h), x));
    const out = y.dataSync() as Float32Array;
    const classes = y.shape[1] ?? 1;
    y.dispose();
    if (softmaxLast) softmaxRows(out, classes);
    return out;
  };
}

/**
 * A 'same' convolution followed by a pooling that drops its last rows and columns (7x7 pooled by 2 uses
 * 6x6) need not compute them: explicit padding with less after gives just the outputs the pooling reads.
 * A quarter of the third convolution's work in the 16/24/48 model.
 */
function croppedPadding(conv: tf.layers.Layer, next: tf.layers.Layer | undefined): Padding | undefined {
  const c = conv.getConfig();
  const strides = c.strides as number[];
  if (c.padding !== 'same' || strides.some((s) => s !== 1) || next?.getClassName() !== 'MaxPooling2D') return undefined;
  const p = next.getConfig();
  if (p.padding !== 'valid') return undefined;
  const [, height, width] = conv.outputShape as number[];
  const [poolH, poolW] = p.poolSize as number[];
  const [strideH, strideW] = p.strides as number[];
  const [kh, kw] = c.kernelSize as number[];
  const axis = (size: number, pool: number, stride: number, k: number): [number, number] | undefined => {
    const unread = size - (Math.floor((size - pool) / stride) * stride + pool);
    const before = Math.floor((k - 1) / 2);
    const after = k - 1 - before - unread;
    return after >= 0 ? [before, after] : undefined;
  };
  const rows = axis(height, poolH, strideH, kh);
  const cols = axis(width, poolW, strideW, kw);
  if (!rows || !cols || (rows[1] === kh - 1 - rows[0] && cols[1] === kw - 1 - cols[0])) return undefined;
  return [[0, 0], rows, cols, [0, 0]];
}

function softmaxRows(v: Float32Array, classes: number): void {
  for (let r = 0; r < v.length; r += classes) {
    let max = -Infinity;
    for (let k = r; k < r + classes; k++) max = Math.max(max, v[k]);
    let sum = 0;
    for (let k = r; k < r + classes; k++) sum += v[k] = Math.exp(v[k] - max);
    for (let k = r; k < r + classes; k++) v[k] /= sum;
  }
}

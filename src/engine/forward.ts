/**
 * The model's layers run straight on the backend's kernels: the same kernels, in the same order, with the
 * same inputs as model.predict (checked in a unit test), without the layers API's per-call bookkeeping
 * (a sixth of the time for five glyphs, 1.15 -> 0.96 ms) or the ops' engine bookkeeping (scopes, tensor
 * tracking, gradient tape: a third of the time that was left, most of it per op and not per glyph).
 * Kernels are looked up and called through tfjs's public kernel registry, as custom ops do.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel, layers } from '@tensorflow/tfjs-layers';
import { INPUT_SIZE } from './normalize';

/** `count` glyphs (28x28, row after row) in, the class probabilities of each back in JS, row after row. */
export type Forward = (glyphs: Float32Array, count: number) => Float32Array;
type Info = tf.TensorInfo;
type Step = (h: Info) => Info;
/** tfjs's explicit padding, [before, after] per NHWC axis (its type is not exported). */
type Padding = [[number, number], [number, number], [number, number], [number, number]];

/** undefined when the model has a layer or activation this does not know, or the backend lacks a
 *  kernel: use model.predict then. */
export function kernelForward(model: LayersModel): Forward | undefined {
  const backend = tf.backend();
  const kernels = new Map<string, tf.KernelFunc>();
  for (const name of [tf.FusedConv2D, tf.MaxPool, tf._FusedMatMul]) {
    const kernel = tf.getKernel(name, tf.getBackend());
    if (!kernel) return undefined;
    kernels.set(name, kernel.kernelFunc);
  }
  const run = (name: string, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => kernels.get(name)!({ inputs, attrs, backend }) as Info;
  const steps: Step[] = [];
  let softmaxLast = false;
  const fused = new Set<layers.Layer>();
  for (const [i, layer] of model.layers.entries()) {
    if (fused.has(layer)) continue;
    const c = layer.getConfig();
    const [w, b] = layer.getWeights();
    const act = c.activation ?? 'linear';
    switch (layer.getClassName()) {
      case 'Conv2D': {
        if (act !== 'relu' && act !== 'linear') return undefined;
        const next = model.layers[i + 1];
        const strided = subsampledPadding(layer, next);
        if (strided) fused.add(next);
        const pad = strided?.padding ?? croppedPadding(layer, next) ?? (c.padding as 'same' | 'valid');
        const strides = strided?.strides ?? (c.strides as [number, number]);
        const attrs = { strides, pad, dataFormat: 'NHWC', dilations: [1, 1], activation: act } as unknown as tf.NamedAttrMap;
        steps.push((x) => run(tf.FusedConv2D, { x, filter: w, bias: b }, attrs));
        break;
      }
      case 'MaxPooling2D': {
        const attrs = { filterSize: c.poolSize as [number, number], strides: c.strides as [number, number], pad: c.padding as 'same' | 'valid' } as unknown as tf.NamedAttrMap;
        steps.push((x) => run(tf.MaxPool, { x }, attrs));
        break;
      }
      case 'Flatten':
        // A reshape is only a new shape on the same data.
        steps.push((x) => ({ ...x, shape: [x.shape[0], x.shape.slice(1).reduce((n, d) => n * d, 1)] }));
        break;
      case 'Dense': {
        if (act !== 'relu' && act !== 'linear' && act !== 'softmax') return undefined;
        // A softmax anywhere but last would need its own kernel; last, it runs in JS on a few dozen
        // numbers, cheaper than a kernel call.
        if (act === 'softmax' && i !== model.layers.length - 1) return undefined;
        softmaxLast = act === 'softmax';
        const attrs = { transposeA: false, transposeB: false, activation: act === 'softmax' ? 'linear' : act } as unknown as tf.NamedAttrMap;
        // The matmul kernel takes batches of matrices: one batch, as tf.fused.matMul reshapes them.
        const weights = { ...(w as Info), shape: [1, ...w.shape] };
        steps.push((x) => {
          const out = run(tf._FusedMatMul, { a: { ...x, shape: [1, ...x.shape] }, b: weights, bias: b }, attrs);
          return { ...out, shape: out.shape.slice(1) };
        });
        break;
      }
      case 'Dropout':
        break;
      default:
        return undefined;
    }
  }
  return (glyphs, count) => {
    let h: Info = { dataId: backend.write(glyphs, [count, INPUT_SIZE, INPUT_SIZE, 1], 'float32'), shape: [count, INPUT_SIZE, INPUT_SIZE, 1], dtype: 'float32' };
    try {
      for (const step of steps) {
        const next = step(h);
        if (next.dataId !== h.dataId) backend.disposeData(h.dataId);
        h = next;
      }
      const out = backend.readSync(h.dataId) as Float32Array;
      if (softmaxLast) softmaxRows(out, h.shape[1] ?? 1);
      return out;
    } finally {
      backend.disposeData(h.dataId);
    }
  };
}

/**
 * A 'same' convolution read at every other pixel by a 1x1 pooling (how training gets a stride-2 first
 * layer, model.ts) is a stride-2 convolution with the same padding before: it computes only the outputs
 * kept, a quarter of them.
 */
function subsampledPadding(conv: layers.Layer, next: layers.Layer | undefined): { padding: Padding; strides: [number, number] } | undefined {
  const c = conv.getConfig();
  if (c.padding !== 'same' || (c.strides as number[]).some((s) => s !== 1) || next?.getClassName() !== 'MaxPooling2D') return undefined;
  const p = next.getConfig();
  const [poolH, poolW] = p.poolSize as number[];
  const [sh, sw] = p.strides as number[];
  if (poolH !== 1 || poolW !== 1 || p.padding !== 'valid') return undefined;
  const [, height, width] = conv.outputShape as number[];
  const [kh, kw] = c.kernelSize as number[];
  const axis = (size: number, stride: number, k: number): [number, number] => {
    const before = Math.floor((k - 1) / 2);
    const kept = Math.floor((size - 1) / stride) + 1;
    return [before, Math.max(0, stride * (kept - 1) - before + k - size)];
  };
  return { padding: [[0, 0], axis(height, sh, kh), axis(width, sw, kw), [0, 0]], strides: [sh, sw] };
}

/**
 * A 'same' convolution followed by a pooling that drops its last rows and columns (7x7 pooled by 2 uses
 * 6x6) need not compute them: explicit padding with less after gives just the outputs the pooling reads.
 * A quarter of the third convolution's work in the 16/24/48 model.
 */
function croppedPadding(conv: layers.Layer, next: layers.Layer | undefined): Padding | undefined {
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

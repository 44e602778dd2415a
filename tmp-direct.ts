import * as tf from '@tensorflow/tfjs';
import { initTf } from './src/engine/tf-setup';
import { modelFromDir } from './src/cli/model-files';
await initTf();
const model = await tf.loadLayersModel(modelFromDir());
const w = model.getWeights();
const [k1, b1, k2, b2, k3, b3, d1, db1, d2, db2] = w as tf.Tensor[];
function direct(x: tf.Tensor4D) {
  return tf.tidy(() => {
    let h = tf.fused.conv2d({ x, filter: k1 as tf.Tensor4D, strides: 1, pad: 'same', bias: b1, activation: 'relu' });
    h = tf.maxPool(h, 2, 2, 'valid');
    h = tf.fused.conv2d({ x: h, filter: k2 as tf.Tensor4D, strides: 1, pad: 'same', bias: b2, activation: 'relu' });
    h = tf.maxPool(h, 2, 2, 'valid');
    h = tf.fused.conv2d({ x: h, filter: k3 as tf.Tensor4D, strides: 1, pad: 'same', bias: b3, activation: 'relu' });
    h = tf.maxPool(h, 2, 2, 'valid');
    const f = h.reshape([x.shape[0], -1]) as tf.Tensor2D;
    const z = tf.fused.matMul({ a: f, b: d1 as tf.Tensor2D, bias: db1, activation: 'relu' });
    return tf.softmax(tf.fused.matMul({ a: z, b: d2 as tf.Tensor2D, bias: db2 }));
  });
}
const data = new Float32Array(5 * 784).map(() => Math.random());
const bench = (f: () => void) => { for (let i = 0; i < 50; i++) f(); const ts: number[] = []; for (let i = 0; i < 300; i++) { const t = performance.now(); f(); ts.push(performance.now() - t); } ts.sort((a, b) => a - b); return ts[150].toFixed(3); };
const viaLayers = () => { const y = tf.tidy(() => model.predict(tf.tensor4d(data, [5, 28, 28, 1])) as tf.Tensor); y.dataSync(); y.dispose(); };
const viaOps = () => { const x = tf.tensor4d(data, [5, 28, 28, 1]); const y = direct(x); y.dataSync(); y.dispose(); x.dispose(); };
const a = tf.tidy(() => model.predict(tf.tensor4d(data, [5, 28, 28, 1])) as tf.Tensor).dataSync();
const x = tf.tensor4d(data, [5, 28, 28, 1]); const b = direct(x).dataSync();
console.log('max diff', Math.max(...a.map((v, i) => Math.abs(v - b[i]))));
console.log('layers', bench(viaLayers), 'ops', bench(viaOps));
process.exit(0);

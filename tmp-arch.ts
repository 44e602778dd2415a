import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerConvGradient } from './src/training/conv-filter-gradient';
import { registerPoolGradient } from './src/training/pool-gradient';
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
await tf.setBackend('wasm'); await tf.ready();
registerConvGradient(); registerPoolGradient();
function build(blocks: number[][], dense: number) {
  const m = tf.sequential(); let first = true;
  for (const b of blocks) { for (const [i, f] of b.entries()) { m.add(tf.layers.conv2d({ ...(first ? { inputShape: [28,28,1] } : {}), filters: f, kernelSize: first ? 5 : 3, padding: 'same', activation: 'relu' })); first = false; } m.add(tf.layers.maxPooling2d({ poolSize: 2 })); }
  m.add(tf.layers.flatten()); m.add(tf.layers.dense({ units: dense, activation: 'relu' })); m.add(tf.layers.dropout({ rate: 0.25 })); m.add(tf.layers.dense({ units: 11, activation: 'softmax' }));
  return m;
}
const arches: Record<string, [number[][], number]> = {
  A: [[[16],[32],[64]], 128],
  B: [[[32],[64],[128]], 128],
  C: [[[16],[32,32],[64,64]], 128],
  D: [[[24],[48],[96]], 192],
  E: [[[16,16],[32,32],[64]], 128],
};
const xs = tf.randomUniform([128,28,28,1]); const ys = tf.oneHot(tf.randomUniform([128],0,11,'int32') as tf.Tensor1D, 11);
const x5 = tf.randomUniform([5,28,28,1]);
for (const [name, [blocks, dense]] of Object.entries(arches)) {
  const m = build(blocks, dense);
  m.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  for (let i=0;i<3;i++) await m.trainOnBatch(xs, ys);
  let t0 = performance.now(); for (let i=0;i<10;i++) await m.trainOnBatch(xs, ys); const tr = (performance.now()-t0)/10;
  for (let i=0;i<20;i++) (m.predict(x5) as tf.Tensor).dataSync();
  t0 = performance.now(); for (let i=0;i<200;i++) { const p = m.predict(x5) as tf.Tensor; p.dataSync(); p.dispose(); } const pr = (performance.now()-t0)/200;
  console.log(name, 'params', m.countParams(), 'train ms/batch', tr.toFixed(0), 'predict5 ms', pr.toFixed(2));
}
process.exit(0);

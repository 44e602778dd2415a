import * as tf from '@tensorflow/tfjs';
import { initTf } from './src/engine/tf-setup.ts';
import { modelFromDir } from './src/cli/model-files.ts';
import { installedFonts, familyOf } from './src/training/fonts.ts';
import { pieceInput, renderInk, printedNegative, randomStyle } from './src/training/glyphs.ts';
import { EVAL_SIZES } from './src/training/evaluate.ts';
import { makeRng } from './src/training/random.ts';
import { loadMnist } from './src/training/mnist.ts';
await initTf();
const model = await tf.loadLayersModel(modelFromDir(process.argv[2]));
const faces = installedFonts().filter(f => f.heldOut);
const rng = makeRng('held-out');
const rows: { size: number; d: number; fam: string; p: Float32Array }[] = [];
const inputs: Float32Array[] = [];
for (const face of faces) for (const size of EVAL_SIZES) for (let d = 0; d < 10; d++) {
  const x = pieceInput(renderInk(String(d), { size, face, hardEdged: false }, rng), size); if (!x) continue;
  inputs.push(x); rows.push({ size, d, fam: familyOf(face.file), p: new Float32Array(11) });
}
const pred = (xs: Float32Array[]) => { const flat = new Float32Array(xs.length * 784); xs.forEach((x, i) => flat.set(x, i * 784)); const y = model.predict(tf.tensor4d(flat, [xs.length, 28, 28, 1])) as tf.Tensor; const d = y.dataSync(); return xs.map((_, i) => d.slice(i * 11, i * 11 + 11)); };
const P = pred(inputs); rows.forEach((r, i) => (r.p = P[i] as Float32Array));
const negs: Float32Array[] = []; const nr = makeRng('negs');
while (negs.length < 3000) { const x = printedNegative(nr, randomStyle(nr, faces)); if (x) negs.push(x); }
const PN = pred(negs);
const mn = loadMnist('test'); const mx: Float32Array[] = []; for (let i = 0; i < 10000; i++) mx.push(mn.images.slice(i * 784, i * 784 + 784));
const PM = pred(mx);
const decide = (p: Float32Array, t: number) => { let b = 0; for (let c = 1; c < 10; c++) if (p[c] > p[b]) b = c; const dsum = p.slice(0, 10).reduce((a, v) => a + v, 0); return p[10] > t && p[10] > dsum * 0 + p[b] ? 10 : b; };
for (const t of [0, 0.5, 0.8, 0.9, 0.95, 0.99]) {
  const pr = rows.filter(r => decide(r.p, t) === r.d).length / rows.length;
  const ng = PN.filter(p => decide(p as Float32Array, t) === 10).length / PN.length;
  const mm = PM.filter((p, i) => decide(p as Float32Array, t) === mn.labels[i]).length / 10000;
  console.log(`NaD threshold ${t}: printed ${(pr*100).toFixed(2)}  negatives rejected ${(ng*100).toFixed(2)}  mnist ${(mm*100).toFixed(2)}`);
}
const bySize: Record<number, [number, number]> = {}; const byFam: Record<string, [number, number]> = {};
for (const r of rows) { const ok = decide(r.p, 0) === r.d ? 1 : 0; (bySize[r.size] ??= [0, 0])[0] += ok; bySize[r.size][1]++; (byFam[r.fam] ??= [0, 0])[0] += ok; byFam[r.fam][1]++; }
console.log('by size', Object.entries(bySize).map(([k, [a, n]]) => `${k}:${(100 * a / n).toFixed(1)}`).join(' '));
console.log('by family', Object.entries(byFam).map(([k, [a, n]]) => `${k}:${(100 * a / n).toFixed(1)}`).join(' '));

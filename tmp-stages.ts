import { readdirSync, readFileSync } from 'node:fs';
import { decodeBytes } from './src/cli/decode';
import { modelFromDir } from './src/cli/model-files';
import { createReader } from './src/engine/read';
import { inkPlane } from './src/engine/ink';
import { segment } from './src/engine/pieces';
import { glyphInput } from './src/engine/glyph-input';
import { Classifier } from './src/engine/classifier';
const dir = '/tmp/devset';
const files = readdirSync(dir).filter((f) => f.includes(process.argv[2] ?? 'printed'));
const reader = await createReader({ model: modelFromDir() });
const clf = await Classifier.load(modelFromDir());
const imgs = await Promise.all(files.map(async (f) => decodeBytes(readFileSync(`${dir}/${f}`))));
const t = { total: [] as number[], ink: [] as number[], seg: [] as number[], norm: [] as number[], model: [] as number[] };
for (let rep = 0; rep < 3; rep++) for (const img of imgs) {
  let t0 = performance.now(); reader.read(img, { digits: 5 }); t.total.push(performance.now() - t0);
  t0 = performance.now(); const ink = inkPlane(img); t.ink.push(performance.now() - t0);
  t0 = performance.now(); const seg = segment(ink.plane); t.seg.push(performance.now() - t0);
  t0 = performance.now(); const inputs = seg.pieces.map((p) => glyphInput(seg.ink, seg.labels, p.ids, p.box)); t.norm.push(performance.now() - t0);
  t0 = performance.now(); clf.predict(inputs); t.model.push(performance.now() - t0);
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(2);
console.log(Object.entries(t).map(([k, v]) => `${k} ${med(v)}`).join('  '));
process.exit(0);

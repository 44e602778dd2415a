/**
 * The handwriting benchmark: photographed strips of MNIST digits and numbers in handwriting fonts
 * (handwriting-set.ts), read by ours and by tesseract.js, with the strips whose digits touch counted apart.
 * `--set test` (the default) is the reported set and writes its section of docs/benchmarks.md; `--set dev`
 * is the one to tune on and only prints.
 * Usage: tsx scripts/bench/handwriting.ts [--set dev|test] [--strips N] [--fonts N] [--save DIR] [--misses] [--model DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { createReader } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { webFonts } from '../../src/training/web-fonts';
import { fontSet, stripSet } from './handwriting-set';
import { fastest, RUNS, score } from './metrics';
import { machine, writeSection } from './report';
import { pickNumber, tesseractReader } from './tesseract-reader';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'test' },
    strips: { type: 'string', default: '500' },
    fonts: { type: 'string', default: '400' },
    save: { type: 'string' },
    misses: { type: 'boolean', default: false },
    model: { type: 'string' },
  },
});
const set = values.set === 'dev' ? 'dev' : 'test';
const WARM_UP = 60;

async function main() {
  const samples = [...stripSet(Number(values.strips), set), ...fontSet(Number(values.fonts), set)];
  if (values.save) {
    mkdirSync(values.save, { recursive: true });
    for (const s of samples) writeFileSync(join(values.save, `${s.truth}-${s.name}`), s.bytes);
  }
  const reader = await createReader({ model: modelFromDir(values.model) });
  const tess = await tesseractReader();
  for (const s of samples.slice(0, WARM_UP)) {
    reader.read(await decodeBytes(s.bytes), { digits: 5 });
    await tess.read(s.bytes);
  }
  type Row = { truth: string; read: string | null; ms: number };
  const groups = new Map<string, { ours: Row[]; peer: Row[] }>();
  const misses: string[] = [];
  const bar = new SingleBar({ format: `${set} handwriting [{bar}] {value}/{total} | ETA {eta_formatted}` });
  bar.start(samples.length, 0);
  for (const s of samples) {
    const mine = await fastest(async () => reader.read(await decodeBytes(s.bytes), { digits: 5 }).number);
    const theirs = await fastest(async () => pickNumber(await tess.read(s.bytes)));
    for (const key of [s.kind, ...(s.touching ? [`${s.kind}, touching`] : [])]) {
      const g = groups.get(key) ?? { ours: [], peer: [] };
      g.ours.push({ truth: s.truth, ...mine });
      g.peer.push({ truth: s.truth, ...theirs });
      groups.set(key, g);
    }
    if (mine.read !== s.truth) misses.push(`${s.truth}-${s.name}${s.touching ? ' (touching)' : ''}: read ${mine.read}`);
    bar.increment();
  }
  bar.stop();
  await tess.close();
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const lines = ['strips', 'strips, touching', 'fonts', 'fonts, touching'].flatMap((k) => {
    const g = groups.get(k);
    if (!g) return [];
    const [o, p] = [score(g.ours), score(g.peer)];
    return [
      `| ${k} | ${o.count} | **${pct(o.exact)}** | ${pct(o.perDigit)} | ${pct(p.exact)} | ${o.medianMs.toFixed(1)} | ${p.medianMs.toFixed(1)} | ${(p.medianMs / o.medianMs).toFixed(1)} |`,
    ];
  });
  const table = [
    '| set | images | Digit Reader exact | per digit | tesseract.js exact | ours ms | tesseract ms | times faster |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
  console.log(table);
  if (values.misses) console.log(misses.join('\n'));
  if (set !== 'test') return;
  const families = webFonts('test', 'hand').map((f) => f.family);
  writeSection(
    'handwriting',
    `## Handwriting (\`tsx scripts/bench/handwriting.ts\`, part of \`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}. The **test** sets, never trained or tuned on (the dev sets, made the
same way from other sources, are the ones tuned on):
- strips: five MNIST *test* digits photographed on paper (tinted, unevenly lit, a third ruled or squared; pens to markers; slant, a
  slight turn, sometimes a shadow, blur or ink bleeding; half JPEG); one strip in five with digits that touch or overlap (up to
  0.3 of the digit height, sometimes two pairs). The dev strips take MNIST's held-out training digits instead.
- fonts: five-digit numbers in the ${families.length} held-out handwriting families (${families.join(', ')}), 16–64 px, on paper or a page
  background, a fifth drawn with the digits touching. The dev set uses other families.

Both readers get the same encoded bytes, each image read ${RUNS} times and the fastest kept; medians over images.

${table}

Misses of ours (${misses.length}):
${
  misses
    .slice(0, 20)
    .map((m) => `- ${m}`)
    .join('\n') || '- none'
}
`,
  );
}

await main();

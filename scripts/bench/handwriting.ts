/**
 * The handwriting benchmark: photographed strips of MNIST digits and numbers in handwriting fonts
 * (handwriting-set.ts), read by ours and by tesseract.js, with the strips whose digits touch counted apart.
 * `--set test` (the default) is the reported set and writes its section of docs/benchmarks.md; `--set dev`
 * is the one to tune on and only prints.
 * Usage: tsx scripts/bench/handwriting.ts [--set dev|test] [--strips N] [--fonts N] [--save DIR] [--misses] [--model DIR]
 */
import { parseArgs } from 'node:util';
import { webFonts } from '../../src/training/web-fonts';
import { compareReaders, missList, saveSamples } from './compare';
import { fontSet, stripSet } from './handwriting-set';
import { RUNS, score } from './metrics';
import { machine, writeSection } from './report';

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

async function main() {
  const samples = [...stripSet(Number(values.strips), set), ...fontSet(Number(values.fonts), set)];
  saveSamples(samples, values.save);
  const { groups, misses } = await compareReaders(samples, {
    label: `${set} handwriting`,
    model: values.model,
    groupsOf: (s) => [s.kind, ...(s.touching ? [`${s.kind}, touching`] : [])],
    missNote: (s) => (s.touching ? ' (touching)' : ''),
  });
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
${missList(misses)}
`,
  );
}

await main();

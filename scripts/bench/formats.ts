/**
 * The formatted-number benchmark (format-set.ts): each image read in the page's language as the extension
 * reads it, every number expected as written; a single number scored on the chosen number's `text`, a
 * column or table on the whole list (numbersAsTable: every row and column exactly right). `--set test` (the
 * default) is the reported set and writes its section of docs/benchmarks.md; `--set dev` is the one to tune on.
 * `--seed` makes another set of the same families (a second dev set: `--set dev --count 1500 --seed formats-dev-2`).
 * Usage: tsx scripts/bench/formats.ts [--set dev|test] [--count N] [--seed S] [--save DIR] [--misses]
 */
import { parseArgs } from 'node:util';
import { createReader, numbersAsTable } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { saveSamples } from './compare';
import { formatSet } from './format-set';
import { fastest, RUNS } from './metrics';
import { machine, writeSection } from './report';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'test' },
    count: { type: 'string', default: '500' },
    seed: { type: 'string' },
    save: { type: 'string' },
    misses: { type: 'boolean', default: false },
  },
});
const set = values.set === 'dev' ? 'dev' : 'test';

console.log(`making the ${set} formatted-number set in Chromium…`);
const samples = await formatSet(Number(values.count), set, values.seed);
saveSamples(samples, values.save);
const reader = await createReader({ model: modelFromDir() });
const rows: { kind: string; ok: boolean; ms: number }[] = [];
const misses: string[] = [];
for (const s of samples) {
  const image = await decodeBytes(s.bytes);
  const list = s.rows.length > 1 || s.rows[0].length > 1;
  const { read, ms } = await fastest(async () => {
    const reading = reader.read(image, { digits: 'any' }, s.locale);
    return list ? numbersAsTable(reading.numbers, 'text') : reading.text;
  });
  const ok = read === s.truth;
  rows.push({ kind: s.kind, ok, ms });
  if (!ok) misses.push(`- ${s.name}: ${JSON.stringify(s.truth)} read as ${JSON.stringify(read)}`);
}
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const line = (k: string, of: typeof rows) =>
  `| ${k} | ${of.length} | **${((100 * of.filter((r) => r.ok).length) / of.length).toFixed(1)}%** | ${median(of.map((r) => r.ms)).toFixed(1)} |`;
const singles = rows.filter((r) => r.kind !== 'column' && r.kind !== 'table');
const lists = rows.filter((r) => r.kind === 'column' || r.kind === 'table');
const table = [
  '| kind | images | exactly right | ms (median) |',
  '|---|---|---|---|',
  ...kinds.map((k) =>
    line(
      k,
      rows.filter((r) => r.kind === k),
    ),
  ),
  line('**single numbers (text)**', singles),
  line('**columns and tables (whole list)**', lists),
].join('\n');
console.log(table);
if (values.misses) console.log(misses.join('\n'));
if (set === 'test' && !values.seed) {
  writeSection(
    'formats',
    `## Formatted numbers (\`tsx scripts/bench/formats.ts\`, part of \`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}. The **test** set: ${samples.length} images rendered by Chromium in the
${new Set(samples.map((s) => s.family)).size} held-out web font families (never trained on; the formats were tuned on the dev set's families only):
prices, amounts, decimals, negative amounts and percentages as Intl writes them in de-DE, en-US, fr-FR and de-CH; phone numbers;
IDs with leading zeros; columns of 3–10 amounts and tables of 2–4 rows; DPR 1, 1.5 and 2; light and dark; some JPEG. Each read with
\`digits: any\` in the page's language, ${RUNS} times, the fastest kept. A single number counts when the chosen number's \`text\` is
exactly as written (currency signs and words left out); a column or table when every number of it is, in its row and column.

${table}

Misses (${misses.length}):
${misses.slice(0, 25).join('\n')}
`,
  );
}

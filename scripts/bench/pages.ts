/**
 * The page-context benchmark: numbers on buttons, in fields, pills, tables… (page-set.ts), read by ours and by
 * tesseract.js, scored per context. `--set test` (the default) is the reported set and writes its section of
 * docs/benchmarks.md; `--set dev` is the one to tune on and only prints.
 * Usage: tsx scripts/bench/pages.ts [--set dev|test] [--count N] [--save DIR] [--misses]
 */
import { parseArgs } from 'node:util';
import { decodeBytes } from '../../src/node/decode';
import { compareReaders, missList, saveSamples } from './compare';
import { fastest, RUNS, type Score, score } from './metrics';
import { CONTEXT_NAMES, DEV_CONTEXTS, pageSet, viewportSet } from './page-set';
import { machine, writeSection } from './report';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'test' },
    count: { type: 'string', default: '600' },
    save: { type: 'string' },
    misses: { type: 'boolean', default: false },
    model: { type: 'string' },
  },
});
const set = values.set === 'dev' ? 'dev' : 'test';

async function main() {
  console.log(`making the ${set} page-context set in Chromium…`);
  const samples = await pageSet(Number(values.count), set);
  saveSamples(samples, values.save);
  const { groups, misses, reader } = await compareReaders(samples, { label: `${set} pages`, model: values.model, groupsOf: (s) => [s.context, 'all'] });
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const keys = [...CONTEXT_NAMES.filter((c) => groups.has(c)), 'all'];
  const rows = keys.map((k) => ({ k, o: score(groups.get(k)!.ours), p: score(groups.get(k)!.peer) }));
  const line = ({ k, o, p }: { k: string; o: Score; p: Score }) =>
    `| ${k === 'all' ? '**all**' : k}${DEV_CONTEXTS.includes(k) || k === 'all' ? '' : ' (held out)'} | ${o.count} | **${pct(o.exact)}** | ${pct(p.exact)} | ${o.medianMs.toFixed(1)} | ${p.medianMs.toFixed(1)} | ${(p.medianMs / o.medianMs).toFixed(1)} |`;
  const table = ['| context | images | Digit Reader exact | tesseract.js exact | ours ms | tesseract ms | times faster |', '|---|---|---|---|---|---|---|', ...rows.map(line)].join(
    '\n',
  );
  console.log(table);
  if (values.misses) console.log(misses.join('\n'));
  if (set !== 'test') return;
  // Whole viewports: the engine's time (decoded pixels in, reading out) and the process's peak memory.
  const viewports = await viewportSet();
  const viewportRows: string[] = [];
  for (const v of viewports) {
    const image = await decodeBytes(v.bytes);
    const { read, ms } = await fastest(async () => reader.read(image, { digits: 5 }).number);
    viewportRows.push(`| ${v.context} | ${image.width}x${image.height} | ${v.truth} | ${read} | ${ms.toFixed(0)} |`);
  }
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const viewportTable = ['| viewport | pixels | number | read | engine ms (fastest of 3) |', '|---|---|---|---|---|', ...viewportRows].join('\n');
  console.log(viewportTable);
  writeSection(
    'pages',
    `## Page contexts (\`tsx scripts/bench/pages.ts\`, part of \`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}. The **test** set: ${samples.length} five-digit numbers rendered by
Chromium in the ${new Set(samples.map((s) => s.family)).size} held-out web font families (never trained on, never tuned on), in every context, including
those marked held out, which the dev set does not have; light, dark and low-contrast themes; DPR 1, 1.25, 1.5 and 2; a fifth
JPEG; each crop a generous drag around the container. Both readers get the same encoded bytes, each image read ${RUNS} times and the
fastest kept; medians over images.

${table}

Whole 1920x1080 viewports (held-out families; peak memory of the whole benchmark process, tesseract.js's worker included: ${peakMb} MB):

${viewportTable}

Misses of ours (${misses.length}):
${missList(misses)}
`,
  );
}

await main();

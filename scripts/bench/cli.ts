/**
 * npm run bench:cli: how fast the command-line tool starts, as a person at a shell meets it: `--help`, and
 * one small image from the command to its printed number, each a fresh process; beside it the same image
 * read by tesseract.js from a fresh process (its worker, language data and one recognition).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, writeSection } from './report';

const RUNS = 7;
const SAMPLE = 'assets/samples/thin-space-dark.webp';

/** Median wall time of a fresh process, after one untimed run (the file cache warm, as on a second try). */
function median(cmd: string, args: string[]): { ms: number; out: string } {
  let out = execFileSync(cmd, args, { encoding: 'utf8' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    out = execFileSync(cmd, args, { encoding: 'utf8' });
    times.push(performance.now() - t);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], out: out.trim() };
}

// Plain JavaScript in the project folder (so it finds tesseract.js), set up as tesseract-reader.ts does.
const tesseractScript = join(process.cwd(), 'out', 'bench-tesseract-start.mjs');
mkdirSync('out', { recursive: true });
writeFileSync(
  tesseractScript,
  `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM } from 'tesseract.js';
const langPath = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
await worker.setParameters({ tessedit_char_whitelist: '0123456789 ', tessedit_pageseg_mode: PSM.SINGLE_LINE });
console.log((await worker.recognize(readFileSync('${SAMPLE}'))).data.text.trim());
await worker.terminate();
`,
);
const help = median('node', ['bin/digit-reader.js', '--help']);
const one = median('node', ['bin/digit-reader.js', 'read', SAMPLE]);
const tess = median('node', [tesseractScript]);
const row = (what: string, r: { ms: number; out: string }) => `| ${what} | **${(r.ms / 1000).toFixed(2)}** | ${r.out.split('\n')[0].slice(0, 40)} |`;
writeSection(
  'cli',
  `## Command line (\`npm run bench:cli\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}. Each a fresh process, the median of ${RUNS} runs after one untimed
(targets: \`--help\` ≤ 0.2 s, one small image ≤ 0.8 s). The image is \`${SAMPLE}\`.

| command | seconds | printed |
|---|---|---|
${row('`digit-reader --help`', help)}
${row('`digit-reader read` one small image', one)}
${row('tesseract.js 7: worker, language data, one recognition', tess)}
`,
);
console.log({ help: help.ms, one: one.ms, tesseract: tess.ms });

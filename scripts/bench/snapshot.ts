/**
 * Whether a change reads the dev sets exactly as before: every dev image (page contexts, printed and
 * handwritten tuning, handwriting strips and fonts, formats, the dev viewports) read once, each
 * reading kept whole (number, text, every number's box and place, every digit's confidence). The sets are
 * made once and kept in the cache directory; `--against` compares with an earlier snapshot and lists what
 * changed. Dev and tuning sets only: nothing here is reported, so nothing here may be the test set.
 * Usage: tsx scripts/bench/snapshot.ts OUT.json [--against BASE.json] [--cache DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createReader, numbersAsTable, type Reading } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { formatSet } from './format-set';
import { fontSet, stripSet } from './handwriting-set';
import { handwrittenSet } from './handwritten-set';
import { pageSet, viewportSet } from './page-set';
import { printedSet, type Sample } from './printed-set';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: 'string' }, cache: { type: 'string', default: 'out/snapshot-sets' } },
});
const out = positionals[0];
if (!out) throw new Error('usage: tsx scripts/bench/snapshot.ts OUT.json [--against BASE.json]');

type Kept = { name: string; bytes: Buffer; truth: string; locale?: string; formats: boolean };
const sets: Record<string, () => Promise<(Sample & { locale?: string })[]>> = {
  pages: () => pageSet(600, 'dev'),
  printed: () => printedSet(500, 'printed2'),
  handwritten: async () => handwrittenSet(500, 'handwritten2'),
  strips: async () => stripSet(500, 'dev'),
  'hand-fonts': async () => fontSet(400, 'dev'),
  formats: () => formatSet(500, 'dev'),
  'dev-viewports': () => viewportSet('dev'),
};

async function load(set: string): Promise<Kept[]> {
  const dir = join(values.cache, set);
  if (!existsSync(dir)) {
    const made = await sets[set]();
    mkdirSync(dir, { recursive: true });
    const truths: Record<string, { truth: string; locale?: string }> = {};
    made.forEach((s, i) => {
      const name = `${String(i).padStart(4, '0')}-${s.name}`;
      writeFileSync(join(dir, name), s.bytes);
      truths[name] = { truth: s.truth, locale: s.locale };
    });
    writeFileSync(join(dir, 'truths.json'), JSON.stringify(truths));
  }
  const truths = JSON.parse(readFileSync(join(dir, 'truths.json'), 'utf8')) as Record<string, { truth: string; locale?: string }>;
  return Object.keys(truths)
    .sort()
    .map((name) => ({ name: `${set}/${name}`, bytes: readFileSync(join(dir, name)), ...truths[name], formats: set === 'formats' }));
}

/** What the set's benchmark scores: the number, or for formats the text as written (a list as its table). */
function scored(k: Kept, r: Reading): string | null {
  if (!k.formats) return r.number;
  return k.truth.includes('\t') || k.truth.includes('\n') ? numbersAsTable(r.numbers, 'text') : r.text;
}

/** The reading without its timings and images: what must not change. */
function kept(r: Reading): unknown {
  return JSON.parse(JSON.stringify({ number: r.number, text: r.text, value: r.value, numbers: r.numbers, digits: r.digits, notes: r.notes }));
}

const reader = await createReader({ model: modelFromDir() });
const snapshot: Record<string, unknown> = {};
for (const set of Object.keys(sets)) {
  const images = await load(set);
  let exact = 0;
  for (const k of images) {
    const reading = reader.read(await decodeBytes(k.bytes), { digits: k.formats ? 'any' : 5 }, k.locale);
    snapshot[k.name] = kept(reading);
    if (scored(k, reading) === k.truth) exact++;
  }
  console.log(`${set}: ${exact} of ${images.length} exactly right`);
}
writeFileSync(out, JSON.stringify(snapshot));

if (values.against) {
  const base = JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, unknown>;
  const differ = Object.keys(snapshot).filter((k) => JSON.stringify(snapshot[k]) !== JSON.stringify(base[k]));
  for (const k of differ.slice(0, 40)) {
    const [a, b] = [base[k], snapshot[k]] as { number?: string; text?: string }[];
    console.log(`${k}: ${a?.number ?? '-'} "${a?.text ?? ''}" -> ${b?.number ?? '-'} "${b?.text ?? ''}"`);
  }
  console.log(`${differ.length} of ${Object.keys(snapshot).length} readings differ`);
}

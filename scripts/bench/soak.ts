/**
 * The soak (part of npm run bench): 2,000 reads of mixed images in one process, printed, handwritten,
 * page contexts and photographed handwriting in turn, the same images round after round. Memory (RSS and
 * the wasm heap) and tensor counts must level off, and every answer must be the one it gave the first time.
 * Usage: tsx scripts/bench/soak.ts [--reads N]
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { createReader, type RgbaImage } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { machine, writeSection } from './report';
import { EACH, soakSamples } from './soak-set';

const { values } = parseArgs({ options: { reads: { type: 'string', default: '2000' } } });
const READS = Number(values.reads);

async function main() {
  const images: RgbaImage[] = [];
  for (const s of await soakSamples()) images.push(await decodeBytes(s.bytes));
  const reader = await createReader({ model: modelFromDir() });
  const first: (string | null)[] = [];
  const samples: { reads: number; rssMb: number; heapMb: number; tensors: number }[] = [];
  let changed = 0;
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  // The wasm backend's linear memory: it grows and never shrinks, so a leak there shows as growth.
  const wasmHeap = () => (tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm?.HEAPU8?.length ?? 0;
  const started = performance.now();
  for (let n = 0; n < READS; n++) {
    const k = n % images.length;
    const number = reader.read(images[k], { digits: 5 }).number;
    if (n < images.length) first.push(number);
    else if (number !== first[k]) changed++;
    if ((n + 1) % images.length === 0) samples.push({ reads: n + 1, rssMb: mb(process.memoryUsage().rss), heapMb: mb(wasmHeap()), tensors: tf.memory().numTensors });
  }
  const seconds = (performance.now() - started) / 1000;
  const table = ['| reads | RSS MB | wasm heap MB | tensors |', '|---|---|---|---|', ...samples.map((s) => `| ${s.reads} | ${s.rssMb} | ${s.heapMb} | ${s.tensors} |`)].join('\n');
  console.log(table);
  console.log(`answers that changed from the first round: ${changed}; ${seconds.toFixed(0)} s`);
  writeSection(
    'soak',
    `## Soak (\`tsx scripts/bench/soak.ts\`, part of \`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}: ${READS} reads in one Node process, ${images.length} different images (printed,
handwritten strips, page contexts and photographed strips, ${EACH} of each, from dev-set seeds) read in turn, round after round, in ${seconds.toFixed(0)} s.
Memory and tensors after each round:

${table}

Answers that differed from the same image's first reading: **${changed}**.
`,
  );
  if (changed > 0) process.exitCode = 1;
}

await main();

/** Reads a folder saved by `bench:engine --save DIR` (files named TRUTH-NAME) and lists what our reader missed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { createReader } from '../../src/engine';

const dir = process.argv[2] ?? 'out/bench';
const reader = await createReader({ model: modelFromDir(process.argv[3]) });
let ok = 0;
const files = readdirSync(dir).sort();
for (const f of files) {
  const truth = f.split('-')[0];
  const reading = reader.read(await decodeBytes(readFileSync(join(dir, f))));
  if (reading.number === truth) ok++;
  else console.log(`${f}: read ${reading.number} [${reading.groups.map((g) => g.number).join(' ')}] ${reading.notes.join('; ')}`);
}
console.log(`${ok}/${files.length} exact`);

import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createReader } from '../engine';
import type { ReadOptions } from '../engine';
import { writeAnnotated } from './annotate';
import { decodeFile } from './decode';
import { modelFromDir } from './model-files';

export interface ReadFlags {
  json?: boolean;
  digits: string;
  confidence: string;
  annotate?: string;
  model?: string;
}

export function parseDigits(value: string): number | 'any' {
  if (value === 'any') return 'any';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 30) throw new Error(`--digits takes a whole number from 1 to 30 or "any", not "${value}"`);
  return n;
}

export async function readCommand(files: string[], flags: ReadFlags): Promise<number> {
  const options: ReadOptions = { digits: parseDigits(flags.digits), minConfidence: Number(flags.confidence) };
  if (!(options.minConfidence >= 0 && options.minConfidence <= 1)) throw new Error('--confidence takes a number from 0 to 1');
  const reader = await createReader({ model: modelFromDir(flags.model) });
  if (flags.annotate) mkdirSync(flags.annotate, { recursive: true });
  let failures = 0;
  for (const file of files) {
    try {
      const image = await decodeFile(file);
      const reading = reader.read(image, options);
      if (flags.json) {
        const digits = reading.digits.map((d) => ({ digit: d.digit, confidence: d.confidence, box: d.box, doubtful: d.doubtful, alternatives: d.alternatives }));
        console.log(JSON.stringify({ file, number: reading.number, digits, groups: reading.groups.map((g) => g.number), notes: reading.notes, ms: Math.round(reading.ms * 100) / 100 }));
      } else {
        console.log(files.length > 1 ? `${file}: ${reading.number ?? '(no digits)'}` : (reading.number ?? '(no digits)'));
        for (const note of reading.notes) console.error(`${file}: ${note}`);
      }
      if (flags.annotate) await writeAnnotated(image, reading, join(flags.annotate, `${basename(file, extname(file))}.png`));
    } catch (e) {
      failures++;
      console.error(`${file}: ${(e as Error).message}`);
    }
  }
  return failures ? 1 : 0;
}

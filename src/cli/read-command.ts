import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createReader, READ_OPTIONS, resolveWith } from '../engine';
import { writeAnnotated } from './annotate';
import { decodeFile } from './decode';
import { modelFromDir } from './model-files';

export interface ReadFlags {
  json?: boolean;
  annotate?: string;
  model?: string;
  /** the engine's options by flag name, as typed */
  [flag: string]: string | boolean | undefined;
}

export async function readCommand(files: string[], flags: ReadFlags): Promise<number> {
  // Checked before the model loads, so a typo is told at once.
  const options = resolveWith(READ_OPTIONS, Object.fromEntries(Object.entries(READ_OPTIONS).map(([key, spec]) => [key, flags[spec.flag ?? key]])));
  const reader = await createReader({ model: modelFromDir(flags.model) });
  if (flags.annotate) mkdirSync(flags.annotate, { recursive: true });
  let failures = 0;
  for (const file of files) {
    try {
      const image = await decodeFile(file);
      const reading = reader.read(image, options);
      if (flags.json) {
        const digits = reading.digits.map((d) => ({ digit: d.digit, confidence: d.confidence, box: d.box, doubtful: d.doubtful, alternatives: d.alternatives }));
        console.log(
          JSON.stringify({ file, number: reading.number, digits, groups: reading.groups.map((g) => g.number), notes: reading.notes, ms: Math.round(reading.ms * 100) / 100 }),
        );
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

/** `digit-reader read`: every input read with the library's reader, printed as it is read. */
import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import {
  collectCapped,
  createReader,
  decodeBytes,
  decodeFile,
  NUMBER_FORMS,
  type NumberForm,
  numberIn,
  numbersAsLines,
  numbersAsTable,
  READ_OPTIONS,
  type ReadOptions,
  type RgbaImage,
  resolveLocale,
  resolveWith,
} from '../node';
import { writeAnnotated } from './annotate';
import { CSV_HEADER, csvRow, type Format, jsonLine, type Result } from './formats';
import { expandInputs, type Input, UsageError } from './inputs';

export interface ReadFlags {
  json?: boolean;
  csv?: boolean;
  recursive?: boolean;
  from?: string;
  annotate?: string;
  model?: string;
  locale?: string;
  format?: string;
  all?: boolean;
  tsv?: boolean;
  /** the engine's options by flag name, as typed */
  [flag: string]: string | boolean | undefined;
}

/** @returns the exit code: 0 every input read, 1 some could not be */
export async function readCommand(args: string[], flags: ReadFlags): Promise<number> {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  const format: Format = flags.json ? 'json' : flags.csv ? 'csv' : 'text';
  if ((flags.all || flags.tsv) && format !== 'text') throw new UsageError('--all and --tsv print text: use them without --json and --csv (the JSON line has every number)');
  if (flags.all && flags.tsv) throw new UsageError('choose one of --all and --tsv');
  const form = (flags.format ?? 'digits') as NumberForm;
  if (!NUMBER_FORMS.includes(form)) throw new UsageError(`--format takes ${NUMBER_FORMS.join(', ')}, not "${flags.format}"`);
  const locale = resolveLocale(flags.locale);
  const shown: Shown = { form, layout: flags.tsv ? 'table' : flags.all ? 'lines' : 'one' };
  // Checked before the model loads, so a typo is told at once.
  const options: ReadOptions = resolveWith(READ_OPTIONS, Object.fromEntries(Object.entries(READ_OPTIONS).map(([key, spec]) => [key, flags[spec.flag ?? key]])));
  const inputs = expandInputs(args, { recursive: flags.recursive, from: flags.from });
  if (flags.annotate) {
    try {
      mkdirSync(flags.annotate, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot write annotated images to ${flags.annotate} (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  }
  const reader = await createReader({ modelDir: flags.model });
  const annotated = new Set<string>();
  // A bar only where a person watches stderr and the results go elsewhere (a file, a pipe).
  const bar =
    inputs.length > 1 && process.stderr.isTTY && !process.stdout.isTTY
      ? new SingleBar({ format: 'reading [{bar}] {value}/{total} | ETA {eta_formatted}', stream: process.stderr })
      : undefined;
  bar?.start(inputs.length, 0);
  if (format === 'csv') console.log(CSV_HEADER);
  let failures = 0;
  for (const input of inputs) {
    let result: Result;
    let image: RgbaImage | undefined;
    try {
      image = 'stdin' in input ? await decodeBytes(await collectCapped(process.stdin)) : await decodeFile(input.path);
      result = { name: input.name, reading: reader.read(image, options, locale) };
    } catch (e) {
      failures++;
      result = { name: input.name, error: (e as Error).message };
    }
    print(result, format, inputs.length > 1, shown);
    if (flags.annotate && image && 'reading' in result) {
      try {
        await writeAnnotated(image, result.reading, join(flags.annotate, uniqueName(input, annotated)));
      } catch (e) {
        failures++;
        console.error(`${input.name}: the annotated image could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
    bar?.increment();
  }
  bar?.stop();
  return failures ? 1 : 0;
}

/** What the text output shows: the chosen number, every number, or a table, each in one form. */
interface Shown {
  form: NumberForm;
  layout: 'one' | 'lines' | 'table';
}

function print(r: Result, format: Format, many: boolean, shown: Shown): void {
  if (format === 'json') console.log(jsonLine(r));
  else if (format === 'csv') console.log(csvRow(r));
  if ('error' in r) {
    console.error(`${r.name}: ${r.error}`);
    return;
  }
  if (format !== 'text') return;
  const { reading } = r;
  if (shown.layout !== 'one') {
    const block = shown.layout === 'table' ? numbersAsTable(reading.numbers, shown.form) : numbersAsLines(reading.numbers, shown.form);
    if (many) console.log(`${r.name}:`);
    if (block) console.log(block);
  } else {
    const chosen = reading.number === null ? undefined : reading.numbers.find((n) => n.digits === reading.number && n.text === reading.text);
    const number = chosen ? numberIn(chosen, shown.form) : (reading.number ?? '(no digits)');
    console.log(many ? `${r.name}: ${number}` : number);
  }
  for (const note of r.reading.notes) console.error(`${r.name}: ${note}`);
}

/** One output name per input, never one written over another: a/x.png and b/x.png give x.png and x-2.png. */
function uniqueName(input: Input, taken: Set<string>): string {
  const stem = 'path' in input ? basename(input.path, extname(input.path)) : 'stdin';
  let name = `${stem}.png`;
  for (let k = 2; taken.has(name); k++) name = `${stem}-${k}.png`;
  taken.add(name);
  return name;
}

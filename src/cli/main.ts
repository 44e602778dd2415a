/**
 * The digit-reader command: read, train, evaluate. A command's modules (and TensorFlow.js) load only when
 * it runs, so --help answers at once. Exit codes: 0 every input read, 1 some could not be, 2 a usage error.
 */
import { Command, CommanderError } from 'commander';
import { OptionError, READ_OPTIONS } from '../node';
import { UsageError } from './inputs';

// Thrown rather than exiting, so every error ends below with its exit code; subcommands inherit it.
const program = new Command('digit-reader').description('Read the digits in images, locally.').exitOverride();

const read = program
  .command('read')
  .description('print the number in each image')
  .argument('[inputs...]', 'PNG, JPEG, WebP, GIF or BMP files, folders of them, or - for an image on stdin')
  .option(
    '--json',
    'one JSON object per line: file, number, text, value, digits (digit, confidence, box), numbers (every number with its text, value, box, line, column), ms; error for a file not read',
  )
  .option('--csv', 'CSV rows: file, number, confidence, groups, notes, error')
  .option('-r, --recursive', 'read the images in folders inside the folders given too')
  .option('--from <list>', 'also read the files listed in this file, one a line (- for stdin)');
// The engine's options, with their checks, come from its schema.
for (const spec of Object.values(READ_OPTIONS)) read.option(`--${spec.flag} <value>`, spec.help, String(spec.default));
read
  .option('--locale <tag>', 'the language the numbers are written in (de, en-US, fr-CH), which decides forms such as 1.299')
  .option('--format <form>', 'print each number as its digits, its text as written, or its plain value: digits|text|value', 'digits')
  .option('--all', 'print every number in the image, one a line, in reading order')
  .option('--tsv', 'print every number as a table: tab-separated columns, a row a line')
  .option('--annotate <dir>', 'write each image with boxes and read digits drawn on it')
  .option('--model <dir>', 'model directory (default: the bundled model)')
  .action(async (inputs: string[], flags) => {
    const { readCommand } = await import('./read-command');
    process.exitCode = await readCommand(inputs, flags);
  });

program
  .command('train')
  .description('train the digit model and write it with its card')
  .option('--out <dir>', 'where to write model.json, weights.bin and README.md', 'assets/model')
  .option('--epochs <n>', 'number of epochs')
  .option('--seed <n>', 'random seed')
  .option('--filters <a,b,c>', 'filters of the three conv layers (default 16,24,48)')
  .option('--first-kernel <n>', 'kernel size of the first conv layer (default 3)')
  .option('--first-stride <1|2>', 'stride of the first conv layer, 2 in place of its pooling (default 1)')
  .option('--dense <n>', 'units of the hidden dense layer (default 256)')
  .option('--inner-padding <same|valid>', 'padding of the second and third conv layers (default same)')
  .option('--batch-norm', 'batch normalisation after each convolution')
  .option('--small', 'a quick run on a few thousand images (smoke test)')
  .action(async (opts) => (await devOnly(() => import('./train-command'))).trainCommand(opts));

program
  .command('evaluate')
  .description('accuracy on the 10,000 MNIST test images and on printed digits from held-out fonts')
  .option('--model <dir>', 'model directory (default: the bundled model)')
  .action(async (opts) => (await devOnly(() => import('./evaluate-command'))).evaluateCommand(opts));

/** Training and evaluation use packages an installed reader does not carry (MNIST, the tfjs umbrella). */
async function devOnly<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new UsageError(
      `this command needs the project's development packages (${(e as Error).message.match(/'([^']+)'/)?.[1] ?? 'missing'}): run it in a clone of the project after npm ci`,
    );
  }
}

// A reader of our output that stops early (| head -1) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof CommanderError) {
    // commander has printed its message; --help and --version end with 0.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    console.error(`digit-reader: ${(e as Error).message}`);
    process.exitCode = e instanceof OptionError || e instanceof UsageError ? 2 : 1;
  }
}

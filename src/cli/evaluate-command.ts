import * as tfl from '@tensorflow/tfjs-layers';
import { initBackend } from '../node';
import { evaluateModel, formatConfusion } from '../training/evaluate';
import { modelFromDir } from '../node/model-files';

export async function evaluateCommand(opts: { model?: string }): Promise<void> {
  await initBackend();
  const model = await tfl.loadLayersModel(modelFromDir(opts.model));
  const { mnist, printed, heldOutFamilies } = evaluateModel(model);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  console.log(`MNIST test: ${pct(mnist.accuracy)} of ${mnist.count} (called "not a digit": ${pct(mnist.rejected)})`);
  console.log('confusion (rows: truth, columns: prediction)');
  console.log(formatConfusion(mnist));
  console.log(`\nprinted digits, held-out fonts (${heldOutFamilies.join(', ')}): ${pct(printed.accuracy)} of ${printed.count}`);
  console.log(formatConfusion(printed));
}

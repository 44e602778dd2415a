import { expect, test } from 'vitest';
import { accuracy } from '../../src/training/batches';
import { loadMnist } from '../../src/training/mnist';
import { FULL_RUN, train } from '../../src/training/train';
import { ready } from './tf';

test('a tiny training run really learns', async () => {
  await ready();
  const result = await train({ ...FULL_RUN, epochs: 2, mnistLimit: 2000, printedDigits: 300, printedNegatives: 200, learningRate: 2e-3, settleEpochs: 1, quiet: true });
  const [first, second] = result.history;
  expect(second.loss).toBeLessThan(first.loss);
  // Chance is 1 in 11; a model that learned nothing sits near 10%.
  expect(accuracy(result.model, loadMnist('test', 500))).toBeGreaterThan(0.6);
  result.model.dispose();
}, 180_000);

test('reserved font families are recognised in either spelling and never among the faces rendered', async () => {
  const { isReserved } = await import('../../src/training/reserved-fonts');
  const { familyOf, installedFonts } = await import('../../src/training/fonts');
  expect(isReserved('Fira Sans')).toBe(true);
  expect(isReserved('FiraSans')).toBe(true);
  expect(isReserved('Fira Code')).toBe(false);
  expect(installedFonts().filter((f) => isReserved(familyOf(f.file)))).toEqual([]);
});

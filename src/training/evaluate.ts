/** Accuracy of a model on the MNIST test set and on printed digits from the held-out font families. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { predictSet } from './batches';
import { installedFonts } from './fonts';
import { CLASSES, pieceInput, renderInk } from './glyphs';
import { type DigitSet, loadMnist } from './mnist';
import { makeRng } from './random';

export const EVAL_SIZES = [9, 10, 11, 12, 14, 16, 20, 24, 32, 48];

export interface SetReport {
  count: number;
  accuracy: number;
  /** share of digits the model called "not a digit" */
  rejected: number;
  /** confusion[truth][predicted], predicted 10 = not a digit */
  confusion: number[][];
}

export function report(model: tfl.LayersModel, set: DigitSet): SetReport {
  const { predicted } = predictSet(model, set);
  const confusion = Array.from({ length: 10 }, () => new Array<number>(CLASSES).fill(0));
  let ok = 0;
  let rejected = 0;
  for (let i = 0; i < set.count; i++) {
    confusion[set.labels[i]][predicted[i]]++;
    if (predicted[i] === set.labels[i]) ok++;
    if (predicted[i] === 10) rejected++;
  }
  return { count: set.count, accuracy: ok / set.count, rejected: rejected / set.count, confusion };
}

/** Every held-out face draws every digit at every size in EVAL_SIZES, antialiased. */
export function heldOutPrintedSet(): { set: DigitSet; families: string[] } {
  const faces = installedFonts().filter((f) => f.heldOut);
  const rng = makeRng('held-out');
  const inputs: Float32Array[] = [];
  const labels: number[] = [];
  for (const face of faces) {
    for (const size of EVAL_SIZES) {
      for (let d = 0; d < 10; d++) {
        const input = pieceInput(renderInk(String(d), { size, face, hardEdged: false }, rng), size);
        if (!input) continue;
        inputs.push(input);
        labels.push(d);
      }
    }
  }
  const images = new Float32Array(inputs.length * 784);
  inputs.forEach((x, i) => {
    images.set(x, i * 784);
  });
  const families = [
    ...new Set(
      faces.map(
        (f) =>
          f.file
            .split('/')
            .pop()!
            .split(/[-_ [.]/)[0],
      ),
    ),
  ];
  return { set: { images, labels: Uint8Array.from(labels), count: labels.length }, families };
}

export function evaluateModel(model: tfl.LayersModel, mnistLimit = 10000): { mnist: SetReport; printed: SetReport; heldOutFamilies: string[] } {
  const mnist = report(model, loadMnist('test', mnistLimit));
  const { set, families } = heldOutPrintedSet();
  return { mnist, printed: report(model, set), heldOutFamilies: families };
}

export function formatConfusion(r: SetReport): string {
  const head = `      ${Array.from({ length: CLASSES }, (_, c) => (c === 10 ? '  not' : String(c).padStart(5))).join('')}`;
  const rows = r.confusion.map((row, t) => `  ${t}:  ${row.map((v) => String(v).padStart(5)).join('')}`);
  return [head, ...rows].join('\n');
}

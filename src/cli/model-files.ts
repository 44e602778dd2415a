/** Loads the committed model from disk into tfjs without tfjs-node (which cannot install offline). */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';

export const DEFAULT_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/model');

export function modelFromDir(dir = DEFAULT_MODEL_DIR): tf.io.IOHandler {
  const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  const manifest = json.weightsManifest as { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  const buffers = manifest.flatMap((g) => g.paths.map((p) => readFileSync(join(dir, p))));
  const total = Buffer.concat(buffers);
  const weightData = total.buffer.slice(total.byteOffset, total.byteOffset + total.byteLength);
  return tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs: manifest.flatMap((g) => g.weights),
    weightData,
  });
}

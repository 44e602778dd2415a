/** Loads a model directory (model.json and its weights) from disk, as tfjs would over http, without tfjs-node. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as tf from '@tensorflow/tfjs-core';

/** The bundled model: assets/model in the package, found from wherever this code was built to. */
export const DEFAULT_MODEL_DIR = bundledModelDir();

function bundledModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4 && !existsSync(join(dir, 'assets/model/model.json')); up++) dir = dirname(dir);
  return join(dir, 'assets/model');
}

/** An IOHandler over the files (a plain object: tfjs is not loaded until the model is). */
export function modelFromDir(dir = DEFAULT_MODEL_DIR): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
      const manifest = json.weightsManifest as { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
      const total = Buffer.concat(manifest.flatMap((g) => g.paths.map((p) => readFileSync(join(dir, p)))));
      return {
        modelTopology: json.modelTopology,
        weightSpecs: manifest.flatMap((g) => g.weights),
        weightData: total.buffer.slice(total.byteOffset, total.byteOffset + total.byteLength),
      };
    },
  };
}

/** Writes a layers model as model.json + weights.bin: model.save('file://') needs tfjs-node, which
 *  cannot be installed offline. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';

export async function saveModel(model: tfl.LayersModel, dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = new Uint8Array(artifacts.weightData as ArrayBuffer);
      bytes = weights.byteLength;
      writeFileSync(join(dir, 'weights.bin'), weights);
      const json = {
        format: 'layers-model',
        generatedBy: 'digit-reader train',
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      writeFileSync(join(dir, 'model.json'), JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return bytes;
}

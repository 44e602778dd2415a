/**
 * digit-reader as a Node library: the engine with the bundled model, reading RGBA pixels, an encoded
 * image's bytes or a file. The CLI is built on this and nothing else.
 *
 *   const reader = await createReader();
 *   const { number } = await reader.readFile('scan.png');
 */
import { createReader as createEngineReader, type ReadOptions, type Reader, type Reading } from '../engine';
import { decodeBytes, decodeFile } from './decode';
import { modelFromDir } from './model-files';

export * from '../engine';
export { collectCapped, DecodeError, decodeBytes, decodeFile, MAX_FILE_BYTES } from './decode';
export { DEFAULT_MODEL_DIR, modelFromDir } from './model-files';

export interface NodeReaderSetup {
  /** a model directory (model.json and weights); the bundled model when absent */
  modelDir?: string;
}

export interface NodeReader extends Reader {
  /** An encoded image (PNG, JPEG, WebP, GIF, BMP). @throws DecodeError when it cannot be decoded */
  readBytes(bytes: Uint8Array, options?: Partial<ReadOptions>): Promise<Reading>;
  /** An image file. @throws DecodeError when it cannot be read or decoded */
  readFile(path: string, options?: Partial<ReadOptions>): Promise<Reading>;
}

/** Loads the model once (about half a second); then each read takes milliseconds. */
export async function createReader(setup: NodeReaderSetup = {}): Promise<NodeReader> {
  const engine = await createEngineReader({ model: modelFromDir(setup.modelDir) });
  return {
    read: engine.read,
    memory: engine.memory,
    readBytes: async (bytes, options) => engine.read(await decodeBytes(bytes), options),
    readFile: async (path, options) => engine.read(await decodeFile(path), options),
  };
}

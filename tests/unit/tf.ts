import { initTf } from '../../src/engine/tf-setup';

/** Every unit test runs tfjs on the same wasm backend as the CLI and the extension. */
export const ready = () => initTf();

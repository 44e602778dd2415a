/** One place that picks the tfjs backend, so every context runs the same kernels. */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let ready: Promise<void> | undefined;

/** @param wasmDir where the tfjs-backend-wasm .wasm files are served (the extension); Node finds them itself. */
export function initTf(wasmDir?: string): Promise<void> {
  ready ??= (async () => {
    if (wasmDir) setWasmPaths(wasmDir);
    // The threaded build needs cross-origin isolation, which extension pages lack; Node has no threads here.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('the TensorFlow.js wasm backend failed to start');
    await tf.ready();
  })();
  return ready;
}

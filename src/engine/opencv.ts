/** opencv.js is an Emscripten module that resolves once its wasm is compiled; load it once. */
import cvModule from '@techstark/opencv-js';

// The package's types describe the namespace, not the thenable the module really is.
export type Cv = typeof cvModule;

let loading: Promise<Cv> | undefined;

export function loadCv(): Promise<Cv> {
  loading ??= (async () => {
    const mod = (await (cvModule as unknown as Promise<Cv>)) as Cv;
    if (typeof mod.Mat !== 'function') throw new Error('opencv.js did not initialise');
    return mod;
  })();
  return loading;
}

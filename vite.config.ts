import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/** Ships the model and the tfjs wasm binaries inside the extension: nothing is fetched from the network.
 *  The threaded build is left out: it needs cross-origin isolation, which extension pages do not have. */
function engineAssets(): Plugin {
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  return {
    name: 'digit-reader-engine-assets',
    generateBundle() {
      for (const file of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm') && !f.includes('threaded'))) {
        this.emitFile({ type: 'asset', fileName: `wasm/${file}`, source: readFileSync(join(wasmDir, file)) });
      }
      for (const file of ['model.json', 'weights.bin']) {
        this.emitFile({ type: 'asset', fileName: `model/${file}`, source: readFileSync(join('assets/model', file)) });
      }
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), engineAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 16000,
    rollupOptions: { input: { offscreen: 'src/extension/offscreen/offscreen.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { type Browser, BROWSERS, manifestFor } from './scripts/manifests';

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

/**
 * Takes out the web-accessible entry CRXJS adds for the content script (crxjs/chrome-extension-tools#1130):
 * it is one self-contained IIFE that scripting.executeScript injects, so no page needs its URL, and an
 * entry open to every site let any page detect the extension by fetching it.
 */
function noWebAccessibleContentScript(): Plugin {
  return {
    name: 'digit-reader-no-web-accessible-content-script',
    enforce: 'post',
    // CRXJS writes the manifest last of all, so it is changed on disk once the bundle is written.
    writeBundle({ dir }) {
      const file = join(dir ?? 'dist/chrome', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      const kept = (built.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !r.startsWith('src/extension/content/')) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) built.web_accessible_resources = kept;
      else delete built.web_accessible_resources;
      writeFileSync(file, JSON.stringify(built, null, 2));
    },
  };
}

/** `vite build --mode firefox` builds dist/firefox/; any other mode builds dist/chrome/. */
export default defineConfig(({ mode }) => {
  const browser: Browser = BROWSERS.includes(mode as Browser) ? (mode as Browser) : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser) as never, browser }), engineAssets(), noWebAccessibleContentScript()],
    resolve: { alias: { '#platform': resolve(`src/extension/platform/${browser}.ts`) } },
    // The same source must build the same files in any checkout (addons.mozilla.org's reviewers rebuild it), but
    // CRXJS's content-script placeholder hashes the checkout's absolute path before the chunks are named and
    // minified: so names are kept and files carry no content hash (an extension's files need no cache-busting).
    esbuild: { minifyIdentifiers: false },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      chunkSizeWarningLimit: 16000,
      rollupOptions: {
        // Pages no manifest key names: the welcome page, and Chrome's offscreen document (Firefox's event page hosts the engine itself).
        input: { welcome: 'src/extension/welcome/index.html', ...(browser === 'chrome' ? { offscreen: 'src/extension/offscreen/offscreen.html' } : {}) },
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});

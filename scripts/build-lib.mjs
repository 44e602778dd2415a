// Builds the command-line tool and the library into lib/ (run by `npm run build`, and by `prepare`, so
// `npm ci` and `npm pack` leave it built): JavaScript for Node with every package left external, so the
// CLI starts without compiling TypeScript; a browser build of the engine; one declaration file.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * TensorFlow.js ships CommonJS for Node. Imported as ES modules, Node lexes each bundle for its export names
 * first: 0.3–0.4 s of every start, against 0.1 s to require() them. So the Node build requires them.
 */
const requireTfjs = {
  name: 'require-tfjs',
  setup(b) {
    b.onResolve({ filter: /^@tensorflow\/tfjs-(core|layers|backend-wasm)$/ }, (args) =>
      // The wrapper's own require() is the real package, left to Node.
      args.namespace === 'tfjs-cjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'tfjs-cjs' },
    );
    b.onLoad({ filter: /.*/, namespace: 'tfjs-cjs' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
// esbuild's require shim in an ES module needs a real require.
const nodeRequire = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const common = { bundle: true, format: 'esm', packages: 'external', sourcemap: false, logLevel: 'warning', target: 'es2022' };
rmSync('lib', { recursive: true, force: true });
await build({
  ...common,
  platform: 'node',
  target: 'node20',
  plugins: [requireTfjs],
  banner: { js: nodeRequire },
  // Chunks: a command's modules and TensorFlow.js load only when that command runs.
  splitting: true,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/node/index.ts' },
  outdir: 'lib',
  chunkNames: 'chunks/[name]-[hash]',
});
await build({ ...common, platform: 'browser', splitting: true, entryPoints: { browser: 'src/engine/index.ts' }, outdir: 'lib', chunkNames: 'chunks/browser-[name]-[hash]' });
execFileSync(
  process.execPath,
  ['node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js', '--silent', '--no-check', '-o', 'lib/index.d.ts', 'src/node/index.ts', '--project', 'tsconfig.lib.json'],
  { stdio: 'inherit' },
);

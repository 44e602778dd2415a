// Builds the command-line tool and the library into lib/ (run by `npm run build`, and by `prepare`, so
// `npm ci` and `npm pack` leave it built): JavaScript for Node with every package left external, so the
// CLI starts without compiling TypeScript; a browser build of the engine; one declaration file.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, format: 'esm', packages: 'external', sourcemap: false, logLevel: 'warning', target: 'es2022' };
rmSync('lib', { recursive: true, force: true });
await build({
  ...common,
  platform: 'node',
  target: 'node20',
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

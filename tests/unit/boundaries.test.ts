/** The code's boundaries, checked on the source itself: the engine's one door, its purity, declared packages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ENGINE = join(ROOT, 'src/engine');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx|mjs)$/.test(name) ? [p] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|import\('([^']+)'\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const outside = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'scripts'))].filter((f) => !f.startsWith(`${ENGINE}/`));

test('outside the engine, code reaches it only through src/engine/index.ts', () => {
  const strays = outside.flatMap((file) =>
    specifiers(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s))
      .filter((target) => target.startsWith(`${ENGINE}/`) && target !== join(ENGINE, 'index') && target !== join(ENGINE, 'index.ts'))
      .map((target) => `${relative(ROOT, file)} -> ${relative(ROOT, target)}`),
  );
  expect(strays).toEqual([]);
  // The check does find engine imports: the library's reader comes through the door.
  expect(specifiers(join(ROOT, 'src/node/index.ts'))).toContain('../engine');
});

test('the CLI is built on the library (src/node) alone', () => {
  const cli = sources(join(ROOT, 'src/cli'));
  const direct = cli.flatMap((file) =>
    specifiers(file)
      .filter((s) => /(^|\/)engine(\/|$)/.test(s))
      .map((s) => `${relative(ROOT, file)} -> ${s}`),
  );
  expect(direct).toEqual([]);
  expect(cli.some((file) => specifiers(file).includes('../node'))).toBe(true);
});

test('the engine is pure: no Node modules, no extension APIs, no DOM', () => {
  const found = sources(ENGINE).flatMap((file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const bad = specifiers(file).filter((s) => s.startsWith('node:') || builtinModules.includes(s) || /webextension|chrome/.test(s));
    const globals = [...text.matchAll(/\b(chrome|browser|document|window|localStorage)\.\w/g)].map((m) => m[0]);
    return [...bad, ...globals].map((b) => `${relative(ROOT, file)}: ${b}`);
  });
  expect(found).toEqual([]);
});

// '#platform' is the build's own alias for this browser's platform module, no package.
test('every package the code imports is declared in package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'scripts')), ...sources(join(ROOT, 'tests')), ...sources(join(ROOT, 'bin'))];
  const used = new Set(
    files
      .flatMap(specifiers)
      .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:') && !builtinModules.includes(s) && !s.startsWith('virtual:') && !s.startsWith('#'))
      .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]).replace(/\?.*$/, '')),
  );
  expect([...used].filter((p) => !declared.has(p)).sort()).toEqual([]);
  expect(used.has('@tensorflow/tfjs-core')).toBe(true);
});

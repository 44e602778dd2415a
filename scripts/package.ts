/**
 * `npm run package`: a zip of each build for its store (Chrome Web Store, addons.mozilla.org) and, for
 * addons.mozilla.org's review, an archive of the source the builds were made from, with BUILDING.md at its
 * root. Written to out/packages/. The builds must be fresh: `npm run package` runs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { BROWSERS } from './manifests';

const OUT = 'out/packages';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty) {
  console.error('The working tree has uncommitted changes: the source archive would not match the builds. Commit first.');
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const browser of BROWSERS) {
  const sourceDir = join('dist', browser);
  if (!existsSync(join(sourceDir, 'manifest.json'))) throw new Error(`${sourceDir} has no build: run \`npm run build\` first`);
  const filename = `digit-reader-${browser}-${version}.zip`;
  // web-ext zips the folder as the stores expect (manifest at the root, no dot files).
  await webExt.cmd.build({ sourceDir, artifactsDir: OUT, filename, overwriteDest: true }, { shouldExitProgram: false, showReadyMessage: false });
  console.log(`${join(OUT, filename)}`);
}
const source = join(OUT, `digit-reader-source-${version}.zip`);
execFileSync('git', ['archive', '--format=zip', `--prefix=digit-reader-${version}/`, '-o', source, 'HEAD']);
console.log(`${source} (the source at ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}; BUILDING.md says how to build it)`);

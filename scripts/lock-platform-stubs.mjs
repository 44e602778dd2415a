// The registry this project installs from does not serve every platform build of some native packages
// (e.g. @napi-rs/canvas-darwin-arm64@1.1.1 is a 404), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock ("Missing: ... from lock file"). This adds a
// lock entry for each such optional package with its os/cpu/libc, so npm ci validates the lock and
// skips them on this platform as it would anyway. Run after changing dependencies: node scripts/lock-platform-stubs.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPU = ['arm64', 'x64', 'arm', 'riscv64', 'loong64', 'ppc64', 's390x', 'ia32'];

function missing() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (e) {
    return [...String(e.stderr).matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((m) => m[1]);
  }
}

const names = missing();
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
for (const name of names) {
  const parent = Object.entries(lock.packages).find(([, p]) => p.optionalDependencies?.[name]);
  if (!parent) throw new Error(`no package in the lock lists ${name} as optional`);
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  const abi = parts.at(-1);
  const entry = { version: parent[1].optionalDependencies[name], optional: true };
  if (parent[1].dev) entry.dev = true;
  if (cpu) entry.cpu = [cpu];
  if (os) entry.os = [os];
  if (/^gnu/.test(abi)) entry.libc = ['glibc'];
  if (/^musl/.test(abi)) entry.libc = ['musl'];
  lock.packages[`node_modules/${name}`] = entry;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${names.length} platform entries; npm ci --dry-run now reports ${missing().length} missing`);

/** docs/benchmarks.md is made of sections, each rewritten by the benchmark that owns it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const FILE = 'docs/benchmarks.md';
const HEAD = '# Benchmarks\n\nWritten by `npm run bench` (each section by its own benchmark); numbers are from the machine named in the section.\n';

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, no GPU`;
}

/** Replaces (or appends) the block between <!-- name:start --> and <!-- name:end --> in a Markdown file. */
export function writeSection(name: string, body: string, file = FILE): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEAD;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
}

#!/usr/bin/env node
// The built CLI (lib/, made by `npm run build` and by npm's prepare step): no TypeScript is compiled at run time.
import { existsSync } from 'node:fs';

const cli = new URL('../lib/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('digit-reader: the CLI is not built yet: run `npm run build` in the project first');
  process.exit(2);
}
await import(cli.href);

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (an ordinary dependency), so `npx digit-reader` needs no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

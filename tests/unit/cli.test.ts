import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run('node', ['bin/digit-reader.js', ...args]).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );

test('read --json prints one object per file with the contract fields', async () => {
  const { code, stdout } = await cli(['read', '--json', 'assets/samples/order-number.png', 'assets/samples/postcode-banner.png']);
  expect(code).toBe(0);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.number)).toEqual(['40719', '12345']);
  expect(lines[0].file).toBe('assets/samples/order-number.png');
  expect(lines[0].digits[0]).toMatchObject({ digit: 4, box: expect.any(Array), confidence: expect.any(Number) });
  expect(lines[0].ms).toBeGreaterThan(0);
}, 60_000);

test('a missing or corrupt file gets a message, the others are still read, and the exit code is 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-cli-'));
  writeFileSync(join(dir, 'corrupt.png'), Buffer.from('not really a png'));
  const { code, stdout, stderr } = await cli(['read', join(dir, 'missing.png'), join(dir, 'corrupt.png'), 'assets/samples/order-number.png']);
  expect(code).toBe(1);
  expect(stderr).toContain('missing.png: no such file');
  expect(stderr).toMatch(/corrupt\.png: not an image/);
  expect(stdout).toContain('order-number.png: 40719');
}, 60_000);

test('text mode prints the number; --annotate writes the image with boxes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-annotate-'));
  const { code, stdout } = await cli(['read', '--annotate', dir, 'assets/samples/handwritten-strip.jpg']);
  expect(code).toBe(0);
  expect(stdout.trim()).toBe('83526');
  expect(readdirSync(dir)).toEqual(['handwritten-strip.png']);
}, 60_000);

test('bad options are refused with a message', async () => {
  const { code, stderr } = await cli(['read', '--digits', 'five', 'assets/samples/order-number.png']);
  expect(code).not.toBe(0);
  expect(stderr).toMatch(/--digits takes a whole number/);
}, 60_000);

import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  expect(code).toBe(2);
  expect(stderr).toMatch(/--digits takes a whole number/);
  expect((await cli(['read'])).code).toBe(2);
  expect((await cli(['read', '--json', '--csv', 'assets/samples/order-number.png'])).code).toBe(2);
}, 60_000);

/** Runs the CLI with `input` on its stdin. */
function withStdin(args: string[], input: Buffer | string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bin/digit-reader.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

test('a folder is read in name order; its subfolders only with --recursive', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-folder-'));
  mkdirSync(join(dir, 'inner'));
  copyFileSync('assets/samples/order-number.png', join(dir, 'a.png'));
  copyFileSync('assets/samples/postcode-banner.png', join(dir, 'b.png'));
  copyFileSync('assets/samples/thin-space-dark.webp', join(dir, 'inner', 'c.webp'));
  writeFileSync(join(dir, 'notes.txt'), 'not an image');
  const flat = await cli(['read', dir]);
  expect(flat.code).toBe(0);
  expect(flat.stdout.trim().split('\n')).toEqual([`${join(dir, 'a.png')}: 40719`, `${join(dir, 'b.png')}: 12345`]);
  const deep = await cli(['read', '--recursive', dir]);
  expect(deep.stdout.trim().split('\n')).toHaveLength(3);
  expect(deep.stdout).toContain(`${join(dir, 'inner', 'c.webp')}: 86204`);
}, 60_000);

test('an image on stdin, and a list of files on stdin', async () => {
  const one = await withStdin(['read', '-'], readFileSync('assets/samples/handwritten-strip.jpg'));
  expect(one).toMatchObject({ code: 0, stdout: '83526\n' });
  const list = await withStdin(['read', '--json', '--from', '-'], 'assets/samples/order-number.png\n\nassets/samples/postcode-banner.png\n');
  expect(
    list.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).number),
  ).toEqual(['40719', '12345']);
  expect((await withStdin(['read', '-', '--from', '-'], '')).code).toBe(2);
}, 60_000);

test('--csv: a header, a row per file with the number as text, and the failed file in the batch with its error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-csv-'));
  writeFileSync(join(dir, 'broken.png'), Buffer.from('not really a png'));
  const { code, stdout, stderr } = await cli(['read', '--csv', 'tests/fixtures/blurred-9px-00560.jpg', join(dir, 'broken.png'), 'assets/samples/order-number.png']);
  expect(code).toBe(1);
  const rows = stdout.trim().split('\n');
  expect(rows[0]).toBe('file,number,confidence,groups,notes,error');
  expect(rows[1]).toMatch(/^tests\/fixtures\/blurred-9px-00560\.jpg,00560,0\.\d+,/);
  expect(rows[2]).toMatch(/broken\.png,,,,,"not an image this reader can decode \(PNG, JPEG, WebP, GIF, BMP\)"$/);
  expect(rows[3]).toMatch(/^assets\/samples\/order-number\.png,40719,1,/);
  expect(stderr).toMatch(/broken\.png: not an image/);
}, 60_000);

test('--json gives a failed file its line with an error; a closed pipe ends quietly', async () => {
  const { code, stdout } = await cli(['read', '--json', 'missing.png', 'assets/samples/order-number.png']);
  expect(code).toBe(1);
  const [missing, read] = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(missing).toEqual({ file: 'missing.png', number: null, error: 'no such file' });
  expect(read.number).toBe('40719');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's own ${...}, not a template
  const piped = await run('bash', ['-c', 'node bin/digit-reader.js read assets/samples/* assets/samples/* | head -1; echo "exit ${PIPESTATUS[0]}"']);
  expect(piped.stdout).toMatch(/^assets\/samples\/handwritten-strip\.jpg: 83526\nexit 0\n$/);
  expect(piped.stderr).toBe('');
}, 60_000);

test('--annotate never writes one image over another of the same name, and says why when it cannot write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-names-'));
  for (const sub of ['a', 'b']) {
    mkdirSync(join(dir, sub));
    copyFileSync('assets/samples/order-number.png', join(dir, sub, 'scan.png'));
  }
  const out = join(dir, 'out');
  expect((await cli(['read', '--annotate', out, join(dir, 'a', 'scan.png'), join(dir, 'b', 'scan.png')])).code).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['scan-2.png', 'scan.png']);
  writeFileSync(join(dir, 'file'), '');
  const bad = await cli(['read', '--annotate', join(dir, 'file', 'out'), 'assets/samples/order-number.png']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/cannot write annotated images to .*ENOTDIR/);
}, 60_000);

test('/dev/zero is refused after a bounded read, with a message', async () => {
  const { code, stderr } = await cli(['read', '/dev/zero']);
  expect(code).toBe(1);
  expect(stderr).toMatch(/\/dev\/zero: larger than 64 MB/);
}, 60_000);

test('--help answers without loading the reader', async () => {
  const { code, stdout } = await cli(['read', '--help']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/--recursive/);
  expect(stdout).toMatch(/--csv/);
}, 60_000);

test('a progress bar on a terminal when the results go to a file; nothing extra when stderr is piped', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'dr-tty-')), 'out.txt');
  // script(1) gives the command a terminal; its stdout goes to the file.
  const tty = await run('script', ['-qec', `node bin/digit-reader.js read assets/samples/order-number.png assets/samples/postcode-banner.png > ${out}`, '/dev/null']);
  expect(tty.stdout).toMatch(/reading \[=+\] 2\/2/);
  expect(readFileSync(out, 'utf8')).toBe('assets/samples/order-number.png: 40719\nassets/samples/postcode-banner.png: 12345\n');
  const piped = await cli(['read', 'assets/samples/order-number.png', 'assets/samples/postcode-banner.png']);
  expect(piped.stderr).toBe('');
}, 60_000);

test('a truncated PNG is an error with a non-zero exit, not a number', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-damaged-'));
  const png = readFileSync('assets/samples/order-number.png');
  writeFileSync(join(dir, 'cut.png'), png.subarray(0, Math.floor(png.length * 0.6)));
  const { code, stdout, stderr } = await cli(['read', join(dir, 'cut.png')]);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/cut\.png: the image is damaged \(unexpected end of file\)/);
}, 60_000);

test('numbers as written: --json has text, value and every number with its line and column; --tsv, --all and --format print them', async () => {
  const invoice = 'assets/samples/invoice-lines.png';
  const json = JSON.parse((await cli(['read', '--json', '--locale', 'de', invoice])).stdout);
  expect(json).toMatchObject({ number: '10481', text: '10481', value: 10481 });
  expect(json.numbers.map((n: { text: string; line: number; column: number; value: number }) => [n.text, n.line, n.column, n.value])).toEqual([
    ['10481', 0, 0, 10481],
    ['2', 0, 1, 2],
    ['12,50', 0, 2, 12.5],
    ['20733', 1, 0, 20733],
    ['10', 1, 1, 10],
    ['7,25', 1, 2, 7.25],
    ['31962', 2, 0, 31962],
    ['1', 2, 1, 1],
    ['1.299,00', 2, 2, 1299],
  ]);
  expect((await cli(['read', '--tsv', '--format', 'text', invoice])).stdout).toBe('10481\t2\t12,50\n20733\t10\t7,25\n31962\t1\t1.299,00\n');
  expect((await cli(['read', '--all', '--format', 'value', '--locale', 'de', invoice])).stdout.trim().split('\n').at(-1)).toBe('1299.00');
  const bad = await cli(['read', '--format', 'roman', invoice]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--format takes digits, text, value/);
  expect((await cli(['read', '--locale', 'not a tag', invoice])).stderr).toMatch(/--locale takes a language tag/);
  expect((await cli(['read', '--tsv', '--json', invoice])).code).toBe(2);
}, 60_000);

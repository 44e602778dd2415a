import { expect, test } from 'vitest';
import { glyphInput } from '../../src/engine/glyph-input';
import { makePlane } from '../../src/engine/plane';
import { KEEP_AT_MOST, Scratch } from '../../src/engine/scratch';

test('a scratch array is zeroed on request up to the length asked, and grows when asked for more', () => {
  const s = new Scratch((n) => new Float32Array(n));
  const a = s.dirty(10);
  a.fill(7, 0, 10);
  const b = s.zeroed(6);
  expect(b).toBe(a);
  expect(Array.from(b.subarray(0, 6))).toEqual([0, 0, 0, 0, 0, 0]);
  expect(b[6]).toBe(7); // beyond the length asked for: left as it was
  const c = s.zeroed(25);
  expect(c.length).toBeGreaterThanOrEqual(25);
  expect(c.subarray(0, 25).every((v) => v === 0)).toBe(true);
});

test('an array longer than is worth keeping is made fresh each time, and the kept one stays small', () => {
  const s = new Scratch((n) => new Uint8Array(n));
  const kept = s.dirty(100);
  const big = s.zeroed(KEEP_AT_MOST + 1);
  expect(big).not.toBe(kept);
  expect(s.zeroed(KEEP_AT_MOST + 1)).not.toBe(big);
  expect(s.dirty(100)).toBe(kept);
  expect(s.dirty(KEEP_AT_MOST).length).toBe(KEEP_AT_MOST);
});

test('a glyph read after a larger one is not touched by what the larger one left in the shared arrays', () => {
  const ink = makePlane(40, 30);
  const labels = new Int32Array(40 * 30);
  const bar = (label: number, x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y++)
      for (let x = x0; x < x0 + w; x++) {
        ink.data[y * 40 + x] = 1;
        labels[y * 40 + x] = label;
      }
  };
  bar(1, 2, 2, 20, 26); // a big block
  bar(2, 22, 5, 3, 20); // a thin 1 beside the block, its box reaching into the block's last column
  const thin = () => glyphInput(ink, labels, new Set([2]), [21, 4, 6, 22]);
  const first = thin();
  glyphInput(ink, labels, new Set([1]), [1, 1, 22, 28]);
  expect(Array.from(thin())).toEqual(Array.from(first));
});

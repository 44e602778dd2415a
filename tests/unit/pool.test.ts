import { expect, test } from 'vitest';
import { borrow, giveBack, keptBytes, lending, letGo } from '../../src/engine/pool';
import { createReader, type RgbaImage } from '../../src/engine';
import { decodeFile } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';

const BIG = 1 << 20;

function onPage(img: RgbaImage, width: number, height: number, left: number, top: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4), ((top + y) * width + left) * 4);
  return { width, height, data };
}

test('an array lent for one read comes back zeroed for the next, of the length asked', () => {
  letGo();
  let first: Float32Array | undefined;
  lending(() => {
    first = borrow(Float32Array, BIG);
    first.fill(7);
  });
  expect(keptBytes()).toBe(BIG * 4);
  lending(() => {
    const again = borrow(Float32Array, BIG - 10);
    expect(again.buffer).toBe(first!.buffer);
    expect(again.length).toBe(BIG - 10);
    expect(again.every((v) => v === 0)).toBe(true);
    // Two borrowed in one read are never the same array.
    const other = borrow(Float32Array, BIG);
    expect(other.buffer).not.toBe(again.buffer);
  });
  letGo();
  expect(keptBytes()).toBe(0);
});

test('an array given back before the read ends is lent again in that read, zeroed; others are left alone', () => {
  letGo();
  lending(() => {
    const first = borrow(Int32Array, BIG);
    first.fill(3);
    giveBack(first);
    giveBack(new Int32Array(BIG)); // never lent
    const again = borrow(Int32Array, BIG / 2);
    expect(again.buffer).toBe(first.buffer);
    expect(again.every((v) => v === 0)).toBe(true);
  });
  expect(keptBytes()).toBe(BIG * 4);
  letGo();
});

test('outside a read, and for small arrays, borrowing makes a fresh array and keeps nothing', () => {
  letGo();
  const a = borrow(Int32Array, BIG);
  lending(() => borrow(Uint8Array, 100));
  expect(a.length).toBe(BIG);
  expect(keptBytes()).toBe(0);
});

test('arrays come back when a read throws, and what is kept stays under the bound', () => {
  letGo();
  expect(() =>
    lending(() => {
      borrow(Uint8Array, BIG);
      throw new Error('bad image');
    }),
  ).toThrow('bad image');
  expect(keptBytes()).toBe(BIG);
  // Past the bound (160 MB): the largest go first, the small one stays.
  lending(() => {
    for (let i = 0; i < 3; i++) borrow(Float64Array, 8 * BIG);
  });
  expect(keptBytes()).toBe(BIG + 2 * 64 * BIG);
  letGo();
});

test('a read with arrays from the pool reads as one with fresh arrays, image after image', async () => {
  const reader = await createReader({ model: modelFromDir() });
  const files = ['assets/samples/order-number.png', 'tests/fixtures/card-shadow-13627.png', 'tests/fixtures/dashed-box-80609.png'];
  // Each on a white page large enough that its planes come from the pool.
  const images = (await Promise.all(files.map((f) => decodeFile(f)))).map((img, i) => onPage(img, 900 + 100 * i, 700, 150 * i, 300));
  const fresh = images.map((img) => {
    letGo();
    return reader.read(img).number;
  });
  expect(keptBytes()).toBeGreaterThan(0);
  // Each read now takes arrays another image left its pixels in.
  const pooled = [...images, ...images].reverse().map((img) => reader.read(img).number);
  expect(pooled).toEqual([...fresh, ...fresh].reverse());
  expect(fresh).toEqual(['40719', '13627', '80609']);
});

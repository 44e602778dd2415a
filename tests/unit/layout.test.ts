import { expect, test } from 'vitest';
import { bestGroup, type Glyph, groups, joinSeparated, lines, splitToLength } from '../../src/engine/layout';
import type { Box } from '../../src/engine/plane';

const digit = (d: number, box: Box, confidence = 0.99): Glyph => ({ box, reading: { digit: d, confidence, box, doubtful: false, alternatives: [] } });
const other = (box: Box): Glyph => ({ box });
/** Digits of height 20 and width 12, `gap` px apart, starting at x. */
const row = (digits: string, x: number, y: number, gap = 3): Glyph[] => [...digits].map((d, i) => digit(Number(d), [x + i * (12 + gap), y, 12, 20]));
const numbers = (gs: ReturnType<typeof groups>) => gs.map((g) => g.digits.map((d) => d.digit).join(''));

test('digits are read left to right whatever order they were found in', () => {
  const glyphs = row('40719', 10, 10).reverse();
  expect(numbers(groups(glyphs))).toEqual(['40719']);
});

test('lines are read top to bottom and kept apart', () => {
  const glyphs = [...row('222', 10, 60), ...row('111', 10, 10)];
  expect(lines(glyphs).length).toBe(2);
  expect(numbers(groups(glyphs))).toEqual(['111', '222']);
});

test('a wide gap or a piece that is not a digit splits numbers', () => {
  expect(numbers(groups([...row('12', 0, 0), ...row('345', 60, 0)]))).toEqual(['12', '345']);
  expect(numbers(groups([...row('12', 0, 0), other([31, 0, 12, 20]), ...row('345', 46, 0)]))).toEqual(['12', '345']);
});

test('"Order #40719": the number after the symbol is the five-digit group', () => {
  const glyphs = [other([0, 0, 14, 20]), ...row('40719', 20, 0)];
  const found = groups(glyphs);
  expect(numbers([bestGroup(found, 5)!])).toEqual(['40719']);
});

test('12 345 with a thin space is joined when five digits are expected, not otherwise', () => {
  const glyphs = [...row('12', 0, 0), ...row('345', 27 + 14, 0)];
  const found = groups(glyphs);
  expect(numbers(found)).toEqual(['12', '345']);
  expect(numbers(joinSeparated(found, 5, []))).toEqual(['12345']);
  expect(numbers(joinSeparated(found, 4, []))).toEqual(['12', '345']);
  // A tall separator such as a letter or a bar is not a thin space.
  expect(numbers(joinSeparated(found, 5, [[28, 0, 10, 20]]))).toEqual(['12', '345']);
});

test('handwriting: a gap far wider than a word space still joins when the digits around it are spaced widely too', () => {
  // A handwritten 05108 (from the tuning set): the narrow 1 leaves 81 px to the 0, 1.3 glyph heights.
  const glyphs = [digit(0, [59, 40, 52, 59]), digit(5, [135, 44, 59, 52]), digit(1, [226, 45, 23, 59]), digit(0, [330, 39, 41, 59]), digit(8, [392, 46, 35, 59])];
  const found = groups(glyphs);
  expect(numbers(found)).toEqual(['051', '08']);
  expect(numbers(joinSeparated(found, 5, []))).toEqual(['05108']);
  // Printed digits 3 px apart are not joined across the same gap.
  const print = [...row('051', 0, 0), ...row('08', 42 + 81, 0)];
  expect(numbers(joinSeparated(groups(print), 5, []))).toEqual(['051', '08']);
});

test('the expected length wins over size; with "any" the most prominent number wins', () => {
  const small5 = row('55555', 0, 0);
  const big3 = [...'333'].map((_d, i) => digit(3, [i * 40, 100, 30, 50]));
  const found = groups([...small5, ...big3]);
  expect(numbers([bestGroup(found, 5)!])).toEqual(['55555']);
  expect(numbers([bestGroup(found, 'any')!])).toEqual(['333']);
  expect(numbers([bestGroup(found, 3)!])).toEqual(['333']);
});

test('handwriting: wide, uneven gaps within one number do not split it', () => {
  const glyphs = [0, 22, 36, 62, 79].map((x, i) => digit(i + 1, [x, 0, 12, 20]));
  expect(numbers(groups(glyphs))).toEqual(['12345']);
});

test('old-style figures of different heights stay one number', () => {
  const heights = [14, 14, 20, 20, 14]; // 0 1 (x-height) 6 8 (ascending) 2
  const glyphs = heights.map((h, i) => digit(i, [i * 14, 20 - h, 12, h]));
  expect(numbers(groups(glyphs))).toEqual(['01234']);
});

test('with an expected length, a group more than one digit off is no answer', () => {
  const found = groups([...row('11', 0, 0), ...row('0', 60, 0)]);
  expect(bestGroup(found, 5)).toBeUndefined();
  expect(numbers([bestGroup(found, 2)!])).toEqual(['11']);
  expect(numbers([bestGroup(groups(row('4071', 0, 0)), 5)!])).toEqual(['4071']);
});

test('a "not a digit" piece between digits of one number is read as its best digit, doubtful', () => {
  const [a, b, , d, e] = row('76481', 0, 0);
  const odd: Glyph = { box: [30, 0, 12, 20], fallback: { digit: 4, confidence: 0.2, box: [30, 0, 12, 20], doubtful: true, alternatives: [] } };
  const found = groups([a, b, odd, d, e]);
  expect(numbers(found)).toEqual(['76481']);
  expect(found[0].digits[2].doubtful).toBe(true);
  // At the edge of a number, or beside a letter-sized gap, it still separates.
  expect(numbers(groups([odd, d, e]))).toEqual(['81']);
});

test('a group longer than expected is cut at its widest gap when that leaves the expected length', () => {
  // "ID 29437" at 11 px: I and D read as 1 and 0, the word space only a little wider than digit spacing.
  const glyphs = [...row('10', 0, 0, 2), ...row('29437', 34, 0, 2)];
  const found = groups(glyphs);
  expect(numbers(found)).toEqual(['1029437']);
  expect(numbers(splitToLength(found, 5))).toEqual(['10', '29437']);
  // Without a clearly widest gap nothing is cut.
  expect(numbers(splitToLength(groups(row('1029437', 0, 0)), 5))).toEqual(['1029437']);
});

test('the widest gap is judged against the usual one: a narrow 1 widens its own gaps ("Ticket 01008" in DIN)', () => {
  // e and t read as 8 and 1; gaps e|t 1, t|0 10, then 4, 7 and 3, 4 around and after the narrow 1.
  const at = (x: number, w = 14): Box => [x, 0, w, 34];
  const glyphs = [digit(8, at(81)), digit(1, at(96, 10)), digit(0, at(116)), digit(1, at(134, 10)), digit(0, at(151)), digit(0, at(168)), digit(8, at(186))];
  const found = groups(glyphs);
  expect(numbers(found)).toEqual(['8101008']);
  expect(numbers(splitToLength(found, 5))).toEqual(['81', '01008']);
});

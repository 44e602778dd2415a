import { expect, test } from 'vitest';
import { type Choice, fitLength } from '../../src/engine/fit-length';
import type { Glyph } from '../../src/engine/layout';
import { mergeProposals } from '../../src/engine/merge';
import type { Piece } from '../../src/engine/pieces';
import type { Box } from '../../src/engine/plane';

const digit = (d: number, box: Box, confidence = 0.99): Glyph => ({ box, reading: { digit: d, confidence, box, doubtful: false, alternatives: [] } });
const notDigit = (d: number, box: Box): Glyph => ({ box, fallback: { digit: d, confidence: 0.3, box, doubtful: true, alternatives: [] } });
const whole = (g: Glyph): Choice => ({ whole: [g], chosen: 'whole' });
/** Digits 20 high and 12 wide, 3 px apart. */
const at = (i: number): Box => [i * 15, 0, 12, 20];
const row = (digits: string): Choice[] => [...digits].map((d, i) => whole(digit(Number(d), at(i))));
const read = (choices: Choice[]) =>
  fitLength(choices, 5)
    .best?.digits.map((d) => d.digit)
    .join('');

test('one digit too many: a piece cut in two is read whole again', () => {
  const eight: Choice = {
    whole: [digit(8, [0, 0, 12, 20], 0.6)],
    split: [digit(3, [0, 0, 6, 20], 0.8), digit(1, [6, 0, 6, 20], 0.8)],
    chosen: 'split',
  };
  const rest = [...'9846'].map((d, i) => whole(digit(Number(d), at(i + 1))));
  expect(read([eight, ...rest])).toBe('89846');
});

test('one digit too many: a short stray mark at the end is dropped, a real digit is not', () => {
  const stray = whole(digit(1, [75, 6, 3, 12]));
  expect(read([...row('40831'), stray])).toBe('40831');
  // A sure, full-height sixth digit is a six-digit number, not a stray: nothing is dropped.
  expect(read([...row('408317')])).toBe('408317');
});

test('one digit too few: a piece beside the number that the model doubted is read as its best digit', () => {
  expect(read([...row('2410'), whole(notDigit(5, at(4)))])).toBe('24105');
  // Far away, it is not part of the number.
  expect(read([...row('2410'), whole(notDigit(5, [140, 0, 12, 20]))])).toBe('2410');
});

test('one digit too many: two strokes read as 11 are read as the 0 they were proposed together as', () => {
  const sides: Choice = { whole: [digit(0, [0, 0, 12, 20])], split: [digit(1, [0, 0, 4, 20]), digit(1, [8, 0, 4, 20])], chosen: 'split' };
  const rest = [...'6242'].map((d, i) => whole(digit(Number(d), at(i + 1))));
  expect(read([sides, ...rest])).toBe('06242');
  // With the expected length already met, the strokes stay two 1s.
  expect(read([sides, ...rest.slice(1)])).toBe('11242');
});

test('one digit too few: the doubted piece may reach over the first digit (a 6 overhanging a 4 in 10 px text)', () => {
  // Digits 7 px high, the doubted 6 overlapping the first digit by 2 px once boxes are rounded to pixels.
  const small = (i: number): Box => [6 + i * 5, 0, 4, 7];
  const number = [...'4241'].map((d, i) => whole(digit(Number(d), small(i))));
  expect(read([whole(notDigit(6, [0, 0, 8, 7])), ...number])).toBe('64241');
  // Lying over the digit, it is not beside the number.
  expect(read([whole(notDigit(6, [3, 0, 8, 7])), ...number])).toBe('4241');
});

test('one digit too few: a piece read whole is read as its cut when that gives the length', () => {
  const pair: Choice = { whole: [digit(0, [45, 0, 24, 20], 0.7)], split: [digit(1, [45, 0, 12, 20], 0.75), digit(1, [57, 0, 12, 20], 0.75)], chosen: 'whole' };
  expect(read([...row('123'), pair])).toBe('12311');
});

test('the expected length is not forced when "any" is asked for', () => {
  const stray = whole(digit(1, [75, 6, 3, 12]));
  expect(fitLength([...row('40831'), stray], 'any').best?.digits.length).toBe(6);
});

test('side-by-side pieces that could be one glyph are proposed as one; two sure digits are not', () => {
  const piece = (box: Box, id: number): Piece => ({ box, ids: new Set([id]), area: 10 });
  // A serif 6 whose bowl came apart from its stem, then a separate 4.
  const pieces = [piece([0, 0, 8, 24], 1), piece([8, 9, 7, 15], 2), piece([20, 0, 14, 24], 3)];
  const proposals = mergeProposals(pieces, [false, false, true], 24);
  expect(proposals.map((p) => p.pair)).toEqual([[0, 1]]);
  expect(proposals[0].piece.box).toEqual([0, 0, 15, 24]);
  expect(mergeProposals(pieces, [true, true, true], 24)).toEqual([]);
  // A handwritten 5 whose flag came away: a short stroke just above the body's right edge.
  const five = [piece([0, 6, 14, 18], 1), piece([8, 0, 9, 4], 2)];
  expect(mergeProposals(five, [false, false], 24).map((p) => p.piece.box)).toEqual([[0, 0, 17, 24]]);
  // ... or one that came away off the body's top right corner, clear of it both across and down.
  const corner = [piece([0, 11, 13, 31], 1), piece([20, 0, 24, 9], 2)];
  expect(mergeProposals(corner, [false, false], 44).map((p) => p.piece.box)).toEqual([[0, 0, 44, 42]]);
  // Two sure bare strokes close together may be the sides of a 0 whose hairlines were lost.
  const sides = [piece([20, 27, 6, 25], 1), piece([30, 27, 6, 25], 2)];
  expect(mergeProposals(sides, [true, true], 26).map((p) => p.piece.box)).toEqual([[20, 27, 16, 25]]);
  // Two pieces far apart vertically are not one glyph.
  expect(mergeProposals([piece([0, 30, 13, 31], 1), piece([20, 0, 24, 9], 2)], [false, false], 44)).toEqual([]);
});

test('too long: a rejected letter taken into the number is left out again ("ID 37233")', () => {
  // I reads as a sure 1; D was rejected, but sits between two digits at their spacing.
  const id = [whole(digit(1, at(0))), whole(notDigit(0, at(1)))];
  const number = [...'37233'].map((d, i) => whole(digit(Number(d), at(i + 2))));
  expect(read([...id, ...number])).toBe('37233');
  // The rescue itself still works where it gives the length: an odd 4 inside 12345.
  expect(read([...row('123'), whole(notDigit(4, at(3))), whole(digit(5, at(4)))])).toBe('12345');
});

test('too short: the doubted parts of a piece cut into digits are read as digits (a 9 px number blurred into one piece)', () => {
  const blob: Choice = {
    whole: [notDigit(7, [0, 0, 72, 20])],
    split: [notDigit(0, at(0)), notDigit(0, at(1)), digit(5, at(2)), digit(6, at(3)), digit(0, at(4))],
    chosen: 'split',
  };
  expect(read([blob])).toBe('00560');
  // Doubted parts of a cut whose parts were all doubted stay unread: nothing vouches for them.
  const letters: Choice = { whole: [notDigit(7, [0, 0, 72, 20])], split: [0, 1, 2, 3, 4].map((i) => notDigit(0, at(i))), chosen: 'split' };
  expect(read([letters])).toBeUndefined();
});

test('a piece cut once too often: its best cut into a part fewer is read instead', () => {
  // An old-style "14" cut in three reads 1, 4 and 4; cut in two, 1 (doubted) and 4.
  const fourteen = (middle: Glyph): Choice => ({
    whole: [notDigit(4, [0, 0, 27, 20])],
    split: [digit(1, [0, 0, 8, 20]), middle, digit(4, [18, 0, 9, 20])],
    fewer: [notDigit(1, [0, 0, 10, 20]), digit(4, [10, 0, 17, 20])],
    chosen: 'split',
  });
  const rest = [...'791'].map((d, i) => whole(digit(Number(d), [30 + i * 15, 0, 12, 20])));
  // One digit too many (every part read as a digit), and one too few (the middle part doubted).
  expect(read([fourteen(digit(4, [8, 0, 10, 20])), ...rest])).toBe('14791');
  expect(read([fourteen(notDigit(4, [8, 0, 10, 20])), ...rest])).toBe('14791');
  // Without a cut into fewer parts, nothing gives five digits.
  expect(read([{ ...fourteen(digit(4, [8, 0, 10, 20])), fewer: undefined }, ...rest])).not.toBe('14791');
  // Read whole as a 4 and kept whole, the number is a digit short and its best cut a digit too long.
  const keptWhole = { ...fourteen(digit(4, [8, 0, 10, 20])), whole: [digit(4, [0, 0, 27, 20], 0.75)], chosen: 'whole' as const };
  expect(read([keptWhole, ...rest])).toBe('14791');
  expect(read([{ ...keptWhole, fewer: undefined }, ...rest])).toBe('4791');
});

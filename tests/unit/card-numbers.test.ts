/** What the card and the popup do with a reading's numbers: the chosen one (also once corrected), Copy all, Fill. */
import { expect, test } from 'vitest';
import type { NumberReading } from '../../src/engine';
import { allNumbersText, asDigits, chosenNumber, fillText, otherNumbers, withPicked } from '../../src/extension/numbers';

const n = (text: string, digits: string, plain: string | null, box: [number, number, number, number], line: number, column: number): NumberReading => ({
  text,
  digits,
  value: plain === null ? null : Number(plain),
  plain,
  ambiguous: false,
  doubtful: false,
  skipped: false,
  box,
  line,
  column,
  confidence: 1,
});
const numbers = [
  n('10481', '10481', '10481', [10, 10, 50, 14], 0, 0),
  n('12,50', '1250', '12.50', [120, 10, 40, 14], 0, 1),
  n('1.299,00', '129900', '1299.00', [110, 40, 70, 14], 1, 1),
];
const digitAt = (digit: number, x: number, y: number) => ({ digit, confidence: 1, box: [x, y, 8, 14] as [number, number, number, number], doubtful: false, alternatives: [] });

test('the chosen number is found by its place, also when a corrected digit changed its text', () => {
  const reading = { number: '129800', text: '1.298,00', numbers, digits: [digitAt(1, 110, 40)] };
  expect(chosenNumber(reading)).toMatchObject({ text: '1.298,00', digits: '129800', box: [110, 40, 70, 14] });
  expect(otherNumbers(reading, chosenNumber(reading)).map((o) => o.text)).toEqual(['10481', '12,50']);
  // A reading stored before numbers as written has its digits only.
  expect(chosenNumber({ number: '40719', text: null, numbers: undefined as unknown as NumberReading[], digits: [] })).toMatchObject({ text: '40719', plain: null });
});

test('a picked digit changes the text and the value; a picked number becomes the card digits', () => {
  const price = numbers[2];
  const picked = withPicked(
    price,
    asDigits(price).map((d, i) => (i === 3 ? { ...d, digit: 8 } : d)),
    'de',
  );
  expect([picked.text, picked.plain, picked.value]).toEqual(['1.298,00', '1298.00', 1298]);
  expect(asDigits(numbers[1]).map((d) => d.digit)).toEqual([1, 2, 5, 0]);
});

test('Copy all: a grid as tab-separated rows (an empty cell where a row has none), a list one a line; Fill a number field with the plain value', () => {
  expect(allNumbersText(numbers, 'text')).toBe('10481\t12,50\n\t1.299,00');
  expect(allNumbersText([numbers[0], { ...numbers[2], column: 0 }], 'value')).toBe('10481\n1299.00');
  expect(fillText(numbers[2], 'text', true)).toBe('1299.00');
  expect(fillText(numbers[2], 'text', false)).toBe('1.299,00');
  expect(fillText(numbers[2], 'digits', false)).toBe('129900');
});

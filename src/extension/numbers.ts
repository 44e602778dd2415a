/** The numbers of a reading as the card and the popup offer them: the chosen one, the others, and what Copy, Copy all and Fill put down. */
import { type DigitReading, type NumberForm, type NumberReading, numberIn, numbersAsLines, numbersAsTable, numberValue, partsOf, type Reading, withDigits } from '../engine';

/** The chosen number with its text as corrected (a reading stored before numbers as written has only its digits). */
export function chosenNumber(reading: Pick<Reading, 'number' | 'text' | 'numbers' | 'digits'>): NumberReading | undefined {
  if (reading.number === null) return undefined;
  // By place: a corrected reading's text and digits are no longer those the engine listed.
  const [x, y] = reading.digits[0]?.box ?? [-1, -1];
  const holds = (n: NumberReading) => x >= n.box[0] && x < n.box[0] + n.box[2] && y >= n.box[1] && y < n.box[1] + n.box[3];
  const found = reading.numbers?.find(holds) ?? reading.numbers?.find((n) => n.text === reading.text);
  const text = reading.text ?? reading.number;
  const digits = reading.number;
  if (found) return { ...found, digits, text };
  return { text: digits, digits, value: null, plain: null, ambiguous: false, doubtful: false, skipped: false, box: [0, 0, 0, 0], line: 0, column: 0, confidence: 1 };
}

/** The other numbers of the region, in reading order. */
export const otherNumbers = (reading: Pick<Reading, 'numbers' | 'text' | 'number'>, shown: NumberReading | undefined): NumberReading[] =>
  (reading.numbers ?? []).filter((n) => !shown || n.box.join() !== shown.box.join());

/** A number picked from the others, as the card's digits: one reading each, no alternatives to offer. */
export const asDigits = (n: NumberReading): DigitReading[] =>
  [...n.digits].map((d) => ({ digit: Number(d), confidence: n.confidence, box: n.box, doubtful: n.doubtful, alternatives: [] }));

/** The shown number with the digits as the user settled them, its value again from the corrected text. */
export function withPicked(n: NumberReading, digits: DigitReading[], locale = ''): NumberReading {
  const chosen = digits.map((d) => d.digit);
  const text = withDigits(n.text, chosen);
  const { value, plain } = numberValue(partsOf(text), locale);
  return { ...n, digits: chosen.join(''), text, value, plain };
}

/** Copy all: a table as tab-separated rows when the numbers stand in columns, otherwise one a line. */
export function allNumbersText(numbers: NumberReading[], form: NumberForm): string {
  const grid = numbers.some((n) => n.column > 0) && new Set(numbers.map((n) => n.line)).size > 1;
  return grid ? numbersAsTable(numbers, form) : numbersAsLines(numbers, form);
}

/** What Fill types: a number field takes the plain value (it refuses separators), a text field the chosen form. */
export const fillText = (n: NumberReading, form: NumberForm, numberField: boolean): string => (numberField ? (n.plain ?? n.digits) : numberIn(n, form));

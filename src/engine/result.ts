/** The Reading the pipeline hands back: the chosen number, every number found, and notes for people. */
import type { Group } from './layout';
import type { Numbers } from './numbers';
import type { DigitGroup, Reading, RgbaImage } from './types';

const asGroup = (g: Group): DigitGroup => ({
  number: g.digits.map((d) => d.digit).join(''),
  digits: g.digits,
  box: g.box,
  confidence: Math.min(...g.digits.map((d) => d.confidence)),
});

/** No number, and why. */
export function emptyReading(image: RgbaImage, started: number, note: string): Reading {
  return { number: null, text: null, value: null, digits: [], groups: [], numbers: [], ms: performance.now() - started, width: image.width, height: image.height, notes: [note] };
}

/**
 * @param found every group, for `groups`; @param numbers the groups joined into numbers as written
 * @param notes what the budget stages said; a note on the number's length is added here
 */
export function reading(image: RgbaImage, started: number, found: Group[], { numbers, digits: numberDigits, chosen }: Numbers, digits: number | 'any', notes: string[]): Reading {
  const best = chosen === undefined ? undefined : numbers[chosen];
  if (!best && numbers.length === 0) notes.push('no digits were found');
  else if (!best) notes.push(`no number with ${digits} digits was found (read: ${numbers.map((n) => n.text).join(', ')})`);
  else if (typeof digits === 'number' && best.digits.length !== digits) {
    notes.push(`no number with ${digits} digits was found; showing the closest (${best.digits.length} digits)`);
  }
  if (best?.skipped) notes.push(`a mark inside ${best.text} is no digit or separator and was left out`);
  return {
    number: best?.digits ?? null,
    text: best?.text ?? null,
    value: best?.value ?? null,
    digits: chosen === undefined ? [] : numberDigits[chosen],
    groups: found.map(asGroup),
    numbers,
    ms: performance.now() - started,
    width: image.width,
    height: image.height,
    notes,
  };
}

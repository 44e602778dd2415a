/** The Reading the pipeline hands back: the chosen number, every number found, and notes for people. */
import type { Group } from './layout';
import type { DigitGroup, Reading, RgbaImage } from './types';

const asGroup = (g: Group): DigitGroup => ({
  number: g.digits.map((d) => d.digit).join(''),
  digits: g.digits,
  box: g.box,
  confidence: Math.min(...g.digits.map((d) => d.confidence)),
});

/** No number, and why. */
export function emptyReading(image: RgbaImage, started: number, note: string): Reading {
  return { number: null, digits: [], groups: [], ms: performance.now() - started, width: image.width, height: image.height, notes: [note] };
}

/** @param notes what the budget stages said; a note on the number's length is added here */
export function reading(image: RgbaImage, started: number, { found, best }: { found: Group[]; best?: Group }, digits: number | 'any', notes: string[]): Reading {
  const number = (g: Group) => g.digits.map((d) => d.digit).join('');
  if (!best && found.length === 0) notes.push('no digits were found');
  else if (!best) notes.push(`no number with ${digits} digits was found (read: ${found.map(number).join(', ')})`);
  else if (typeof digits === 'number' && best.digits.length !== digits) {
    notes.push(`no number with ${digits} digits was found; showing the closest (${best.digits.length} digits)`);
  }
  return {
    number: best ? number(best) : null,
    digits: best?.digits ?? [],
    groups: found.map(asGroup),
    ms: performance.now() - started,
    width: image.width,
    height: image.height,
    notes,
  };
}

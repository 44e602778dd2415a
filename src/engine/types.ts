import type { Box } from './plane';

export type { Box };
export type { ReadOptions } from './options';

/** Pixels as every context has them: RGBA, row-major (ImageData, decoded files). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface Alternative {
  digit: number;
  confidence: number;
}

export interface DigitReading {
  digit: number;
  confidence: number;
  /** box in the input image's pixels */
  box: Box;
  doubtful: boolean;
  /** next-best digits, most likely first */
  alternatives: Alternative[];
}

export interface DigitGroup {
  number: string;
  digits: DigitReading[];
  box: Box;
  confidence: number; // the least confident digit's
}

/** One number of the region as written, with its value and its place. */
export interface NumberReading {
  /** as written: sign, separators and percent sign kept ("-1.299,00", "+49 30 1234567", "007") */
  text: string;
  /** the digits alone, leading zeros kept */
  digits: string;
  /** its value, when the text is a number form ("1.299,00" -> 1299); null for a phone number or an ID with a hyphen */
  value: number | null;
  /** the value as a plain number, decimals as written ("1299.00"); null when there is no value */
  plain: string | null;
  /** a form locales read differently ("1.299") that the locale did not decide: `value` takes the separator as grouping */
  ambiguous: boolean;
  /** a digit is doubtful, or a mark inside the number was passed over */
  doubtful: boolean;
  /** a mark inside the number that is no separator was passed over */
  skipped: boolean;
  box: Box;
  /** its line and column, from 0, in reading order: a list is one column, a table rows and columns */
  line: number;
  column: number;
  confidence: number;
}

/** What the engine read from one image. Plain data: it travels between contexts and into storage as it is. */
export interface Reading {
  /** the group that best fits the expected length, leading zeros kept; null when no digits were found */
  number: string | null;
  /** the chosen number as written, and its value (see NumberReading) */
  text: string | null;
  value: number | null;
  digits: DigitReading[];
  groups: DigitGroup[];
  /** every number in the region, in reading order */
  numbers: NumberReading[];
  /** engine time in ms */
  ms: number;
  width: number;
  height: number;
  /** why the image was changed or why nothing was read, for people */
  notes: string[];
}

/** Success carries its fields; failure a message for people. Every boundary extends it, none copies it. */
export type Outcome<T extends object> = ({ ok: true } & T) | { ok: false; error: string };

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

/** What the engine read from one image. Plain data: it travels between contexts and into storage as it is. */
export interface Reading {
  /** the group that best fits the expected length, leading zeros kept; null when no digits were found */
  number: string | null;
  digits: DigitReading[];
  groups: DigitGroup[];
  /** engine time in ms */
  ms: number;
  width: number;
  height: number;
  /** why the image was changed or why nothing was read, for people */
  notes: string[];
}

/** Success carries its fields; failure a message for people. Every boundary extends it, none copies it. */
export type Outcome<T extends object> = ({ ok: true } & T) | { ok: false; error: string };

import type { Box } from './plane';

export type { Box };

/** Pixels as every context has them: RGBA, row-major (ImageData, decoded files). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface ReadOptions {
  /** how many digits the wanted number has, or 'any' for the most prominent number */
  digits: number | 'any';
  /** digits below this confidence are marked doubtful (the notebook's 0.7) */
  minConfidence: number;
}

export const DEFAULT_OPTIONS: ReadOptions = { digits: 5, minConfidence: 0.7 };

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

/**
 * How a piece's prediction becomes a glyph of the reading: its box in the input image's pixels, its
 * digit reading, and whether it counts as a digit, is legible, or is short for the text.
 */
import type { Prediction } from './classifier';
import type { Glyph } from './layout';
import type { Segmentation } from './pieces';
import type { Box } from './plane';
import { TUNABLES } from './tunables';
import type { DigitReading } from './types';

const { minDigitHeight, short } = TUNABLES.classify;

export interface View {
  /** a box in the segmentation's pixels, in the input image's */
  toImage(box: Box): Box;
  /** tall enough in the input's own pixels to be a legible digit, not a speck of texture */
  legible(box: Box): boolean;
  /** well short of the text's height: more likely a fragment than a digit of its own */
  short(box: Box): boolean;
  /** a digit when it reads as one and is legible; otherwise a separator with a doubtful fallback reading */
  glyph(p: Prediction, box: Box): Glyph;
}

export const isDigit = (p: Prediction) => p.confidence > p.notDigit;

/** @param factor the budget's reduction of the input (1: none); @param minConfidence below it a digit is doubtful */
export function viewOf(seg: Segmentation, factor: number, minConfidence: number): View {
  const toInput = seg.scale * factor;
  const toImage = (box: Box): Box => {
    const k = 1 / toInput;
    const x = Math.floor(box[0] * k);
    const y = Math.floor(box[1] * k);
    return [x, y, Math.max(1, Math.ceil((box[0] + box[2]) * k) - x), Math.max(1, Math.ceil((box[1] + box[3]) * k) - y)];
  };
  const reading = (p: Prediction, box: Box): DigitReading => ({
    digit: p.digit,
    confidence: round(p.confidence),
    box: toImage(box),
    doubtful: p.confidence < minConfidence,
    alternatives: p.alternatives.map((a) => ({ digit: a.digit, confidence: round(a.confidence) })),
  });
  const legible = (box: Box) => box[3] / toInput >= minDigitHeight;
  return {
    toImage,
    legible,
    short: (box) => box[3] < short * seg.textHeight,
    glyph: (p, box) => {
      const r = reading(p, box);
      return isDigit(p) && legible(box) ? { box: r.box, reading: r } : { box: r.box, fallback: { ...r, doubtful: true } };
    },
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

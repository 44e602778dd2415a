/** A digit the user picked from a reading's alternatives: the card shows it, storage keeps it. */
import type { DigitReading } from '../engine';

/** `d` read as `digit` instead, which must be one of its alternatives (or itself); undefined when it is not. */
export function picked(d: DigitReading, digit: number): DigitReading | undefined {
  if (digit === d.digit) return d;
  if (!d.alternatives.some((a) => a.digit === digit)) return undefined;
  return { ...d, digit, confidence: 1, doubtful: false, alternatives: [{ digit: d.digit, confidence: d.confidence }, ...d.alternatives.filter((a) => a.digit !== digit)] };
}

/**
 * A typed array kept from call to call for one step's intermediate values. Making a typed array costs
 * about a microsecond here (its memory lives outside the JS heap, zeroed and tracked), as much as the
 * arithmetic on a few hundred pixels: one glyph's model input took some 25 of them, half its time.
 *
 * Each Scratch belongs to one function, which never hands it out (what it returns is a fresh array) and
 * never calls code using the same one, so reuse is safe in the engine's single thread. The array may be
 * longer than asked for: index it up to the length you asked, never use its `length`.
 */
import { borrow, type Maker } from './pool';

type Typed = Float32Array | Float64Array | Int32Array | Uint8Array;

/** Longer arrays are borrowed from the read's pool (pool.ts) instead of kept here: a page-sized plane would
 *  otherwise stay in memory for good (four plane-sized scratch arrays of a 4-megapixel page are 64 MB).
 *  512x512 floats, a megabyte. */
export const KEEP_AT_MOST = 512 * 512;

export class Scratch<T extends Typed> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(0);
  }

  /** At least `length` elements, the first `length` of them zero. */
  zeroed(length: number): T {
    return this.take(length, true);
  }

  /** At least `length` elements, with whatever the last call left in them: for arrays written in full. */
  dirty(length: number): T {
    return this.take(length, false);
  }

  private take(length: number, zero: boolean): T {
    if (length > KEEP_AT_MOST) return borrow(this.array.constructor as Maker<T>, length, zero);
    if (this.array.length < length) this.array = this.make(Math.min(KEEP_AT_MOST, Math.max(length, 2 * this.array.length)));
    else if (zero) this.array.fill(0, 0, length);
    return this.array;
  }
}

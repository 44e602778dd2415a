/**
 * Plane-sized arrays lent for one read and kept for the next. A fresh array of a few megabytes costs more
 * than the work done in it: its pages are zeroed and mapped on first touch and its release waits for a
 * garbage collection (in Chromium, 16 MB made and written took 50–100 ms; written again, 3 ms). A page of
 * text borrows some 70 MB of them a read.
 *
 * Lending is scoped: `lending(read)` runs a read, every `borrow` inside it takes a kept array or makes one,
 * and all go back when the read ends, so nothing borrowed may outlive the read. Outside a read (training,
 * tests of one stage) `borrow` makes a fresh array. What is kept is bounded (`keepBytes`) and goes with the
 * process or page (the extension closes its offscreen document after a minute without reads), or at `letGo`.
 */
import { TUNABLES } from './tunables';

type Typed = Float32Array | Float64Array | Int32Array | Uint8Array | Uint8ClampedArray | Uint16Array | Uint32Array;
export type Maker<T extends Typed> = { new (length: number): T; readonly name: string };

/** Arrays shorter than this are made fresh: cheap to make, and not worth keeping. */
const LEND_FROM = 1 << 16;

const kept = new Map<string, Typed[]>();
let lent: { kind: string; array: Typed }[] | null = null;

/** An array of `length` elements, of `kind`, zeroed unless the caller writes every element (`zeroed` false); lent until the current read ends. */
export function borrow<T extends Typed>(kind: Maker<T>, length: number, zeroed = true): T {
  if (!lent || length < LEND_FROM) return new kind(length);
  const free = kept.get(kind.name) ?? [];
  // The smallest kept array long enough: a read asks for a few sizes (the image, its enlargement).
  let best = -1;
  for (let i = 0; i < free.length; i++) if (free[i].length >= length && (best < 0 || free[i].length < free[best].length)) best = i;
  const whole = best >= 0 ? (free.splice(best, 1)[0] as T) : new kind(length);
  lent.push({ kind: kind.name, array: whole });
  const view = whole.subarray(0, length) as T;
  if (best >= 0 && zeroed) view.fill(0);
  return view;
}

/** Takes an array back before the read ends, for the rest of the read to borrow: its borrower is done with it.
 *  An array the pool did not lend is left alone. */
export function giveBack(array: Typed): void {
  if (!lent) return;
  const k = lent.findIndex((e) => e.array.buffer === array.buffer);
  if (k < 0) return;
  const [{ kind, array: whole }] = lent.splice(k, 1);
  keep(kind, whole);
}

/** Runs `read` with arrays lent from the pool, and takes them all back when it ends (or throws). */
export function lending<R>(read: () => R): R {
  if (lent) return read();
  lent = [];
  try {
    return read();
  } finally {
    const back = lent;
    lent = null;
    for (const { kind, array } of back) keep(kind, array);
    trim(TUNABLES.budget.keepBytes);
  }
}

function keep(kind: string, array: Typed): void {
  const list = kept.get(kind);
  if (list) list.push(array);
  else kept.set(kind, [array]);
}

/** Lets every kept array go. */
export function letGo(): void {
  trim(0);
}

/** The bytes the pool keeps. */
export function keptBytes(): number {
  let bytes = 0;
  for (const list of kept.values()) for (const a of list) bytes += a.byteLength;
  return bytes;
}

/** Drops the largest arrays first until at most `bytes` are kept: one huge image does not stay for good. */
function trim(bytes: number): void {
  const all = [...kept.entries()].flatMap(([kind, list]) => list.map((array) => ({ kind, array }))).sort((a, b) => a.array.byteLength - b.array.byteLength);
  let total = 0;
  kept.clear();
  for (const { kind, array } of all) {
    if (total + array.byteLength > bytes) continue;
    total += array.byteLength;
    keep(kind, array);
  }
}

/**
 * Pieces the first look surely rejected that are one glyph (a letter, a sign), never two touching digits, so
 * never cut: no wider than the widest sure digit of their height (two touching digits are wider than either), or
 * between two pieces surely no digits, as a letter inside a word stands. Cut, a currency code's H read as 1 and 4.
 */
import type { FirstLook } from './first-look';
import { median } from './layout';
import type { Piece } from './pieces';
import { TUNABLES } from './tunables';

const { sure } = TUNABLES.classify;
const G = TUNABLES.letters;

export function singleGlyphs(pieces: Piece[], first: FirstLook): boolean[] {
  const rejected = (i: number) => first.wholes[i].notDigit >= sure;
  const alike = (a: number, b: number) => a >= G.sameHeight * b && b >= G.sameHeight * a;
  const firm = pieces.flatMap((p, i) => (first.firm[i] ? [p.box] : []));
  // The sure digits' widths per height: a page of text has thousands of letters but few heights.
  const byHeight = new Map<number, { widest: number; usual: number } | undefined>();
  const digitsOf = (h: number) => {
    if (!byHeight.has(h)) {
      const widths = firm.filter(([, , , fh]) => alike(fh, h)).map(([, , fw]) => fw);
      byHeight.set(h, widths.length ? { widest: Math.max(...widths), usual: median(widths) } : undefined);
    }
    return byHeight.get(h);
  };
  const order = pieces.map((_, i) => i).sort((a, b) => pieces[a].box[0] - pieces[b].box[0]);
  const at = new Int32Array(pieces.length);
  order.forEach((i, k) => {
    at[i] = k;
  });
  /** The nearest piece on the piece's line one way within a letter's gap, of the few next by left edge; -1 for none. */
  const neighbour = (i: number, step: 1 | -1) => {
    const [x, y, w, h] = pieces[i].box;
    let best = -1;
    let nearest = G.gap * h;
    for (let n = 1, k = at[i] + step; n <= G.lookAround && k >= 0 && k < order.length; n++, k += step) {
      const [qx, qy, qw, qh] = pieces[order[k]].box;
      const gap = step > 0 ? qx - (x + w) : x - (qx + qw);
      if (gap <= nearest && Math.min(y + h, qy + qh) - Math.max(y, qy) >= G.sameHeight * Math.min(h, qh)) [best, nearest] = [order[k], gap];
    }
    return best;
  };
  const inWord = (j: number, h: number) => j >= 0 && rejected(j) && alike(pieces[j].box[3], h);
  return pieces.map(({ box: [, , w, h] }, i) => {
    const digits = rejected(i) ? digitsOf(h) : undefined;
    if (!digits) return false;
    if (w <= digits.widest) return true;
    // A letter may be wider than a digit (H, M), but not as wide as two.
    return w <= G.width * digits.usual && inWord(neighbour(i, -1), h) && inWord(neighbour(i, 1), h);
  });
}

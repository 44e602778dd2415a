/**
 * Choosing with the model's confidence: each piece read whole or as its best cut, then neighbours
 * merged where the model reads them together as one digit clearly better than apart.
 */
import type { Prediction } from './classifier';
import type { Choice } from './fit-length';
import type { FirstLook } from './first-look';
import type { Piece } from './pieces';
import type { Box } from './plane';
import type { Proposals } from './proposals';
import { TUNABLES } from './tunables';
import { isDigit, type View } from './view';
import { wordsOf } from './words';

const C = TUNABLES.choose;
const { sure } = TUNABLES.classify;

type Part = { box: Box; p: Prediction; one?: boolean };
type Cut = { score: number; parts: Part[] };

/** Whether every part of a cut reads as a digit surely enough to stand; `signs` marks the parts that are signs (signAt). */
function standing(parts: Part[], box: Box, signs: boolean[]): boolean {
  // In a piece clearly several glyphs wide, a part may be doubted (a thin 1 carries a sliver of its
  // neighbour); in a narrower one each must be sure, or a '#' cut in two reads as 74.
  const many = box[2] >= C.manyWide * box[3];
  const digits = parts.filter((_, k) => !signs[k]);
  if (digits.length < parts.length && !digits.every(({ p }) => isDigit(p) && p.confidence >= sure)) return false;
  if (!digits.every(({ p }) => (many ? isDigit(p) || p.confidence >= C.partFloor : isDigit(p) && p.confidence >= C.narrowFloor))) return false;
  // A part cut as a narrow 1 that reads as another digit was cut on a wrong guess (the halves of a '#').
  return !parts.some((s) => s.one && s.p.digit !== 1);
}

/**
 * Whether the cut's part at `k` is a sign run into the number's end: first or last, surely no digit, and
 * reaching past every other part both above and below, as a $ does (a cut's sliver of a digit never does).
 */
function signAt(parts: Part[], k: number): boolean {
  if (parts.length < 2 || (k !== 0 && k !== parts.length - 1) || parts[k].p.notDigit < sure) return false;
  const [, y, w, h] = parts[k].box;
  // One glyph, upright: a wide part reaching past a sliver beside it is digits run together, not a sign.
  if (w > C.signWidth * h) return false;
  const others = parts.filter((_, j) => j !== k);
  const top = Math.min(...others.map((o) => o.box[1]));
  const bottom = Math.max(...others.map((o) => o.box[1] + o.box[3]));
  // Print only: the other parts one height on one level (old-style figures rise and fall, and two read as one reach both ways).
  const even = Math.max(TUNABLES.layout.reachEven * (bottom - top), 1);
  if (others.some((o) => o.box[1] > top + even || o.box[1] + o.box[3] < bottom - even)) return false;
  const reach = Math.max(TUNABLES.layout.reach * (bottom - top), TUNABLES.layout.reachPixels);
  return y < top - reach && y + h > bottom + reach;
}

/** Each piece whole or cut: the best standing cut, and the best with one part fewer, for fitLength. */
export function chooseCuts(pieces: Piece[], first: FirstLook, proposals: Proposals, predictions: Prediction[], view: View): Choice[] {
  return pieces.map((piece, i) => {
    let best: Cut | undefined;
    let loose: Cut | undefined;
    const byCount = new Map<number, Cut>();
    for (const proposal of proposals.cuts[i]) {
      const parts = proposal.map((s) => ({ box: s.box, p: predictions[s.at], one: s.one }));
      // A seam can also part one digit along its strokes (an 8 into a 1 and a 3): it must read a little better than the straight cuts.
      const weight = proposal.some((s) => s.wound) ? C.seamWeight : 1;
      const signs = parts.map((_, k) => signAt(parts, k));
      // A sign's part counts by how surely it is no digit.
      const score = weight * Math.exp(parts.reduce((sum, s, k) => sum + Math.log(signs[k] ? s.p.notDigit : s.p.confidence), 0) / parts.length);
      if (!standing(parts, piece.box, signs)) {
        if (parts.every((s) => isDigit(s.p) && (!s.one || s.p.digit === 1)) && (!loose || score > loose.score)) loose = { score, parts };
        continue;
      }
      if (!best || score > best.score) best = { score, parts };
      if (score > (byCount.get(parts.length)?.score ?? -1)) byCount.set(parts.length, { score, parts });
    }
    const w = first.wholes[i];
    const wholeScore = isDigit(w) ? w.confidence : 0;
    const fewer = best && byCount.get(best.parts.length - 1);
    return {
      whole: [first.glyphs[i]],
      split: best?.parts.map((part) => view.glyph(part.p, part.box)),
      fewer: fewer?.parts.map((part) => view.glyph(part.p, part.box)),
      loose: loose?.parts.map((part) => view.glyph(part.p, part.box)),
      chosen: best && best.score > wholeScore + C.splitMargin ? 'split' : 'whole',
    };
  });
}

/**
 * Letters are never cut into digits: in a printed word (its glyphs one height on one level) with no digit read
 * whole and a letter for sure (rejected whole, with no cut into digits), the other pieces rejected whole are
 * letters too and stay whole. Cut, an F read as 1 and 7, an H as 1 and 1 ("CHF 1'217.87").
 */
export function lettersStayWhole(choices: Choice[], pieces: Piece[], first: FirstLook): Choice[] {
  const rejected = (i: number) => first.wholes[i].notDigit >= TUNABLES.classify.sure;
  const whole = new Set<number>();
  for (const { members, even } of wordsOf(pieces)) {
    if (members.length < 2 || !even) continue;
    // A number's touching digits stand among digits read whole ("€11538" at 12 px): a word of letters has none.
    // A sign by its shape (a % beside touching digits) is no letter.
    const letter = (i: number) => rejected(i) && !first.glyphs[i].sign && !choices[i].split && !choices[i].loose;
    if (members.some((i) => isDigit(first.wholes[i])) || !members.some(letter)) continue;
    for (const i of members) if (rejected(i) && choices[i].chosen === 'split') whole.add(i);
  }
  return whole.size ? choices.map((c, i) => (whole.has(i) ? { whole: c.whole, chosen: 'whole' } : c)) : choices;
}

/** Short beside a digit, and high as an apostrophe or on the baseline as a comma or dot. */
function punctuationBeside([, y, , h]: Box, [, dy, , dh]: Box): boolean {
  const middle = dy + dh / 2;
  const edge = C.markEdge * dh;
  return h < TUNABLES.classify.short * dh && ((y <= dy + edge && y + h <= middle) || (y >= middle && y + h >= dy + dh - edge));
}

/**
 * Neighbours read as one: a merge reading clearly better than its parts apart is taken; one that reads
 * only plausibly (two sure strokes that may be one 0) is offered to fitLength as the alternative.
 */
export function applyMerges(choices: Choice[], pieces: Piece[], first: FirstLook, proposals: Proposals, predictions: Prediction[], view: View): Choice[] {
  const score = (p: Prediction) => (isDigit(p) ? p.confidence : 0);
  // A piece well short of the text's height is more likely a fragment than a digit of its own, however
  // surely it reads (half of a handwritten 1 broken in two reads as a sure 1).
  const apart = (i: number) => score(first.wholes[i]) * (view.short(pieces[i].box) ? C.shortWeight : 1);
  const plausible = proposals.merges.filter(({ pair: [i, j], piece, at }) => {
    const p = predictions[at];
    // A sure digit never takes in a mark where punctuation stands beside it (an apostrophe by a 0) for a reading
    // less sure than its own; a fragment of its own stroke (a hand's 4 broken at the bar) is no such mark.
    const keeps = (k: number, other: number) => !first.firm[k] || !punctuationBeside(pieces[other].box, pieces[k].box) || p.confidence >= first.wholes[k].confidence;
    return (
      choices[i].chosen === 'whole' && choices[j].chosen === 'whole' && isDigit(p) && view.legible(piece.box) && p.confidence >= C.mergePlausible && keeps(i, j) && keeps(j, i)
    );
  });
  const clear = new Set(plausible.filter(({ pair: [i, j], at }) => predictions[at].confidence > Math.sqrt(apart(i) * apart(j)) + C.mergeMargin));
  const merged: (Choice | undefined)[] = [...choices];
  for (const m of [...clear, ...plausible.filter((m) => !clear.has(m))]) {
    const [i, j] = m.pair;
    if (merged[i] !== choices[i] || merged[j] !== choices[j]) continue;
    merged[i] = { whole: [view.glyph(predictions[m.at], m.piece.box)], split: [...choices[i].whole, ...choices[j].whole], chosen: clear.has(m) ? 'whole' : 'split' };
    merged[j] = undefined;
  }
  return merged.filter((c) => c !== undefined);
}

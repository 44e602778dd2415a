/**
 * A second look when the best number is one digit off the expected length. The first pass decides each
 * piece on its own; the expected length is evidence it could not use. With one digit too many, a split
 * piece is read whole again, or a stray mark at an end of the number (short, or read unsurely) is
 * dropped; with one too few, a piece read whole is read as its best split (or that cut's best with a
 * part fewer), or a piece called "not a digit" just beside the number is read as its best digit (marked
 * doubtful). A change is kept only when it gives exactly the expected length. With too many digits, the
 * number is first arranged again without reading rejected pieces inside it as digits.
 */
import { arrange, type Glyph, type Group, median, nearLimit, neighbourGaps } from './layout';
import { type Box, gapBetween } from './plane';
import { TUNABLES } from './tunables';

/** One segmented piece: read whole, or cut into digits (the best all-digit cut), and which was chosen. */
export interface Choice {
  whole: Glyph[];
  split?: Glyph[];
  /** the best cut into one part fewer than `split`, if there was one */
  fewer?: Glyph[];
  /** the best cut too unsure to stand whose parts all read as digits: weighed only with the whole number */
  loose?: Glyph[];
  chosen: 'whole' | 'split';
}

const { strayHeight: STRAY_HEIGHT, strayConfidence: STRAY_CONFIDENCE, overhang: OVERHANG, overshoot: OVERSHOOT } = TUNABLES.fit;
const L = TUNABLES.layout;

const glyphsOf = (choices: Choice[]) => choices.flatMap((c) => (c.chosen === 'split' && c.split ? c.split : c.whole));

export function fitLength(choices: Choice[], digits: number | 'any'): { found: Group[]; best?: Group } {
  const first = arrange(glyphsOf(choices), digits);
  const n = first.best?.digits.length;
  if (typeof digits !== 'number') return first;
  if (first.best) {
    const again = rescored(choices, digits, first.best);
    const next = again && arrange(glyphsOf(again), digits);
    if (next?.best?.digits.length === digits) return next;
    if (n === digits) return first;
  }
  /** The glyphs with piece k read another way: another choice, or another cut. */
  const changed = (k: number, change: Partial<Choice>) => glyphsOf(choices.map((c, i) => (i === k ? { ...c, ...change } : c)));
  /** The glyphs with piece k read as the given cut, its doubted parts as digits too. */
  const cutAsDigits = (k: number, cut: Glyph[]) => changed(k, { chosen: 'split', split: cut.map(asDigit) });
  // Too long: a letter the model rejected may have been taken into the number as a doubtful digit
  // ("ID 37233", where the I reads as 1 and the D was rescued between two digits).
  if (first.found.some((g) => g.digits.length > digits)) {
    const strict = arrange(glyphsOf(choices), digits, false);
    if (strict.best?.digits.length === digits) return strict;
  }
  // Too short, or no number near the length: the doubtful parts of a cut piece whose other parts were
  // read as digits are digits too (a 9 px "00560" blurred into one piece and cut in five reads as 560,
  // with two doubtful 0s), or its best cut into a part fewer is (an old-style "14" cut in three, the
  // middle part doubted: 1, 4 and 4).
  if (n === undefined || n < digits) {
    const found = new Set(first.found.flatMap((g) => g.digits));
    for (const [k, c] of choices.entries()) {
      if (c.chosen !== 'split' || !c.split?.some((g) => g.fallback) || !c.split.some((g) => g.reading && found.has(g.reading))) continue;
      for (const cut of [c.split, c.fewer]) {
        if (!cut) continue;
        const next = arrange(cutAsDigits(k, cut), digits);
        if (next.best?.digits.length === digits) return next;
      }
    }
  }
  // A sign or letters at an end of a number too long that the model rejected whole but the cutter made digits
  // of (a % read as 9 and 6, a № as 1, 1, 1): whole again, it is no digit, and it separates.
  for (const long of first.found.filter((g) => g.digits.length > digits)) {
    const ends = [long.digits[0], long.digits.at(-1)!].map((d) => d.box.join());
    for (const [k, c] of choices.entries()) {
      if (c.chosen !== 'split' || !c.split?.some((g) => g.reading && ends.includes(g.reading.box.join())) || c.whole.some((g) => g.reading)) continue;
      const next = arrange(changed(k, { chosen: 'whole' }), digits);
      if (next.best?.digits.length === digits) return next;
    }
  }
  if (!first.best) return first;
  const best = first.best;
  const inBest = (g: Glyph) => !!g.reading && best.digits.includes(g.reading);
  const variants: Glyph[][] = [];
  if (n === digits + 1) {
    choices.forEach((c, k) => {
      if (c.chosen !== 'split' || !c.split?.some(inBest)) return;
      // The whole piece stands for the digits it was cut into, even if the model doubted it.
      variants.push(changed(k, { chosen: 'whole' }).map((g) => (c.whole.includes(g) ? asDigit(g) : g)));
      // Or it was cut once too often (half of an old-style 4 read as a 4), and its best cut into a part
      // fewer stands, doubted parts and all.
      if (c.fewer) variants.push(cutAsDigits(k, c.fewer));
    });
    const h = median(best.digits.map((d) => d.box[3]));
    const top = median(best.digits.map((d) => d.box[1]));
    const bottom = median(best.digits.map((d) => d.box[1] + d.box[3]));
    // A sign whose bar reaches past the digits both above and below ($, |, a bracket) is no digit: old-style
    // figures reach past the others one way only.
    const overshoots = ([, y, , bh]: Box) => y < top - OVERSHOOT * h && y + bh > bottom + OVERSHOOT * h;
    for (const edge of [best.digits[0], best.digits.at(-1)!]) {
      if (edge.box[3] < STRAY_HEIGHT * h || edge.confidence < STRAY_CONFIDENCE || overshoots(edge.box)) {
        variants.push(glyphsOf(choices).filter((g) => g.reading !== edge));
      }
    }
  } else if (n === digits - 1) {
    choices.forEach((c, k) => {
      if (c.chosen !== 'whole' || !c.split || !c.whole.some(inBest)) return;
      variants.push(changed(k, { chosen: 'split' }));
      // Its best cut may be one part too many (an old-style "14" read whole as a 4, cut best as 1, 4, 4).
      if (c.fewer) variants.push(cutAsDigits(k, c.fewer));
    });
    const all = glyphsOf(choices);
    for (const g of all) {
      if (g.fallback && besideNumber(g.box, best)) {
        variants.push(all.map((x) => (x === g ? asDigit(g) : x)));
      }
    }
  }
  for (const glyphs of variants) {
    const next = arrange(glyphs, digits);
    if (next.best?.digits.length === digits) return next;
  }
  return first;
}

/**
 * The number's pieces read whole or cut as the whole number reads best: of the ways to read them that give
 * exactly the expected length, the one with the greatest product of digit confidences, when it is clearly
 * greater than the first pass's. The first pass weighed each piece alone, so a wide handwritten 0 cut into
 * a sure 1 and 3 beat it, while a 1 touching the 5 after it stayed one piece read as 5.
 */
function rescored(choices: Choice[], digits: number, best: Group): Choice[] | undefined {
  const inBest = new Set(best.digits);
  const read = (g: Glyph) => g.reading ?? g.fallback;
  const involved = choices.flatMap((c, k) =>
    glyphsOf([c]).some((g) => {
      const r = read(g);
      return !!r && inBest.has(r);
    })
      ? [k]
      : [],
  );
  type Option = { change: Partial<Choice>; count: number; score: number };
  const option = (glyphs: Glyph[] | undefined, change: Partial<Choice>): Option[] => {
    const rs = glyphs?.map(read);
    if (!rs?.length || rs.some((r) => !r)) return [];
    return [{ change, count: rs.length, score: rs.reduce((sum, r) => sum + Math.log(Math.max(r!.confidence, 1e-6)), 0) }];
  };
  const now = involved.map((k) => option(glyphsOf([choices[k]]), {})[0]);
  const exact = now.every((o) => o) && now.reduce((sum, o) => sum + o.count, 0) === digits;
  // A number of the right length whose pieces cannot all be weighed (a cut with a doubted part) stays as it is.
  if (best.digits.length === digits && !exact) return undefined;
  const options = involved.map((k) => {
    const c = choices[k];
    return [
      ...option(c.whole, { chosen: 'whole' }),
      ...option(c.split, { chosen: 'split' }),
      ...option(c.fewer, { chosen: 'split', split: c.fewer?.map(asDigit) }),
      ...option(c.loose, { chosen: 'split', split: c.loose?.map(asDigit) }),
    ];
  });
  // layer[m], after i pieces: the best score of those pieces read as m digits, and the options that give it.
  let layer: ({ score: number; picks: number[] } | undefined)[] = [{ score: 0, picks: [] }];
  for (const opts of options) {
    const next: typeof layer = [];
    layer.forEach((state, m) => {
      if (!state) return;
      opts.forEach((o, j) => {
        const to = m + o.count;
        if (to > digits) return;
        const score = state.score + o.score;
        if (!next[to] || score > next[to]!.score) next[to] = { score, picks: [...state.picks, j] };
      });
    });
    layer = next;
  }
  const top = layer[digits];
  // A number of the right length is read otherwise only when that is clearly likelier.
  if (!top || (exact && top.score <= now.reduce((sum, o) => sum + o.score, 0) + TUNABLES.fit.rescoreMargin)) return undefined;
  const out = [...choices];
  involved.forEach((k, i) => {
    out[k] = { ...choices[k], ...options[i][top.picks[i]].change };
  });
  return out;
}

/** Of the number's height, on its line, and no further from its first or last digit than its digits are from each other. */
function besideNumber(box: Box, group: Group): boolean {
  const [, y, , h] = box;
  const [, gy, , gh] = group.box;
  const overlap = Math.min(y + h, gy + gh) - Math.max(y, gy);
  if (overlap < L.lineOverlap * Math.min(h, gh) || h < L.insideMin * group.height || h > L.insideMax * group.height) return false;
  const limit = nearLimit(group.height, median(neighbourGaps(group.digits)));
  const gapLeft = gapBetween(box, group.box);
  const gapRight = gapBetween(group.box, box);
  // Boxes may overlap a little: Jura's 6 reaches over the 4 after it (and a pixel more once boxes are
  // rounded out to the image's pixels).
  const overlapping = -1 - OVERHANG * group.height;
  return (gapLeft >= overlapping && gapLeft <= limit) || (gapRight >= overlapping && gapRight <= limit);
}

const asDigit = (g: Glyph): Glyph => (g.reading || !g.fallback ? g : { box: g.box, reading: g.fallback });

/**
 * From classified glyphs to numbers: glyphs are grouped into lines, read left to right (the order pieces
 * are found in is not reading order), and split into numbers at wide gaps and at anything that is not a
 * digit. A number broken by a thin space or separator (12 345, 12.345), or in handwriting by a gap a few
 * times its own spacing, is joined when that gives the expected length.
 */
import { type Box, gapBetween } from './plane';
import { joinWords } from './words';
import { TUNABLES } from './tunables';
import type { DigitReading } from './types';

const L = TUNABLES.layout;

export interface Glyph {
  box: Box;
  /** undefined for a piece that is not a digit (a letter, #, :): it separates numbers */
  reading?: DigitReading;
  /** for a piece judged not a digit: its best digit reading, used when it sits inside a number */
  fallback?: DigitReading;
  /** a plus or percent sign by its shape (marks.ts): no letter of a word */
  sign?: boolean;
}

export interface Group {
  digits: DigitReading[];
  box: Box;
  height: number;
  line: number;
}

export function lines(glyphs: Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => a.box[1] + a.box[3] / 2 - (b.box[1] + b.box[3] / 2));
  const out: { top: number; bottom: number; glyphs: Glyph[] }[] = [];
  for (const g of sorted) {
    const [, y, , h] = g.box;
    const line = out.find((l) => Math.min(l.bottom, y + h) - Math.max(l.top, y) >= L.lineOverlap * Math.min(h, l.bottom - l.top));
    if (line) {
      line.glyphs.push(g);
      line.top = Math.min(line.top, y);
      line.bottom = Math.max(line.bottom, y + h);
    } else out.push({ top: y, bottom: y + h, glyphs: [g] });
  }
  return out.map((l) => l.glyphs.sort((a, b) => a.box[0] - b.box[0]));
}

/** The middle value (the upper one of an even count), 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The gaps between neighbouring glyphs of a left-to-right run. */
export const neighbourGaps = (run: { box: Box }[]) => run.slice(1).map((d, i) => gapBetween(run[i].box, d.box));

/** How far a piece may stand from a number's digits and still belong to it: at their own spacing. */
export const nearLimit = (height: number, spacing: number) => Math.max(L.nearHeight * height, L.nearSpacing * spacing);

/** The median gap between neighbouring digits of a line: tight in print, wide in handwriting. */
function digitSpacing(line: Glyph[]): number {
  const gaps: number[] = [];
  line.forEach((x, k) => {
    const next = line[k + 1];
    if (x.reading && next?.reading) gaps.push(gapBetween(x.box, next.box));
  });
  return median(gaps);
}

/** @param rescue read a "not a digit" piece inside a number as its best digit (see insideNumber) */
export function groups(glyphs: Glyph[], rescue = true): Group[] {
  const out: Group[] = [];
  lines(glyphs).forEach((line, li) => {
    const spacing = digitSpacing(line);
    // Runs of digits with nothing that is not a digit between them.
    const runs: DigitReading[][] = [[]];
    line.forEach((g, i) => {
      const reading = g.reading ?? (rescue && insideNumber(line, i, spacing) ? g.fallback : undefined);
      if (reading) runs.at(-1)!.push(reading);
      else if (runs.at(-1)!.length) runs.push([]);
    });
    for (const run of runs.filter((r) => r.length)) {
      for (const part of splitAtGaps(run)) out.push(makeGroup(part, li));
    }
  });
  return out;
}

/**
 * A piece the model called "not a digit" between two digits of one number, of their height and at
 * their spacing, is most likely a badly written or unusual digit (MNIST's open 4s, a display font's
 * 1): it is read as its best digit, marked doubtful, rather than breaking the number in two.
 */
function insideNumber(line: Glyph[], i: number, spacing: number): boolean {
  const g = line[i];
  const left = line[i - 1]?.reading;
  const right = line[i + 1]?.reading;
  if (!g.fallback || !left || !right) return false;
  const h = Math.max(left.box[3], right.box[3]);
  const limit = nearLimit(h, spacing);
  const near = (a: Box, b: Box) => gapBetween(a, b) <= limit;
  return g.box[3] >= L.insideMin * h && g.box[3] <= L.insideMax * h && near(left.box, g.box) && near(g.box, right.box);
}

/**
 * Splits a run of digits where a gap is wide: wider than `maxGap` glyph heights and clearly wider than
 * the run's usual gap. Print has tight, even spacing, so a word space splits it; handwriting has wide,
 * uneven gaps, so only an outlier does. A size change (a superscript, another line's text) splits too.
 */
function splitAtGaps(run: DigitReading[]): DigitReading[][] {
  const gaps = neighbourGaps(run);
  const h = median(run.map((d) => d.box[3]));
  // The usual gap: the median of three or more, the smaller of two (one of them may be the outlier).
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted.length >= 3 ? sorted[Math.floor(sorted.length / 2)] : (sorted[0] ?? 0);
  const limit = Math.max(L.maxGap * h, L.gapOutlier * usual);
  const parts: DigitReading[][] = [[run[0]]];
  run.slice(1).forEach((d, i) => {
    const prev = run[i];
    // Old-style figures (Georgia, Garamond) differ in height by up to ~40%: only a bigger change is
    // another size of text.
    const sameSize = Math.min(prev.box[3], d.box[3]) >= L.sameSize * Math.max(prev.box[3], d.box[3]);
    if (gaps[i] > limit || !sameSize) parts.push([d]);
    else parts.at(-1)!.push(d);
  });
  return parts;
}

function makeGroup(digits: DigitReading[], line: number): Group {
  const x0 = Math.min(...digits.map((d) => d.box[0]));
  const y0 = Math.min(...digits.map((d) => d.box[1]));
  const x1 = Math.max(...digits.map((d) => d.box[0] + d.box[2]));
  const y1 = Math.max(...digits.map((d) => d.box[1] + d.box[3]));
  return { digits, box: [x0, y0, x1 - x0, y1 - y0], height: median(digits.map((d) => d.box[3])), line };
}

/**
 * A group longer than expected whose widest gap leaves exactly `length` digits on one side is split
 * there: at 9–12 px a word space can be as narrow as digit spacing elsewhere ("ID 29437" read as
 * 1029437), but it is still the widest gap in the line. Condensed letters read as digits run into the number
 * the same way ("Ticket 01008" in DIN read as 8101008: the e as 8, the t as 1).
 */
export function splitToLength(all: Group[], length: number): Group[] {
  return all.flatMap((g) => {
    const n = g.digits.length;
    if (n <= length) return [g];
    const gaps = neighbourGaps(g.digits);
    const widest = gaps.indexOf(Math.max(...gaps));
    const rest = gaps.filter((_, i) => i !== widest).sort((a, b) => a - b);
    const next = rest.at(-1) ?? 0;
    const cut = widest + 1;
    // Clearly the widest: twice the usual gap, and not a near tie with the next (a proportional 1's side
    // bearings widen both its gaps, so the next widest alone is no yardstick).
    const clear = gaps[widest] >= Math.max(L.widestOverNext * next, L.widestOverUsual * median(rest), 1);
    if ((cut !== length && n - cut !== length) || !clear) return [g];
    return [makeGroup(g.digits.slice(0, cut), g.line), makeGroup(g.digits.slice(cut), g.line)];
  });
}

/** Joins neighbouring groups on a line, separated by a narrow gap only, when together they have `length` digits. */
export function joinSeparated(all: Group[], length: number, separators: Box[]): Group[] {
  const out = [...all];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.line !== b.line || a.digits.length + b.digits.length !== length) continue;
    if (a.digits.length === length || b.digits.length === length) continue;
    const gap = gapBetween(a.box, b.box);
    const h = Math.max(a.height, b.height);
    const between = separators.filter((s) => s[0] >= a.box[0] + a.box[2] - 1 && s[0] + s[2] <= b.box[0] + 1);
    const onlySmallMarks = between.every((s) => s[3] < L.smallMark * h);
    // Handwriting is spaced widely and unevenly, and a narrow 1 leaves a wide gap beside it: a gap a few
    // times the digits' own spacing still joins.
    const inner = [...neighbourGaps(a.digits), ...neighbourGaps(b.digits)];
    const limit = Math.max(L.maxSeparatorGap * h, L.joinSpacing * median(inner));
    if (gap <= limit && onlySmallMarks && Math.min(a.height, b.height) >= L.joinHeight * h) {
      out.splice(i, 2, makeGroup([...a.digits, ...b.digits], a.line));
    }
  }
  return out;
}

/**
 * The group the user most likely wants: the expected length first, then the larger and surer. A group
 * one digit off still counts (a missed or extra digit is easier to fix than nothing); further off, there
 * is no such number here.
 */
export function bestGroup(all: Group[], digits: number | 'any'): Group | undefined {
  const score = (g: Group) => {
    const surety = Math.min(...g.digits.map((d) => d.confidence));
    const prominence = g.height * Math.sqrt(g.digits.length);
    if (digits === 'any') return prominence * (L.suretyBase + surety);
    const miss = Math.abs(g.digits.length - digits);
    return -miss * 1e6 + prominence * (L.suretyBase + surety);
  };
  const candidates = digits === 'any' ? all : all.filter((g) => Math.abs(g.digits.length - digits) <= L.lengthSlack);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

/** Glyphs (boxes in image pixels) to numbers, and the number the user most likely wants. */
export function arrange(all: Glyph[], digits: number | 'any', rescue = true): { found: Group[]; best?: Group } {
  const glyphs = lettersInWords(signsByReach(all));
  let found = groups(glyphs, rescue);
  if (typeof digits === 'number') {
    const separators = glyphs.filter((g) => !g.reading).map((g) => g.box);
    found = splitToLength(joinSeparated(found, digits, separators), digits);
  }
  return { found, best: bestGroup(found, digits) };
}

/**
 * A glyph reaching clearly above and below the digits of its line is a sign: figures rise (old-style 6, 8)
 * or fall (3, 4, 5, 7, 9) but never both, nor do letters, where a $ stroke, a bracket or a bar does both. In
 * print only: type sets its figures one height, a hand does not.
 */
export function signsByReach(glyphs: Glyph[]): Glyph[] {
  const signs = new Set<Glyph>();
  for (const line of lines(glyphs)) {
    const read = line.filter((g) => g.reading);
    // A glyph the model rejected is tested too, against every digit of the line (one frame for them all):
    // reaching both ways it is no letter either (a $ beside "101" made it the word "$lol").
    const all = printLevel(read);
    for (const g of line) {
      if (g.sign) continue;
      const frame = g.reading ? printLevel(read.filter((o) => o !== g)) : all;
      if (!frame) continue;
      // Boxes of small text differ by a pixel or so either way whatever the glyph.
      const reach = Math.max(L.reach * (frame.bottom - frame.top), L.reachPixels);
      if (g.box[1] <= frame.top - reach && g.box[1] + g.box[3] >= frame.bottom + reach) signs.add(g);
    }
  }
  if (signs.size === 0) return glyphs;
  return glyphs.map((g) => (signs.has(g) ? { box: g.box, fallback: g.reading ?? g.fallback, sign: true } : g));
}

interface LineLevel {
  top: number;
  bottom: number;
}

/** The digits' top and baseline when they are print, null otherwise (or too few to tell). */
function printLevel(digits: Glyph[]): LineLevel | null {
  if (digits.length < L.reachDigits) return null;
  // Print: nearly all of them one height on one level (a comma read as a digit is short; a hand's digits vary and wander).
  const h = median(digits.map((o) => o.box[3]));
  const top = median(digits.map((o) => o.box[1]));
  const bottom = median(digits.map((o) => o.box[1] + o.box[3]));
  const even = (o: Glyph) => Math.abs(o.box[3] - h) <= L.reachEven * h + 1 && Math.abs(o.box[1] - top) <= L.reachEven * h + 1;
  return digits.filter(even).length < L.reachShare * digits.length ? null : { top, bottom };
}

/** The digits that have letter twins: o O and 0, l I and 1. */
export const TWINS: ReadonlySet<number> = new Set([0, 1]);

/**
 * Runs of 0s and 1s set tight against letters are words ("Iron", "tool", "lol"), not numbers: only those
 * digits have letter twins. A word is as words.ts joins them. In a word that holds another digit and two
 * letters or more, a run of twins is letters when letters or the word's ends bound it ("CHF3'391.56" with
 * the word space lost, its C read as 0); a run beside another digit stays part of the number.
 */
export function lettersInWords(glyphs: Glyph[]): Glyph[] {
  const asLetter = new Set<number>();
  for (const members of joinWords(glyphs.map((g) => g.box))) {
    const read = members.filter((i) => glyphs[i].reading);
    const tallest = Math.max(...read.map((i) => glyphs[i].box[3]), 0);
    const isLetter = (i: number) => !glyphs[i].reading && !glyphs[i].sign && glyphs[i].box[3] >= L.letterHeight * tallest;
    const letters = members.filter(isLetter).length;
    if (read.length === 0 || letters === 0) continue;
    const twin = (i: number) => TWINS.has(glyphs[i].reading?.digit ?? -1);
    if (read.every(twin)) {
      for (const i of read) asLetter.add(i);
      continue;
    }
    // One rejected piece may be a digit drawn badly (a hand's 2 beside its 1s): a word has two letters or more.
    if (letters < 2) continue;
    const order = [...members].sort((a, b) => glyphs[a].box[0] - glyphs[b].box[0]);
    for (let start = 0; start < order.length; ) {
      if (!twin(order[start])) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < order.length && twin(order[end + 1])) end++;
      const before = order[start - 1];
      const after = order[end + 1];
      // Not every member is a twin, so one side at least is a letter or another digit.
      const bound = (i: number | undefined) => i === undefined || isLetter(i);
      if (bound(before) && bound(after)) for (let k = start; k <= end; k++) asLetter.add(order[k]);
      start = end + 1;
    }
  }
  if (asLetter.size === 0) return glyphs;
  return glyphs.map((g, i) => (asLetter.has(i) ? { box: g.box, fallback: g.reading } : g));
}

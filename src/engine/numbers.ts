/**
 * Numbers as written: the digit groups of a line joined across the separators between them ("1.299,00",
 * "12 345", "+49 30 1234567") where that makes a number form, with their sign, percent sign and the
 * separators inside them kept as text; each number's value, line and column; the chosen one is the
 * number that holds the group the user most likely wants.
 */
import { oneFormPerColumn } from './column-forms';
import { DisjointSets } from './disjoint-sets';
import type { Group } from './layout';
import { median, neighbourGaps } from './layout';
import { isPercent, type LineFrame, type Mark, separatorOf, signOf } from './marks';
import { decimalOf, type Grouping, groupingOf, isNumberForm, type NumberParts, numberText, numberValue } from './number-value';
import { type Box, gapBetween } from './plane';
import { TUNABLES } from './tunables';
import type { DigitReading, NumberReading } from './types';

const M = TUNABLES.marks;

/** One group's digits with the separators found between them. */
interface Part {
  group: Group;
  digits: DigitReading[];
  frame: LineFrame;
  runs: DigitReading[][];
  seps: string[];
  /** a mark inside the group that is no separator was passed over */
  skipped: boolean;
}

const frameOf = (digits: DigitReading[]): LineFrame => ({ top: median(digits.map((d) => d.box[1])), bottom: median(digits.map((d) => d.box[1] + d.box[3])) });
const right = (b: Box) => b[0] + b[2];
/** A piece mostly in a digit's box is that digit (every piece is a candidate mark); a speck, only when it lies
 * inside one whole: a dot or comma under a 7's bar reaches into the 7's box by a rounding pixel. */
const overlapsDigit = (m: Mark, digits: DigitReading[]) =>
  digits.some(({ box }) => {
    const w = Math.min(right(box), right(m.box)) - Math.max(box[0], m.box[0]);
    const h = Math.min(box[1] + box[3], m.box[1] + m.box[3]) - Math.max(box[1], m.box[1]);
    return w > 0 && h > 0 && w * h >= (m.piece === undefined ? M.speckInside : M.pieceInside) * m.box[2] * m.box[3];
  });

/** Marks at the height of the line. */
const onLine = (marks: Mark[], { top, bottom }: LineFrame) => {
  const H = bottom - top;
  return marks.filter(({ box: [, y, , h] }) => y + h > top - 0.5 * H && y < bottom + 0.5 * H);
};

/** Marks between x0 and x1 at the height of the line. */
const marksBetween = (marks: Mark[], x0: number, x1: number, { top, bottom }: LineFrame) => {
  const H = bottom - top;
  return marks.filter(({ box: [x, y, w, h] }) => x + w / 2 > x0 - 1 && x + w / 2 < x1 + 1 && y + h > top - 0.5 * H && y < bottom + 0.5 * H);
};

function partOf(group: Group, marks: Mark[], grouping: Grouping | undefined): Part {
  const { digits } = group;
  const frame = frameOf(digits);
  const H = frame.bottom - frame.top;
  const gaps = neighbourGaps(digits);
  const usual = median(gaps);
  // Between digits of one group: short groups ("+1 12 99 38") make half the gaps spaces, and the median one of them.
  const inner = lowerQuartile(gaps);
  const pitch = lowerQuartile(steps(digits));
  const width = median(digits.map((d) => d.box[2]));
  const narrow = (d: DigitReading) => d.box[2] < M.narrowDigit * width;
  const besideOne = gaps.filter((_, i) => narrow(digits[i]) || narrow(digits[i + 1]));
  const usualBesideOne = besideOne.length >= 2 ? Math.min(usual, lowerQuartile(besideOne)) : usual;
  const print = inner <= M.printSpacing * H;
  // Boxes of enlarged small text overlap their neighbours by a rounding pixel or so: a space is measured from there.
  const overlap = Math.min(0, inner);
  const runs: DigitReading[][] = [[digits[0]]];
  const seps: string[] = [];
  let skipped = false;
  digits.slice(1).forEach((d, i) => {
    const prev = digits[i];
    const between = marksBetween(marks, right(prev.box), d.box[0], frame).filter((m) => !overlapsDigit(m, digits));
    const named = between.map((m) => separatorOf(m, frame));
    const sep = named.length === 1 ? named[0] : undefined;
    if (sep) {
      seps.push(sep);
      runs.push([d]);
      return;
    }
    if (between.length) skipped = true;
    // A narrow 1 shortens its steps whatever the space beside it: its gap alone tells, against the other gaps
    // beside 1s (their side bearings widen them all) or the median gap, whichever is less.
    else if (
      print &&
      (narrow(prev) || narrow(d)
        ? gaps[i] > Math.max(M.spaceInside * H, M.spaceOverUsual * usualBesideOne)
        : gaps[i] - overlap >= Math.max(M.spaceInside * H, M.spaceOverUsual * inner) && steps([prev, d])[0] > M.spacePitchInside * pitch)
    ) {
      seps.push(' ');
      runs.push([d]);
      return;
    }
    runs.at(-1)!.push(d);
  });
  // After a plus sign, a phone number: its groups are any length.
  const phone = signBefore({ digits, frame }, marks) === '+';
  if (print) groupThousands(runs, seps, H, grouping, phone);
  return unitAfterDecimals({ group, digits, frame, runs, seps, skipped }, false);
}

const isDecimalMark = (sep: string | undefined) => sep === '.' || sep === ',' || sep === '.?' || sep === ',?';

/**
 * A sign or unit after the decimals read as an unsure digit (a € as 8) is dropped: decimals go on past a
 * space only after a group of three, so one digit after a space there is no digit of the number.
 * @param afterDecimal the part follows a decimal mark (its runs are all decimals)
 */
function unitAfterDecimals(p: Part, afterDecimal: boolean): Part {
  const { runs, seps, digits } = p;
  const n = runs.length;
  const last = runs[n - 1];
  if (n < 2 || seps[n - 2] !== ' ' || last.length !== 1 || last[0].confidence >= TUNABLES.classify.sure || runs[n - 2].length === 3) return p;
  if (!(n >= 3 ? isDecimalMark(seps[n - 3]) : afterDecimal)) return p;
  // The group stays the one found (the chosen number is known by it).
  return { ...p, digits: digits.slice(0, -1), runs: runs.slice(0, -1), seps: seps.slice(0, -1) };
}

/**
 * A thin space between thousands (fr 1 299, 12 345) is often narrower than any fixed share of the height,
 * but it stands where grouping puts it: every third gap from the right of a run. When those are all clearly
 * wider than the run's others, they hold spaces. (A run after a decimal mark is no integer part.)
 */
function groupThousands(runs: DigitReading[][], seps: string[], H: number, grouping: Grouping | undefined, phone: boolean): void {
  // A page whose language groups with spaces writes them in every long number, however thin; one that groups
  // with marks rarely does, and a pixel's noise between two boxes must not make one.
  const wider = grouping === 'space' ? M.groupWiderSpaced : grouping === 'mark' ? M.groupWiderMarked : M.groupWider;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    const afterDecimal = r > 0 && (seps[r - 1] === '.' || seps[r - 1] === ',') && seps.slice(r).every((s) => s === ' ');
    // Grouping never writes a leading zero ("00494" is an ID, not 00 494).
    const leadingZero = r === 0 && run[0].digit === 0;
    // After a space, only where the number so far reads as thousands (1 to 3 digits, then groups of 3): a
    // phone number's groups after a space are any length ("+49 30 1234567").
    const thousandsSoFar = !phone && runs.slice(0, r).every((p, k) => (k === 0 ? p.length <= 3 : p.length === 3)) && seps.slice(0, r).every((s) => s === ' ');
    if (run.length < 4 || afterDecimal || leadingZero || (r > 0 && seps[r - 1] === ' ' && !thousandsSoFar)) continue;
    const at = neighbourGaps(run).map((_, i) => (run.length - 1 - i) % 3 === 0);
    const widened = (measure: number[]) => {
      const wide = measure.filter((_, i) => at[i]);
      const rest = measure.filter((_, i) => !at[i]);
      const spread = rest.reduce((sum, v) => sum + Math.abs(v - median(rest)), 0);
      return { spread, yes: rest.length > 0 && Math.min(...wide) > M.groupOverOthers * Math.max(...rest) && Math.min(...wide) - median(rest) >= wider * H };
    };
    // Proportional figures keep their gaps even, tabular ones their steps: the measure the other
    // digits keep more even decides; when both keep it alike, either may show the spaces.
    const byGap = widened(neighbourGaps(run));
    const byStep = widened(steps(run));
    const spaced = grouping === 'space' ? byGap.yes || byStep.yes : byGap.spread < byStep.spread ? byGap.yes : byStep.spread < byGap.spread ? byStep.yes : byGap.yes || byStep.yes;
    if (!spaced) continue;
    const pieces: DigitReading[][] = [[run[0]]];
    for (const [i, d] of run.slice(1).entries()) {
      if (at[i]) pieces.push([d]);
      else pieces.at(-1)!.push(d);
    }
    runs.splice(r, 1, ...pieces);
    seps.splice(r, 0, ...pieces.slice(1).map(() => ' '));
  }
}

/** A digit reading well short of the digits beside it, low as a comma or high as an apostrophe: punctuation the model read as a digit. */
function isPunctuation([, y, , h]: Box, frame: LineFrame): boolean {
  const H = frame.bottom - frame.top;
  // On the digits' line: an apostrophe starts about their top, a comma ends a little below their baseline.
  const onTheLine = y >= frame.top - M.markAbove * H && y + h <= frame.bottom + M.markBelow * H;
  return onTheLine && h < M.lowDigit * H && (y >= frame.top + M.lowTop * H || y + h <= frame.top + M.highBottom * H);
}

/**
 * Punctuation the model read as digits (a comma as 9, an apostrophe as 1) become marks: a digit well short of
 * the digits of its own group or of a group beside it, or of the groups either side of it together, low or
 * high on their line. A comma a little lower than the digits may make a "line" of its own, so groups on other
 * lines beside it count too.
 */
function withoutPunctuation(found: Group[]): { groups: Group[]; marks: Mark[]; renamed: Map<Group, Group> } {
  const marks: Mark[] = [];
  const renamed = new Map<Group, Group>();
  const frames = found.map((g) => frameOf(g.digits));
  // Each line's groups, by their index in `found` (their frames' index).
  const byLine = new Map<number, number[]>();
  for (const [i, g] of found.entries()) {
    const line = byLine.get(g.line);
    if (line) line.push(i);
    else byLine.set(g.line, [i]);
  }
  const groups = found.flatMap((g) => {
    const near = (o: Group, oi: number, [x, , w]: Box) => Math.max(o.box[0] - (x + w), x - right(o.box)) <= M.markGap * (frames[oi].bottom - frames[oi].top);
    // A comma between single digits ("1,2") stands alone between two one-digit groups: their digits together are its frame.
    const between = (d: DigitReading) => {
      if (g.digits.length > 2) return false;
      const beside = (byLine.get(g.line) ?? []).filter((oi) => found[oi] !== g && near(found[oi], oi, d.box)).flatMap((oi) => found[oi].digits);
      return beside.length >= 2 && isPunctuation(d.box, frameOf(beside));
    };
    const punctuation = (d: DigitReading) =>
      between(d) ||
      found.some((o, oi) => {
        if (o.digits.length < 2 || (o === g && g.digits.length < 3)) return false;
        return (o === g || near(o, oi, d.box)) && isPunctuation(d.box, frames[oi]);
      });
    const digits = g.digits.filter((d) => !punctuation(d));
    // Only a stray comma or two makes a group of its own: a longer one is a number in smaller type.
    if (digits.length === g.digits.length || (digits.length === 0 && g.digits.length > 2)) return [g];
    for (const d of g.digits) if (!digits.includes(d)) marks.push({ box: d.box, cross: false, percent: false });
    if (digits.length === 0) return [];
    const kept = { ...g, digits, box: boxOf(digits.map((d) => d.box)), height: median(digits.map((d) => d.box[3])) };
    renamed.set(g, kept);
    return [kept];
  });
  return { groups, marks, renamed };
}

const lowerQuartile = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 4)] : 0);

/** Centre to centre, neighbour to neighbour. */
const steps = (ds: DigitReading[]) => ds.slice(1).map((d, i) => d.box[0] + d.box[2] / 2 - (ds[i].box[0] + ds[i].box[2] / 2));

const digitsText = (run: DigitReading[]) => run.map((d) => d.digit).join('');

/** The separator joining two neighbouring parts of a line, or undefined when they are two numbers. */
function connector(a: Part, b: Part, marks: Mark[]): string | undefined {
  const H = Math.max(a.frame.bottom - a.frame.top, b.frame.bottom - b.frame.top);
  const ha = a.frame.bottom - a.frame.top;
  const hb = b.frame.bottom - b.frame.top;
  if (Math.min(ha, hb) < TUNABLES.layout.joinHeight * H) return undefined;
  const gap = gapBetween(a.group.box, b.group.box);
  const frame = { top: Math.min(a.frame.top, b.frame.top), bottom: Math.max(a.frame.bottom, b.frame.bottom) };
  const between = marksBetween(marks, right(a.group.box), b.group.box[0], frame);
  // A separator or a space takes about one glyph's advance: in a monospaced font that is wide.
  const pitch = median([...steps(a.digits), ...steps(b.digits)]);
  if (between.length === 0) return gap <= Math.min(M.spaceMax * H, Math.max(M.spaceGap * H, M.spacePitch * pitch)) ? ' ' : undefined;
  const named = between.map((m) => separatorOf(m, frame));
  if (named.length !== 1 || !named[0] || gap > Math.min(M.markMax * H, Math.max(M.markGap * H, M.markPitch * pitch))) return undefined;
  // A separator sits between the digits, as close to one side as to the other (a monospaced font centres
  // it in a wide cell); one with a space after it ends a word ("No. 0009946").
  const [m] = between;
  const inner = median([...neighbourGaps(a.digits), ...neighbourGaps(b.digits)]);
  const tight = Math.max(M.markTight * H, M.markTightOverUsual * inner);
  const left = m.box[0] - right(a.group.box);
  const after = b.group.box[0] - right(m.box);
  const even = (x: number, y: number) => x <= M.markEven * Math.max(0, y) + M.markEvenSlack * H;
  // Under a digit that overhangs it (a 7's bar over the comma after it, a 1's flag over the one before it) the
  // boxes do not measure the gap on that side: the other is then held to the digits' own gaps instead.
  const own = (g: number) => g <= M.markEvenSlack * H + Math.max(0, inner);
  const balanced = left <= 0 ? own(after) : after <= 0 ? own(left) : even(left, after) && even(after, left);
  return left <= tight && after <= tight && balanced ? named[0] : undefined;
}

interface Draft {
  parts: Part[];
  joins: string[];
}

/**
 * A dot or comma the shape left unsure, settled by the locale's decimal mark: the last one before other than
 * three digits is the decimal mark, any other the group mark. Without a locale, the shape's lean stands.
 */
function settle(seps: string[], runs: string[], decimal: '.' | ',' | undefined): string[] {
  const lean = seps.map((s) => s[0]);
  if (!decimal || seps.every((s) => s.length === 1)) return lean;
  const marks = seps.map((s, i) => (s[0] === '.' || s[0] === ',' ? i : -1)).filter((i) => i >= 0);
  const byLocale = seps.map((s, i) => {
    if (s.length === 1) return s;
    const isDecimal = i === marks.at(-1) && runs[i + 1].length !== 3;
    return isDecimal ? decimal : decimal === ',' ? '.' : ',';
  });
  // A page in one language may quote a price in another's form: the locale never makes a number of a form that is none.
  return isNumberForm({ runs, seps: byLocale }) || !isNumberForm({ runs, seps: lean }) ? byLocale : lean;
}

const partsOf = ({ parts, joins }: Draft, sign?: '-' | '+', percent?: boolean, decimal?: '.' | ','): NumberParts => {
  const runs: string[] = [];
  const seps: string[] = [];
  parts.forEach((p, i) => {
    if (i) seps.push(joins[i - 1]);
    p.runs.forEach((r, k) => {
      if (k) seps.push(p.seps[k - 1]);
      runs.push(digitsText(r));
    });
  });
  return { sign, runs, seps: settle(seps, runs, decimal), percent };
};

/** Neighbouring parts joined where the joined text is a number form, longest first, left to right. */
function joinLine(line: Part[], marks: Mark[], decimal: '.' | ',' | undefined): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < line.length) {
    const joins: string[] = [];
    for (let j = i + 1; j < line.length; j++) {
      const c = connector(line[j - 1], line[j], marks);
      if (!c) break;
      // The line's own part is replaced: what follows (the number form, the drafts) reads the decimals without the sign.
      if (isDecimalMark(c)) line[j] = unitAfterDecimals(line[j], true);
      joins.push(c);
    }
    let end = i + joins.length;
    const plus = signBefore(line[i], marks) === '+';
    while (end > i && !isNumberForm(partsOf({ parts: line.slice(i, end + 1), joins: joins.slice(0, end - i) }, plus ? '+' : undefined, undefined, decimal))) end--;
    out.push({ parts: line.slice(i, end + 1), joins: joins.slice(0, end - i) });
    i = end + 1;
  }
  return out;
}

function signBefore(p: Pick<Part, 'digits' | 'frame'>, marks: Mark[]): '-' | '+' | undefined {
  const first = p.digits[0].box;
  const H = p.frame.bottom - p.frame.top;
  // Its right edge within the gap (it may reach a little over the digit's box, as a minus under a 1's flag does).
  const near = onLine(marks, p.frame).filter((m) => m.box[0] < first[0] && right(m.box) >= first[0] - M.signGap * H && right(m.box) <= first[0] + M.signOverlap * H);
  const nearest = near.sort((a, b) => right(b.box) - right(a.box))[0];
  return nearest ? signOf(nearest, p.frame) : undefined;
}

/** @param digits the whole number's digits, whose steps tell a monospaced font's cell */
function percentAfter(p: Part, marks: Mark[], digits: DigitReading[]): boolean {
  const last = p.digits.at(-1)!.box;
  const H = p.frame.bottom - p.frame.top;
  // A space before it (fr writes 39,8 %) takes a whole cell in a monospaced font: a digit's step more.
  const reach = right(last) + M.signGap * H + (digits.length > 1 ? median(steps(digits)) : 0);
  const near = onLine(marks, p.frame).filter((m) => m.box[0] >= right(last) - M.signOverlap * H && m.box[0] <= reach && right(m.box) > right(last));
  const nearest = near.sort((a, b) => a.box[0] - b.box[0])[0];
  return !!nearest && isPercent(nearest, p.frame);
}

const boxOf = (boxes: Box[]): Box => {
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  return [x0, y0, Math.max(...boxes.map(right)) - x0, Math.max(...boxes.map((b) => b[1] + b[3])) - y0];
};

export interface Numbers {
  numbers: NumberReading[];
  /** each number's digit readings, in the order of `numbers` */
  digits: DigitReading[][];
  /** the index of the number holding the best group, if any */
  chosen?: number;
}

/** Every number of the groups found, in reading order, and which one holds `best`. */
/**
 * @param expected the expected length: a best group of exactly that length with nothing inside it stays a
 * number of its own ("No. 64725" is no 140.64725 when the letters read as 140); one joined across a
 * separator to fit ("299,00" of "1.299,00") is given whole.
 */
export function readNumbers(all: Group[], bestGroup: Group | undefined, specks: Mark[], locale: string, expected: number | 'any' = 'any'): Numbers {
  const { groups: found, marks: stray, renamed } = withoutPunctuation(all);
  // Every piece came as a candidate: those read as digits of a number are no marks.
  const digitsRead = found.flatMap((g) => g.digits);
  const decimal = decimalOf(locale);
  const pieces = specks.filter((m) => !overlapsDigit(m, digitsRead));
  const seen = new Set(pieces.map((m) => m.box.join()));
  const marks = [...pieces, ...stray.filter((m) => !seen.has(m.box.join()))];
  const best = bestGroup && (renamed.get(bestGroup) ?? bestGroup);
  const byLine = new Map<number, Part[]>();
  const grouping = groupingOf(locale);
  for (const g of found) byLine.set(g.line, [...(byLine.get(g.line) ?? []), partOf(g, marks, grouping)]);
  const drafts: { draft: Draft; line: number }[] = [];
  [...byLine.keys()]
    .sort((a, b) => a - b)
    .forEach((key, line) => {
      const parts = byLine.get(key)!.sort((a, b) => a.group.box[0] - b.group.box[0]);
      const alone = parts.find((p) => p.group === best && p.seps.length === 0 && p.digits.length === expected);
      for (const draft of joinLine(parts, marks, decimal)) {
        const at = alone ? draft.parts.indexOf(alone) : -1;
        if (!alone || at < 0 || draft.parts.length === 1) drafts.push({ draft, line });
        else {
          const before = { parts: draft.parts.slice(0, at), joins: draft.joins.slice(0, Math.max(0, at - 1)) };
          const after = { parts: draft.parts.slice(at + 1), joins: draft.joins.slice(at + 1) };
          for (const d of [before, { parts: [alone], joins: [] }, after]) if (d.parts.length) drafts.push({ draft: d, line });
        }
      }
    });
  const numbers = drafts.map(({ draft, line }) => {
    const digits = draft.parts.flatMap((p) => p.digits);
    const sign = signBefore(draft.parts[0], marks);
    const percent = percentAfter(draft.parts.at(-1)!, marks, digits);
    const parts = partsOf(draft, sign, percent, decimal);
    const { value, plain, ambiguous } = numberValue(parts, locale);
    const skipped = draft.parts.some((p) => p.skipped);
    const reading: NumberReading = {
      text: numberText(parts),
      digits: parts.runs.join(''),
      value,
      plain,
      ambiguous,
      doubtful: skipped || digits.some((d) => d.doubtful),
      skipped,
      box: boxOf(digits.map((d) => d.box)),
      line,
      column: 0,
      confidence: Math.min(...digits.map((d) => d.confidence)),
    };
    return { reading, digits, groups: draft.parts.map((p) => p.group), parts };
  });
  assignColumns(numbers.map((n) => n.reading));
  oneFormPerColumn(
    numbers.map((n) => n.reading),
    numbers.map((n) => n.parts),
    locale,
  );
  let chosen = best ? numbers.findIndex((n) => n.groups.includes(best)) : -1;
  // No group was near the expected length, but a number joined of them is ("1" and "299,00" of 1.299,00).
  if (chosen < 0 && typeof expected === 'number') {
    const near = numbers.map((n, i) => ({ i, miss: Math.abs(n.reading.digits.length - expected), h: n.reading.box[3] })).filter((n) => n.miss <= TUNABLES.layout.lengthSlack);
    chosen = near.sort((a, b) => a.miss - b.miss || b.h - a.h)[0]?.i ?? -1;
  }
  return { numbers: numbers.map((n) => n.reading), digits: numbers.map((n) => n.digits), chosen: chosen >= 0 ? chosen : undefined };
}

/**
 * Columns: numbers on different lines whose spans overlap across are one column (a list, a table's
 * column). When that would put two numbers of one line in one column, the columns are their places
 * along the line instead.
 */
function assignColumns(numbers: NumberReading[]): void {
  const sets = new DisjointSets(numbers.length);
  // A sweep from left to right: a page of text costs the spans that overlap, not every pair.
  const order = numbers.map((_, i) => i).sort((a, b) => numbers[a].box[0] - numbers[b].box[0]);
  let open: number[] = [];
  for (const i of order) {
    open = open.filter((j) => right(numbers[j].box) > numbers[i].box[0]);
    for (const j of open) if (numbers[j].line !== numbers[i].line) sets.union(i, j);
    open.push(i);
  }
  const columns = sets.groups();
  const clash = columns.some((members) => new Set(members.map((i) => numbers[i].line)).size < members.length);
  if (clash) {
    const seen = new Map<number, number>();
    for (const n of numbers) {
      n.column = seen.get(n.line) ?? 0;
      seen.set(n.line, n.column + 1);
    }
    return;
  }
  columns
    .sort((a, b) => Math.min(...a.map((i) => numbers[i].box[0])) - Math.min(...b.map((i) => numbers[i].box[0])))
    .forEach((members, column) => {
      for (const i of members) numbers[i].column = column;
    });
}

/**
 * Numbers as written: the digit groups of a line joined across the separators between them ("1.299,00",
 * "12 345", "+49 30 1234567") where that makes a number form, with their sign, percent sign and the
 * separators inside them kept as text; each number's value, line and column; the chosen one is the
 * number that holds the group the user most likely wants.
 */
import { DisjointSets } from './disjoint-sets';
import type { Group } from './layout';
import { median, neighbourGaps } from './layout';
import { isPercent, type LineFrame, type Mark, separatorOf, signOf } from './marks';
import { isNumberForm, type NumberParts, numberText, numberValue } from './number-value';
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
const overlapsDigit = (m: Mark, digits: DigitReading[]) =>
  digits.some(({ box }) => {
    const w = Math.min(right(box), right(m.box)) - Math.max(box[0], m.box[0]);
    const h = Math.min(box[1] + box[3], m.box[1] + m.box[3]) - Math.max(box[1], m.box[1]);
    return w > 0 && h > 0 && w * h >= 0.5 * m.box[2] * m.box[3];
  });

/** Marks between x0 and x1 at the height of the line. */
const marksBetween = (marks: Mark[], x0: number, x1: number, { top, bottom }: LineFrame) => {
  const H = bottom - top;
  return marks.filter(({ box: [x, y, w, h] }) => x + w / 2 > x0 - 1 && x + w / 2 < x1 + 1 && y + h > top - 0.5 * H && y < bottom + 0.5 * H);
};

function partOf(group: Group, marks: Mark[]): Part {
  let frame = frameOf(group.digits);
  const H = frame.bottom - frame.top;
  // A comma or dot big enough to be a piece of its own may have been read as a digit: short and low, it is none.
  const digits = group.digits.length > 1 ? group.digits.filter((d) => !isPunctuation(d.box, frame)) : group.digits;
  const extra: Mark[] = group.digits.filter((d) => !digits.includes(d)).map((d) => ({ box: d.box, cross: false, percent: false }));
  frame = frameOf(digits);
  const gaps = neighbourGaps(digits);
  const usual = median(gaps);
  const print = usual <= M.printSpacing * H;
  const runs: DigitReading[][] = [[digits[0]]];
  const seps: string[] = [];
  let skipped = false;
  digits.slice(1).forEach((d, i) => {
    const prev = digits[i];
    const between = marksBetween([...marks, ...extra], right(prev.box), d.box[0], frame).filter((m) => !overlapsDigit(m, digits));
    const named = between.map((m) => separatorOf(m, frame));
    const sep = named.length === 1 ? named[0] : undefined;
    if (sep) {
      seps.push(sep);
      runs.push([d]);
      return;
    }
    if (between.length) skipped = true;
    else if (print && gaps[i] > Math.max(M.spaceInside * H, M.spaceOverUsual * usual)) {
      seps.push(' ');
      runs.push([d]);
      return;
    }
    runs.at(-1)!.push(d);
  });
  return { group, digits, frame, runs, seps, skipped };
}

/** A digit reading well short of the digits beside it, low as a comma or high as an apostrophe: punctuation the model read as a digit. */
function isPunctuation([, y, , h]: Box, frame: LineFrame): boolean {
  const H = frame.bottom - frame.top;
  return h < M.lowDigit * H && (y >= frame.top + M.lowTop * H || y + h <= frame.top + M.highBottom * H);
}

/** Single-digit groups that are punctuation beside a number (a comma read as 9 on a line of its own) become marks. */
function withoutPunctuation(found: Group[]): { groups: Group[]; marks: Mark[] } {
  const marks: Mark[] = [];
  const groups = found.filter((g) => {
    if (g.digits.length !== 1) return true;
    const [x, , w] = g.box;
    const host = found.find((o) => {
      if (o === g || o.digits.length < 2) return false;
      const H = o.height;
      const near = Math.max(o.box[0] - (x + w), x - right(o.box)) <= M.markGap * H;
      return near && isPunctuation(g.box, frameOf(o.digits));
    });
    if (host) marks.push({ box: g.box, cross: false, percent: false });
    return !host;
  });
  return { groups, marks };
}

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
  const steps = (ds: DigitReading[]) => ds.slice(1).map((d, i) => d.box[0] + d.box[2] / 2 - (ds[i].box[0] + ds[i].box[2] / 2));
  const pitch = median([...steps(a.digits), ...steps(b.digits)]);
  if (between.length === 0) return gap <= Math.min(M.spaceMax * H, Math.max(M.spaceGap * H, M.spacePitch * pitch)) ? ' ' : undefined;
  const named = between.map((m) => separatorOf(m, frame));
  return named.length === 1 && named[0] && gap <= Math.min(M.markMax * H, Math.max(M.markGap * H, M.markPitch * pitch)) ? named[0] : undefined;
}

interface Draft {
  parts: Part[];
  joins: string[];
}

const partsOf = ({ parts, joins }: Draft, sign?: '-' | '+', percent?: boolean): NumberParts => {
  const runs: string[] = [];
  const seps: string[] = [];
  parts.forEach((p, i) => {
    if (i) seps.push(joins[i - 1]);
    p.runs.forEach((r, k) => {
      if (k) seps.push(p.seps[k - 1]);
      runs.push(digitsText(r));
    });
  });
  return { sign, runs, seps, percent };
};

/** Neighbouring parts joined where the joined text is a number form, longest first, left to right. */
function joinLine(line: Part[], marks: Mark[]): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  while (i < line.length) {
    const joins: string[] = [];
    for (let j = i + 1; j < line.length; j++) {
      const c = connector(line[j - 1], line[j], marks);
      if (!c) break;
      joins.push(c);
    }
    let end = i + joins.length;
    const plus = signBefore(line[i], marks) === '+';
    while (end > i && !isNumberForm(partsOf({ parts: line.slice(i, end + 1), joins: joins.slice(0, end - i) }, plus ? '+' : undefined))) end--;
    out.push({ parts: line.slice(i, end + 1), joins: joins.slice(0, end - i) });
    i = end + 1;
  }
  return out;
}

function signBefore(p: Part, marks: Mark[]): '-' | '+' | undefined {
  const first = p.digits[0].box;
  const H = p.frame.bottom - p.frame.top;
  const near = marksBetween(marks, first[0] - M.signGap * H, first[0], p.frame).filter((m) => right(m.box) <= first[0] + 1);
  const nearest = near.sort((a, b) => right(b.box) - right(a.box))[0];
  return nearest ? signOf(nearest, p.frame) : undefined;
}

function percentAfter(p: Part, marks: Mark[]): boolean {
  const last = p.digits.at(-1)!.box;
  const H = p.frame.bottom - p.frame.top;
  const near = marksBetween(marks, right(last), right(last) + M.signGap * H, p.frame).filter((m) => m.box[0] >= right(last) - 1);
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
export function readNumbers(all: Group[], best: Group | undefined, specks: Mark[], locale: string, expected: number | 'any' = 'any'): Numbers {
  const { groups: found, marks: stray } = withoutPunctuation(all);
  const marks = [...specks, ...stray];
  const byLine = new Map<number, Part[]>();
  for (const g of found) byLine.set(g.line, [...(byLine.get(g.line) ?? []), partOf(g, marks)]);
  const drafts: { draft: Draft; line: number }[] = [];
  [...byLine.keys()]
    .sort((a, b) => a - b)
    .forEach((key, line) => {
      const parts = byLine.get(key)!.sort((a, b) => a.group.box[0] - b.group.box[0]);
      const alone = parts.find((p) => p.group === best && p.seps.length === 0 && p.digits.length === expected);
      for (const draft of joinLine(parts, marks)) {
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
    const sign = signBefore(draft.parts[0], marks);
    const percent = percentAfter(draft.parts.at(-1)!, marks);
    const parts = partsOf(draft, sign, percent);
    const digits = draft.parts.flatMap((p) => p.digits);
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
    return { reading, digits, groups: draft.parts.map((p) => p.group) };
  });
  assignColumns(numbers.map((n) => n.reading));
  const chosen = best ? numbers.findIndex((n) => n.groups.includes(best)) : -1;
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

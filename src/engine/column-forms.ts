/**
 * A column of a list or table is written in one form: its long numbers all grouped with spaces (an amount
 * column in fr, "1 234 567"), or none of them (an ID column). A thin space is the faintest mark the reader
 * measures, so the odd one out is the reading's mistake: a space seen between two digits of an ID, or the
 * thin spaces of one amount missed.
 */
import { type NumberParts, numberText, numberValue } from './number-value';
import { TUNABLES } from './tunables';
import type { NumberReading } from './types';

const C = TUNABLES.columns;

interface Split {
  /** the integer part's runs and the separators between them */
  whole: string[];
  gaps: string[];
  /** the decimal mark and the decimals, when there are decimals */
  rest: string[];
}

/** The integer part apart from the decimals, when the number is spaced or plain; undefined for other forms. */
function split({ runs, seps }: NumberParts): Split | undefined {
  const last = seps.at(-1);
  const decimals = (last === '.' || last === ',') && runs.at(-1)!.length !== 3;
  const whole = decimals ? runs.slice(0, -1) : runs;
  const gaps = decimals ? seps.slice(0, -1) : seps;
  if (!gaps.every((g) => g === ' ')) return undefined;
  return { whole, gaps, rest: decimals ? [last, runs.at(-1)!] : [] };
}

const digitsOf = (s: Split) => s.whole.join('').length;
const spaced = (s: Split) => s.gaps.length > 0 && s.whole[0].length <= 3 && s.whole.slice(1).every((r) => r.length === 3);
const plain = (s: Split) => s.gaps.length === 0;

/** The integer part grouped in threes from the right, or run together. */
function regrouped(p: NumberParts, s: Split, grouped: boolean): NumberParts {
  const digits = s.whole.join('');
  const whole = grouped ? (digits.match(/\d{1,3}(?=(\d{3})*$)/g) ?? [digits]) : [digits];
  const runs = [...whole, ...(s.rest.length ? [s.rest[1]] : [])];
  const seps = [...whole.slice(1).map(() => ' '), ...(s.rest.length ? [s.rest[0]] : [])];
  return { ...p, runs, seps };
}

/**
 * Makes the odd numbers of each column take the form the rest of its long numbers have.
 * @param parts each number's parts, by the number's index
 */
export function oneFormPerColumn(numbers: NumberReading[], parts: NumberParts[], locale: string): void {
  const byColumn = new Map<number, number[]>();
  for (const [i, n] of numbers.entries()) byColumn.set(n.column, [...(byColumn.get(n.column) ?? []), i]);
  for (const members of byColumn.values()) {
    const forms = members.flatMap((i) => {
      const s = split(parts[i]);
      return s ? [{ i, s }] : [];
    });
    // Long enough that every locale grouping with spaces groups them: some leave four digits alone, unless the
    // column shows four digits grouped.
    const four = forms.some(({ s }) => digitsOf(s) === C.longDigits - 1 && spaced(s));
    const long = forms.filter(({ s }) => digitsOf(s) >= C.longDigits - (four ? 1 : 0));
    const isSpaced = long.filter(({ s }) => spaced(s));
    const isPlain = long.filter(({ s }) => plain(s));
    const [most, odd, grouped] = isSpaced.length > isPlain.length ? [isSpaced, isPlain, true] : [isPlain, isSpaced, false];
    if (most.length < C.majority || odd.length === 0 || odd.length * C.oddShare > most.length) continue;
    for (const { i, s } of odd) {
      const p = regrouped(parts[i], s, grouped);
      Object.assign(numbers[i], { text: numberText(p) }, numberValue(p, locale));
    }
  }
}

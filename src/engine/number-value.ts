/**
 * A number's value from its text as written: which separator groups thousands and which marks the
 * decimals, decided by the form where the form decides ("1.299,00", "12,5", "1'299") and by the locale
 * where it does not ("1.299" is 1299 in German and 1.299 in English).
 */

export interface NumberValue {
  value: number | null;
  /** the value as a plain number, decimals as written: "1299.00", "-12.5"; null when there is no value */
  plain: string | null;
  /** a form two locales read differently, and the locale did not decide */
  ambiguous: boolean;
}

/** The parts of a number: digit runs and the separators between them ('.', ',', "'", ' ', '-'). */
export interface NumberParts {
  sign?: '-' | '+';
  runs: string[];
  seps: string[];
  percent?: boolean;
}

const NONE: NumberValue = { value: null, plain: null, ambiguous: false };

/** What Intl writes for `type` in `value` in the locale; undefined for no locale or one Intl does not know. */
function localePart(locale: string, value: number, type: 'decimal' | 'group'): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.NumberFormat(locale).formatToParts(value).find((p) => p.type === type)?.value;
  } catch {
    return undefined;
  }
}

/** The locale's decimal separator ('.' or ','), or undefined for no locale or one Intl does not know. */
export function decimalOf(locale: string): '.' | ',' | undefined {
  const mark = localePart(locale, 1.5, 'decimal');
  return mark === '.' || mark === ',' ? mark : undefined;
}

/** How a locale groups thousands: with a space (fr 1 299, thin or not) or a mark (de 1.299, en 1,299, de-CH 1'299). */
export type Grouping = 'space' | 'mark';

/** The locale's grouping, or undefined for no locale or one Intl does not know. */
export function groupingOf(locale: string): Grouping | undefined {
  const group = localePart(locale, 1234567, 'group');
  return group === undefined ? undefined : /^\s$/.test(group) ? 'space' : 'mark';
}

const isGrouped = (runs: string[]) => runs[0].length >= 1 && runs[0].length <= 3 && runs.slice(1).every((r) => r.length === 3);

/** Whether the parts read as one number: grouped thousands, decimals, or a "+" phone number. */
export function isNumberForm(parts: NumberParts): boolean {
  return interpret(parts, undefined) !== undefined;
}

/** The grouping and decimal separators the parts use, or undefined when they are no number form. */
function interpret({ sign, runs, seps }: NumberParts, decimal: '.' | ',' | undefined): { group?: string; dec?: string; ambiguous?: boolean; phone?: boolean } | undefined {
  if (seps.length === 0) return {};
  // International phone numbers: "+49 30 1234567", "+1-555-0100".
  if (sign === '+' && seps.every((s) => s === ' ' || s === '-')) return { phone: true };
  if (seps.includes('-')) return undefined;
  const last = seps.at(-1)!;
  const head = seps.slice(0, -1);
  if (seps.every((s) => s === last)) {
    if (last === ' ' || last === "'") return isGrouped(runs) ? { group: last } : undefined;
    if (seps.length > 1) return isGrouped(runs) ? { group: last } : undefined;
    // One '.' or ',': decimals unless three digits follow a short head ("1.299"), which either may be.
    if (runs[1].length !== 3 || runs[0].length > 3 || /^0+$/.test(runs[0])) return { dec: last };
    if (decimal) return decimal === last ? { dec: last } : { group: last };
    return { group: last, ambiguous: true };
  }
  if ((last === '.' || last === ',') && head.every((s) => s === head[0]) && head[0] !== last && isGrouped(runs.slice(0, -1))) return { group: head[0], dec: last };
  return undefined;
}

/** The value of parts as written, in `locale` ('' when unknown). */
export function numberValue(parts: NumberParts, locale = ''): NumberValue {
  const form = interpret(parts, decimalOf(locale));
  if (!form || form.phone) return NONE;
  const { runs } = parts;
  const whole = form.dec ? runs.slice(0, -1).join('') : runs.join('');
  const fraction = form.dec ? runs.at(-1)! : '';
  const plain = `${parts.sign === '-' ? '-' : ''}${whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  return { value: Number(plain), plain, ambiguous: !!form.ambiguous };
}

/** The text as written: sign, digit runs with their separators, percent sign. */
export const numberText = ({ sign, runs, seps, percent }: NumberParts) => `${sign ?? ''}${runs.map((r, i) => (i ? seps[i - 1] : '') + r).join('')}${percent ? '%' : ''}`;

/** The parts of a text as the reader writes numbers ("-1.299,00", "45%"), for its value once a digit was corrected. */
export function partsOf(text: string): NumberParts {
  const sign = text[0] === '-' || text[0] === '+' ? (text[0] as '-' | '+') : undefined;
  const percent = text.endsWith('%');
  const body = text.slice(sign ? 1 : 0, percent ? -1 : undefined);
  return { sign, runs: body.split(/[^0-9]/), seps: body.match(/[^0-9]/g) ?? [], percent };
}

/** The text with its digits replaced, in order, by `digits` (a corrected reading); the text as it is when the counts differ. */
export function withDigits(text: string, digits: number[]): string {
  if ((text.match(/[0-9]/g) ?? []).length !== digits.length) return text;
  let i = 0;
  return text.replace(/[0-9]/g, () => String(digits[i++]));
}

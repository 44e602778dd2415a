/**
 * Options as a schema: each one's default, range, words for people and parser. The engine's defaults,
 * the CLI's flags and their checks, the extension's stored settings and its settings form all come
 * from here (the extension adds its own in the same form).
 */
export class OptionError extends Error {}

interface SpecBase<T> {
  default: T;
  /** for a settings form */
  label: string;
  /** for a CLI's --help and a form's hint */
  help: string;
  /** the CLI flag, without its dashes */
  flag?: string;
}
/** A whole number in a range, or 'any'. */
export interface CountSpec extends SpecBase<number | 'any'> {
  kind: 'count';
  min: number;
  max: number;
}
export interface NumberSpec extends SpecBase<number> {
  kind: 'number';
  min: number;
  max: number;
  step: number;
}
export type BooleanSpec = SpecBase<boolean> & { kind: 'boolean' };
/** One of a few named values. */
export interface ChoiceSpec<T extends string = string> extends SpecBase<T> {
  kind: 'choice';
  choices: readonly T[];
}
export type Spec = CountSpec | NumberSpec | BooleanSpec | ChoiceSpec;
export type Schema = Record<string, Spec>;
export type Values<S extends Schema> = { -readonly [K in keyof S]: S[K]['default'] };

export const READ_OPTIONS = {
  digits: {
    kind: 'count',
    default: 5,
    min: 1,
    max: 30,
    flag: 'digits',
    label: 'Expected digits',
    help: 'how many digits the wanted number has, or "any" for the most prominent number',
  } as CountSpec,
  minConfidence: {
    kind: 'number',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    flag: 'confidence',
    label: 'How sure a digit must be',
    help: 'digits read less surely than this (0 to 1) are marked doubtful',
  } as NumberSpec,
} satisfies Schema;

export type ReadOptions = Values<typeof READ_OPTIONS>;

/** A flag's text as a number; anything else as it is. */
const asNumber = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/** One value checked against its spec: from a CLI flag (a string), a form or storage. */
export function parseValue<S extends Spec>(spec: S, value: unknown, name = spec.flag ? `--${spec.flag}` : spec.label): S['default'] {
  switch (spec.kind) {
    case 'count': {
      if (value === 'any') return 'any';
      const n = asNumber(value);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < spec.min || n > spec.max) {
        throw new OptionError(`${name} takes a whole number from ${spec.min} to ${spec.max} or "any", not "${String(value)}"`);
      }
      return n;
    }
    case 'number': {
      const n = asNumber(value);
      if (typeof n !== 'number' || !(n >= spec.min && n <= spec.max)) throw new OptionError(`${name} takes a number from ${spec.min} to ${spec.max}, not "${String(value)}"`);
      return n;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw new OptionError(`${name} is on or off, not "${String(value)}"`);
      return value;
    case 'choice':
      if (typeof value !== 'string' || !spec.choices.includes(value)) throw new OptionError(`${name} takes ${spec.choices.join(', ')}, not "${String(value)}"`);
      return value;
  }
}

export function defaultsOf<S extends Schema>(schema: S): Values<S> {
  return Object.fromEntries(Object.entries(schema).map(([k, spec]) => [k, spec.default])) as Values<S>;
}

/** The defaults with each given value parsed (an undefined one keeps its default); `onBad` decides what a value that does not fit does. */
function valuesWith<S extends Schema>(schema: S, given: Record<string, unknown>, onBad: (e: unknown) => void): Values<S> {
  const out = defaultsOf(schema) as Record<string, unknown>;
  for (const [k, spec] of Object.entries(schema)) {
    if (given[k] === undefined) continue;
    try {
      out[k] = parseValue(spec, given[k]);
    } catch (e) {
      onBad(e);
    }
  }
  return out as Values<S>;
}

/** The defaults with each given value checked. @throws OptionError on the first that does not fit */
export function resolveWith<S extends Schema>(schema: S, given: Partial<Record<keyof S, unknown>> = {}): Values<S> {
  return valuesWith(schema, given as Record<string, unknown>, (e) => {
    throw e;
  });
}

/** As resolveWith, but a value that does not fit keeps its default (settings stored by an older version). */
export function salvageWith<S extends Schema>(schema: S, stored: unknown): Values<S> {
  return valuesWith(schema, (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>, () => undefined);
}

export const DEFAULT_OPTIONS: ReadOptions = defaultsOf(READ_OPTIONS);

/**
 * The language a region's numbers are written in ("de", "en-US"; '' when unknown), which decides forms
 * such as "1.299". Not a setting: it comes with each read (the page's language, the CLI's --locale).
 * @throws OptionError for a tag that is no BCP 47 language tag
 */
export function resolveLocale(value: unknown): string {
  if (value === undefined || value === '') return '';
  try {
    if (typeof value === 'string') return Intl.getCanonicalLocales(value)[0] ?? '';
  } catch {}
  throw new OptionError(`--locale takes a language tag such as de, en-US or fr-CH, not "${String(value)}"`);
}
export const resolveOptions = (given?: Partial<ReadOptions>): ReadOptions => resolveWith(READ_OPTIONS, given);

/**
 * A number as people copy it: the digits alone, the text as written, or the plain value; every number
 * of a region one a line, or as tab-separated rows that paste into a spreadsheet as a grid.
 */
import type { NumberReading } from './types';

export const NUMBER_FORMS = ['digits', 'text', 'value'] as const;
export type NumberForm = (typeof NUMBER_FORMS)[number];

/** The number in the form asked; the text as written when it has no plain value (a phone number). */
export const numberIn = (n: Pick<NumberReading, 'digits' | 'text' | 'plain'>, form: NumberForm): string =>
  form === 'digits' ? n.digits : form === 'value' ? (n.plain ?? n.text) : n.text;

/** Every number, one a line, in reading order. */
export const numbersAsLines = (numbers: NumberReading[], form: NumberForm): string => numbers.map((n) => numberIn(n, form)).join('\n');

/** The numbers as a table: a row a line, a cell a column (empty where a row has no number in it), tab-separated. */
export function numbersAsTable(numbers: NumberReading[], form: NumberForm): string {
  const rows = Math.max(0, ...numbers.map((n) => n.line + 1));
  const columns = Math.max(0, ...numbers.map((n) => n.column + 1));
  const grid = Array.from({ length: rows }, () => Array<string>(columns).fill(''));
  for (const n of numbers) grid[n.line][n.column] = grid[n.line][n.column] ? `${grid[n.line][n.column]} ${numberIn(n, form)}` : numberIn(n, form);
  return grid.map((row) => row.join('\t')).join('\n');
}

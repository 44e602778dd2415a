/** How `read` prints each result: text, one JSON object a line, or CSV rows. */
import type { Reading } from '../node';

export type Format = 'text' | 'json' | 'csv';
export type Result = { name: string; reading: Reading } | { name: string; error: string };

const ms = (v: number) => Math.round(v * 100) / 100;

/** The --json line: the fields of design.md's contract, and `error` for a file that could not be read. */
export function jsonLine(r: Result): string {
  if ('error' in r) return JSON.stringify({ file: r.name, number: null, error: r.error });
  const { reading } = r;
  const digits = reading.digits.map((d) => ({ digit: d.digit, confidence: d.confidence, box: d.box, doubtful: d.doubtful, alternatives: d.alternatives }));
  const numbers = reading.numbers.map((n) => ({
    text: n.text,
    digits: n.digits,
    value: n.value,
    box: n.box,
    line: n.line,
    column: n.column,
    doubtful: n.doubtful,
    ambiguous: n.ambiguous,
  }));
  return JSON.stringify({
    file: r.name,
    number: reading.number,
    text: reading.text,
    value: reading.value,
    digits,
    groups: reading.groups.map((g) => g.number),
    numbers,
    notes: reading.notes,
    ms: ms(reading.ms),
  });
}

export const CSV_HEADER = 'file,number,confidence,groups,notes,error';

/** A CSV row: the number as text (leading zeros kept), its least digit confidence, every group, the notes, or the error. */
export function csvRow(r: Result): string {
  const cells =
    'error' in r
      ? [r.name, '', '', '', '', r.error]
      : [
          r.name,
          r.reading.number ?? '',
          r.reading.digits.length ? String(Math.min(...r.reading.digits.map((d) => d.confidence))) : '',
          r.reading.groups.map((g) => g.number).join(' '),
          r.reading.notes.join('; '),
          '',
        ];
  return cells.map(csvCell).join(',');
}

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed so a spreadsheet does not run it. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

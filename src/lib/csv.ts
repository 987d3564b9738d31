/**
 * CSV export that Swedish Excel opens correctly: UTF-8 with a byte order mark (so å, ä, ö
 * survive), ';' as separator and decimal comma (Swedish regional settings), CRLF line ends,
 * fields quoted when needed, and formula injection neutralised (a text cell that begins with
 * = + - @ or a tab/CR is prefixed with an apostrophe, so a spreadsheet shows it as text).
 */
import { decimalComma } from './format';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell, separator = SEPARATOR): string {
  if (cell === null || cell === undefined) return '';
  let s: string;
  if (typeof cell === 'number') s = Number.isFinite(cell) ? decimalComma(cell) : '';
  else {
    s = cell;
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  if (s.includes(separator) || s.includes('"') || s.includes('\n') || s.includes('\r') || /^\s|\s$/.test(s)) {
    s = `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** The whole file as a string, starting with the BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator = SEPARATOR): string {
  return BOM + rows.map((r) => r.map((c) => csvField(c, separator)).join(separator)).join('\r\n') + '\r\n';
}

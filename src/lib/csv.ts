/**
 * CSV export that Swedish Excel opens correctly: UTF-8 with a byte order mark (so å, ä, ö
 * survive), ';' as separator and decimal comma (Swedish regional settings), CRLF line ends,
 * fields quoted when needed, and formula injection neutralised: a text cell whose first
 * visible character is = + - @ (or their full-width and small look-alikes, which some
 * spreadsheets also read as formulas), or that starts with a tab or CR, is prefixed with an
 * apostrophe, so a spreadsheet shows it as text. Leading spaces and invisible characters
 * (zero-width space, joiners, BOM, no-break space) do not hide a formula.
 */
import { decimalComma } from './format';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

export type CsvCell = string | number | null | undefined;

/** Leading characters a spreadsheet may skip before it reads a formula. */
const SKIPPED = /^[\s\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]*/u;
/** = + - @ and their full-width (＝＋－＠) and small (﹦﹢﹣﹫) forms. */
const FORMULA_CHAR = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** True when a text cell would be read as a formula (or starts with a tab or CR). */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r]/.test(text) || FORMULA_CHAR.test(text.replace(SKIPPED, ''));
}

export function csvField(cell: CsvCell, separator = SEPARATOR): string {
  if (cell === null || cell === undefined) return '';
  let s: string;
  if (typeof cell === 'number') s = Number.isFinite(cell) ? decimalComma(cell) : '';
  else {
    s = cell;
    if (looksLikeFormula(s)) s = `'${s}`;
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

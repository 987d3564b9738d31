/**
 * The county comparison (/jamfor/): municipalities (one group assessment each) side by side,
 * factor by factor — pure functions.
 * Framed as learning from each other: there is deliberately no total score and no ranking;
 * sorting is always by one factor at a time.
 */
import { FACTOR_IDS, type FactorId } from './factors';
import { isLevel, levelOf, levelStats, type LevelStats } from './aggregate';
import type { Assessment, LevelValue } from './schema';
import { compareIso } from './dates';

export interface CountyRow {
  /** The assessment's id (unique among loaded rows). */
  id: string;
  organisation: string;
  title: string;
  /** Date of the assessment, YYYY-MM-DD (from createdAt). */
  date: string;
  kind: Assessment['kind'];
  /** The participant's name of an individual's assessment ('' when none). */
  person: string;
  levels: Record<FactorId, LevelValue>;
}

export interface CountyMatrix {
  rows: CountyRow[];
  /** Per factor across the rows that count: median, min, max, spread, vet ej and missing counts. */
  factors: Record<FactorId, LevelStats>;
  /** Ids of individuals' rows left out of the län's figures (not included by the coordinator). */
  excluded: string[];
}

export function toRow(a: Assessment): CountyRow {
  const levels = {} as Record<FactorId, LevelValue>;
  for (const f of FACTOR_IDS) levels[f] = levelOf(a, f);
  const person = a.kind === 'individual' ? (a.participant?.name.trim() ?? '') : '';
  return { id: a.id, organisation: a.organisation, title: a.title, date: a.createdAt.slice(0, 10), kind: a.kind, person, levels };
}

/**
 * Whether a row counts in the län's median and spread: a group assessment always, one person's
 * own assessment only when the coordinator has included it (one voice is not a municipality's).
 */
export function countsInStats(row: Pick<CountyRow, 'id' | 'kind'>, included: readonly string[]): boolean {
  return row.kind === 'consensus' || included.includes(row.id);
}

export function countyMatrix(assessments: readonly Assessment[], included: readonly string[] = []): CountyMatrix {
  const rows = assessments.map(toRow);
  const counted = rows.filter((r) => countsInStats(r, included));
  return {
    rows,
    factors: factorStats(counted),
    excluded: rows.filter((r) => !countsInStats(r, included)).map((r) => r.id),
  };
}

export function factorStats(rows: readonly CountyRow[]): Record<FactorId, LevelStats> {
  const factors = {} as Record<FactorId, LevelStats>;
  for (const f of FACTOR_IDS) factors[f] = levelStats(rows.map((r) => r.levels[f]));
  return factors;
}

export type SortKey = FactorId | 'organisation';
export type SortDir = 'ascending' | 'descending';

// Made on first use: creating a collator starts the browser's ICU (several ms), which a page
// without rows to sort should not pay while it loads.
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string) =>
  (collator ??= new Intl.Collator('sv', { sensitivity: 'base', numeric: true })).compare(a, b);

/**
 * Rows sorted by one factor (or by name). Rows without a level ("vet ej", then unanswered)
 * always come last, whatever the direction; ties keep name order. Returns a new array.
 */
export function sortRows(rows: readonly CountyRow[], key: SortKey, dir: SortDir = 'descending'): CountyRow[] {
  const byName = (a: CountyRow, b: CountyRow) =>
    compareNames(a.organisation, b.organisation) || compareNames(a.title, b.title) || compareIso(a.date, b.date);
  const sign = dir === 'ascending' ? 1 : -1;
  if (key === 'organisation') return [...rows].sort((a, b) => sign * byName(a, b));
  const rank = (v: LevelValue) => (isLevel(v) ? 0 : v === 'vet-ej' ? 1 : 2);
  return [...rows].sort((a, b) => {
    const va = a.levels[key];
    const vb = b.levels[key];
    const ra = rank(va);
    const rb = rank(vb);
    if (ra !== rb) return ra - rb;
    if (ra === 0 && va !== vb) return sign * ((va as number) - (vb as number));
    return byName(a, b);
  });
}

/**
 * Labels that tell rows apart: the organisation, with an individual's name, plus title and
 * date when the same organisation appears more than once.
 */
export function rowLabels(rows: readonly CountyRow[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.organisation, (count.get(r.organisation) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const r of rows) {
    const twice = (count.get(r.organisation) ?? 0) > 1;
    const extra = [r.person, ...(twice ? [r.title, r.date] : [])].filter(Boolean).join(', ');
    labels.set(r.id, extra ? `${r.organisation} (${extra})` : r.organisation);
  }
  return labels;
}

export interface TableWords {
  name: string;
  title: string;
  date: string;
  /** The column that tells a group's row from an individual's, and whether that counts. */
  kind: string;
  group: string;
  individualCounted: string;
  individualLeftOut: string;
  unknown: string;
  median: string;
  min: string;
  max: string;
}

/**
 * The comparison as rows of cells (for CSV): a header, one row per municipality in the given
 * order (its kind, then level number, the word for "vet ej", empty when missing), then median,
 * lowest and highest per factor across the rows that count (see countsInStats).
 */
export function tableCells(
  rows: readonly CountyRow[],
  factors: Record<FactorId, LevelStats>,
  factorLabels: Record<FactorId, string>,
  words: TableWords,
  included: readonly string[] = [],
): (string | number | null)[][] {
  const cell = (v: LevelValue) => (isLevel(v) ? v : v === 'vet-ej' ? words.unknown : null);
  const kind = (r: CountyRow) =>
    r.kind === 'consensus' ? words.group : countsInStats(r, included) ? words.individualCounted : words.individualLeftOut;
  return [
    [words.name, words.title, words.date, words.kind, ...FACTOR_IDS.map((f) => factorLabels[f])],
    ...rows.map((r) => [r.organisation, r.title, r.date, kind(r), ...FACTOR_IDS.map((f) => cell(r.levels[f]))]),
    [words.median, null, null, null, ...FACTOR_IDS.map((f) => factors[f].median)],
    [words.min, null, null, null, ...FACTOR_IDS.map((f) => factors[f].min)],
    [words.max, null, null, null, ...FACTOR_IDS.map((f) => factors[f].max)],
  ];
}

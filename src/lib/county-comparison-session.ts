/**
 * /jamfor/'s session (the county comparison: municipalities side by side) as pure state
 * transitions: adding assessments (each at most once, merged into the state's own latest list
 * so that files read late do not lose what happened meanwhile), sorting, choosing rows for the
 * chart and removing. Messages are codes; the island words them.
 */
import type { SortDir, SortKey } from './county-comparison';
import type { Entry } from './session-entries';

export const MAX_CHART = 5;
export const MAX_ROWS = 5000;

export interface ComparisonProblem {
  name: string;
  reason: string;
}

export type ComparisonStatus =
  { code: 'reading' } | { code: 'loaded'; added: number; problems: number } | { code: 'sorted'; key: SortKey; dir: SortDir };

export interface ComparisonState {
  entries: Entry[];
  sortKey: SortKey;
  sortDir: SortDir;
  /** Ids of the assessments shown in the chart, at most MAX_CHART. */
  chosen: string[];
  problems: ComparisonProblem[];
  status: ComparisonStatus | null;
  /** The last choice was refused: the chart already shows MAX_CHART. */
  chartFull: boolean;
}

/** The small part kept in sessionStorage (entries are kept under their own key). */
export interface StoredComparison {
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
}

export type ComparisonAction =
  | { type: 'reading' }
  | { type: 'added'; entries: Entry[]; problems: ComparisonProblem[]; alreadyLoaded: (organisation: string) => string }
  | { type: 'sorted'; key: SortKey }
  | { type: 'chosen'; id: string; on: boolean }
  | { type: 'removed'; id: string }
  | { type: 'removedAll' };

export function initialComparison(session: (Partial<StoredComparison> & { entries: Entry[] }) | null): ComparisonState {
  return {
    entries: session?.entries ?? [],
    sortKey: session?.sortKey ?? 'organisation',
    sortDir: session?.sortDir ?? 'ascending',
    chosen: session?.chosen ?? [],
    problems: [],
    status: null,
    chartFull: false,
  };
}

export function storedComparison(s: ComparisonState): StoredComparison & { entries: [] } {
  return { entries: [], sortKey: s.sortKey, sortDir: s.sortDir, chosen: s.chosen };
}

/**
 * Adds `items` to `entries`, each assessment id once (a repeat becomes a problem), at most
 * `max` rows.
 */
export function addAssessments(
  entries: readonly Entry[],
  items: readonly Entry[],
  alreadyLoaded: (organisation: string) => string,
  max = MAX_ROWS,
) {
  const list = [...entries];
  const ids = new Set(list.map((e) => e.a.id));
  const problems: ComparisonProblem[] = [];
  let added = 0;
  for (const it of items) {
    if (ids.has(it.a.id)) {
      problems.push({ name: it.file, reason: alreadyLoaded(it.a.organisation) });
      continue;
    }
    if (list.length >= max) break;
    ids.add(it.a.id);
    list.push(it);
    added++;
  }
  return { entries: list, problems, added };
}

/** Sorting by the same column again turns it round; a new factor starts highest first. */
export function nextSortDir(key: SortKey, current: SortKey, dir: SortDir): SortDir {
  if (key === current) return dir === 'ascending' ? 'descending' : 'ascending';
  return key === 'organisation' ? 'ascending' : 'descending';
}

/** Whether a row may be shown in the chart (turning off is always allowed). */
export function canChoose(chosen: readonly string[], on: boolean): boolean {
  return !on || chosen.length < MAX_CHART;
}

export function comparisonReducer(state: ComparisonState, action: ComparisonAction): ComparisonState {
  switch (action.type) {
    case 'reading':
      return { ...state, status: { code: 'reading' } };
    case 'added': {
      const r = addAssessments(state.entries, action.entries, action.alreadyLoaded);
      const problems = [...action.problems, ...r.problems];
      return { ...state, entries: r.entries, problems, status: { code: 'loaded', added: r.added, problems: problems.length } };
    }
    case 'sorted': {
      const dir = nextSortDir(action.key, state.sortKey, state.sortDir);
      return { ...state, sortKey: action.key, sortDir: dir, status: { code: 'sorted', key: action.key, dir } };
    }
    case 'chosen':
      if (!canChoose(state.chosen, action.on)) return { ...state, chartFull: true };
      return {
        ...state,
        chartFull: false,
        chosen: action.on ? [...state.chosen, action.id] : state.chosen.filter((c) => c !== action.id),
      };
    case 'removed':
      return {
        ...state,
        entries: state.entries.filter((e) => e.a.id !== action.id),
        chosen: state.chosen.filter((c) => c !== action.id),
      };
    case 'removedAll':
      return { ...state, entries: [], chosen: [] };
  }
}

/**
 * /jamfor/'s session (the county comparison: municipalities side by side) as pure state
 * transitions: adding assessments (each at most once, merged into the state's own latest list
 * so that files read late do not lose what happened meanwhile), sorting, choosing rows for the
 * chart, including individuals' rows in the län's figures, removing (all, with undo), and
 * reading the session back from sessionStorage with the unreadable parts dropped.
 * Messages are codes; the island words them.
 */
import * as z from 'zod/mini';
import './zod-setup';
import type { SortDir, SortKey } from './county-comparison';
import { FACTOR_IDS } from './factors';
import type { Entry } from './session-entries';

export const MAX_CHART = 5;
export const MAX_ROWS = 5000;

export interface ComparisonProblem {
  name: string;
  reason: string;
}

/** A file's assessment that was loaded already: named by the organisation that stays loaded. */
export interface Duplicate {
  file: string;
  organisation: string;
}

export type ComparisonStatus =
  | { code: 'reading' }
  | { code: 'loaded'; added: number; problems: number; duplicates: number }
  | { code: 'sorted'; key: SortKey; dir: SortDir }
  | { code: 'restored'; count: number };

/** What "Ta bort alla" took away, kept so that "Ångra" puts back exactly that. */
export interface Removed {
  entries: Entry[];
  chosen: string[];
  included: string[];
}

export interface ComparisonState {
  entries: Entry[];
  sortKey: SortKey;
  sortDir: SortDir;
  /** Ids of the assessments shown in the chart, at most MAX_CHART. */
  chosen: string[];
  /** Ids of individuals' assessments the coordinator counts in the län's median and spread. */
  included: string[];
  problems: ComparisonProblem[];
  /** Files whose assessment was loaded already (a notice, not an error). */
  duplicates: Duplicate[];
  status: ComparisonStatus | null;
  /** The last choice was refused: the chart already shows MAX_CHART. */
  chartFull: boolean;
  /** The last "Ta bort alla", until it is undone or something new is loaded. */
  removed: Removed | null;
}

/** The small part kept in sessionStorage (entries are kept under their own key). */
export interface StoredComparison {
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
  included: string[];
}

export type ComparisonAction =
  | { type: 'reading' }
  | { type: 'added'; entries: Entry[]; problems: ComparisonProblem[] }
  | { type: 'sorted'; key: SortKey }
  | { type: 'chosen'; id: string; on: boolean }
  | { type: 'included'; id: string; on: boolean }
  | { type: 'removed'; id: string }
  | { type: 'removedAll' }
  | { type: 'undoRemoveAll' };

export function initialComparison(session: (Partial<StoredComparison> & { entries: Entry[] }) | null): ComparisonState {
  return {
    entries: session?.entries ?? [],
    sortKey: session?.sortKey ?? 'organisation',
    sortDir: session?.sortDir ?? 'ascending',
    chosen: session?.chosen ?? [],
    included: session?.included ?? [],
    problems: [],
    duplicates: [],
    status: null,
    chartFull: false,
    removed: null,
  };
}

export function storedComparison(s: ComparisonState): StoredComparison & { entries: [] } {
  return { entries: [], sortKey: s.sortKey, sortDir: s.sortDir, chosen: s.chosen, included: s.included };
}

const ids = (max: number) => z.array(z.string().check(z.maxLength(200))).check(z.maxLength(max));
/** Each field of the small session key on its own: a damaged field is dropped, the others kept. */
const storedFields = {
  sortKey: z.enum(['organisation', ...FACTOR_IDS]),
  sortDir: z.enum(['ascending', 'descending']),
  chosen: ids(MAX_CHART),
  included: ids(MAX_ROWS),
} satisfies Record<keyof StoredComparison, z.ZodMiniType>;

/**
 * The small session key as read back (any JSON value): the fields that pass the schema, and
 * whether anything was dropped (a field of the wrong type, or a value that is not an object).
 */
export function parseStoredComparison(value: unknown): { value: Partial<StoredComparison>; dropped: boolean } {
  if (value === null || value === undefined) return { value: {}, dropped: false };
  if (typeof value !== 'object' || Array.isArray(value)) return { value: {}, dropped: true };
  const out: Partial<Record<keyof StoredComparison, unknown>> = {};
  let dropped = false;
  for (const [key, schema] of Object.entries(storedFields) as [keyof StoredComparison, z.ZodMiniType][]) {
    if (!(key in value)) continue;
    const r = schema.safeParse((value as Record<string, unknown>)[key]);
    if (r.success) out[key] = r.data;
    else dropped = true;
  }
  return { value: out as Partial<StoredComparison>, dropped };
}

/** A session key as read back: missing (null), present but not JSON, or its value. */
export type SessionRead<T> = T | 'unreadable' | null;

/**
 * The session of a tab after a reload, from its two keys: what passes the schema is kept, the
 * rest is dropped (`dropped` is then true so that the page can say so). Never throws.
 */
export function restoreComparison(
  small: SessionRead<unknown>,
  assessments: SessionRead<{ entries: Entry[]; dropped: number }>,
): { state: ComparisonState; dropped: boolean } {
  const settings = small === 'unreadable' ? { value: {}, dropped: true } : parseStoredComparison(small);
  const loaded = assessments === 'unreadable' || assessments === null ? null : assessments;
  const state = initialComparison({ ...settings.value, entries: loaded?.entries ?? [] });
  const dropped = settings.dropped || assessments === 'unreadable' || (loaded?.dropped ?? 0) > 0;
  return { state, dropped };
}

/**
 * Adds `items` to `entries`, each assessment id once (a repeat is a duplicate, named by the
 * organisation that is loaded already), at most `max` rows.
 */
export function addAssessments(entries: readonly Entry[], items: readonly Entry[], max = MAX_ROWS) {
  const list = [...entries];
  const byId = new Map(list.map((e) => [e.a.id, e]));
  const duplicates: Duplicate[] = [];
  let added = 0;
  for (const it of items) {
    const loaded = byId.get(it.a.id);
    if (loaded) {
      duplicates.push({ file: it.file, organisation: loaded.a.organisation });
      continue;
    }
    if (list.length >= max) break;
    byId.set(it.a.id, it);
    list.push(it);
    added++;
  }
  return { entries: list, duplicates, added };
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

const toggle = (list: readonly string[], id: string, on: boolean) =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id);

/** Undo of "Ta bort alla": the removed rows come back first, in their order; rows loaded since stay. */
function undoRemoveAll(state: ComparisonState): ComparisonState {
  const r = state.removed;
  if (!r) return state;
  const back = addAssessments(r.entries, state.entries);
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...state,
    entries: back.entries,
    chosen: union(r.chosen, state.chosen).slice(0, MAX_CHART),
    included: union(r.included, state.included),
    removed: null,
    status: { code: 'restored', count: r.entries.length },
  };
}

export function comparisonReducer(state: ComparisonState, action: ComparisonAction): ComparisonState {
  switch (action.type) {
    case 'reading':
      return { ...state, status: { code: 'reading' } };
    case 'added': {
      const r = addAssessments(state.entries, action.entries);
      return {
        ...state,
        entries: r.entries,
        problems: action.problems,
        duplicates: r.duplicates,
        removed: null,
        status: { code: 'loaded', added: r.added, problems: action.problems.length, duplicates: r.duplicates.length },
      };
    }
    case 'sorted': {
      const dir = nextSortDir(action.key, state.sortKey, state.sortDir);
      return { ...state, sortKey: action.key, sortDir: dir, status: { code: 'sorted', key: action.key, dir } };
    }
    case 'chosen':
      if (!canChoose(state.chosen, action.on)) return { ...state, chartFull: true };
      return { ...state, chartFull: false, chosen: toggle(state.chosen, action.id, action.on) };
    case 'included':
      return { ...state, included: toggle(state.included, action.id, action.on) };
    case 'removed':
      return {
        ...state,
        entries: state.entries.filter((e) => e.a.id !== action.id),
        chosen: state.chosen.filter((c) => c !== action.id),
        included: state.included.filter((c) => c !== action.id),
      };
    case 'removedAll':
      if (state.entries.length === 0) return state;
      return {
        ...state,
        entries: [],
        chosen: [],
        included: [],
        chartFull: false,
        removed: { entries: state.entries, chosen: state.chosen, included: state.included },
      };
    case 'undoRemoveAll':
      return undoRemoveAll(state);
  }
}

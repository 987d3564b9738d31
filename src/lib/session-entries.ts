/**
 * Session state of a page (/workshop/'s participants, /jamfor/'s municipalities, view choices)
 * kept in sessionStorage, so a reload of the tab loses nothing while nothing lingers after the
 * tab is closed. Entries are re-validated with the assessment schema when read back; unreadable
 * ones are dropped and reported (readSession's `report`, parseSession's `problem`) so the page can
 * show a notice. The keys are SESSION_KEYS in stored-format.ts.
 */
import { assessmentSchema, type Assessment } from './schema';
import { isRecord } from './stored-format';

export interface Entry {
  /** Unique within the session (the same assessment may be kept twice). */
  key: string;
  /** File name or "Länk 2": where it came from (shown as text). */
  file: string;
  a: Assessment;
}

/** What was dropped when session data was read back: a notice for the page to show. */
export interface SessionProblem {
  /** Entries that failed the schema (or the entry shape) and were left out. */
  dropped: number;
  /** The whole value could not be read (not JSON, not an object): nothing was restored. */
  unreadable: boolean;
}

/** Session data read back: the page's own fields, the valid entries, and how many were dropped. */
export type ReadSession<T> = Partial<T> & { entries: Entry[]; dropped: number };

export interface ParsedSession<T> {
  value: ReadSession<T> | null;
  problem: SessionProblem | null;
}

/**
 * Parses stored session data: every entry re-validated with the assessment schema, unreadable
 * ones dropped and counted (an `entries` that is not a list counts as one). Pure (the page's
 * own fields besides `entries` are its to check).
 */
export function parseSession<T extends object>(raw: string | null | undefined): ParsedSession<T> {
  if (!raw) return { value: null, problem: null };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { value: null, problem: { dropped: 0, unreadable: true } };
  }
  if (!isRecord(v)) return { value: null, problem: { dropped: 0, unreadable: true } };
  const entries: Entry[] = [];
  let dropped = 0;
  if (Array.isArray(v.entries)) {
    for (const e of v.entries as unknown[]) {
      const r = isRecord(e) ? assessmentSchema.safeParse(e.a) : null;
      if (r?.success && isRecord(e) && typeof e.key === 'string' && typeof e.file === 'string')
        entries.push({ key: e.key, file: e.file, a: r.data });
      else dropped++;
    }
  } else if (v.entries !== undefined) dropped++;
  return {
    value: { ...(v as Partial<T>), entries, dropped },
    problem: dropped ? { dropped, unreadable: false } : null,
  };
}

/**
 * The key's value with its valid entries and `dropped` (see parseSession); null when the key
 * is missing or unreadable. `report` is called when anything was dropped or unreadable, so the
 * page can say so.
 */
export function readSession<T extends object>(key: string, report?: (problem: SessionProblem) => void): ReadSession<T> | null {
  let raw: string | null | undefined;
  try {
    raw = globalThis.sessionStorage?.getItem(key);
  } catch {
    return null;
  }
  const { value, problem } = parseSession<T>(raw);
  if (problem) report?.(problem);
  return value;
}

/** Returns false when the tab's storage is unavailable or full (the page keeps working). */
export function writeSession(key: string, value: object): boolean {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

let counter = 0;
export function entryKey(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

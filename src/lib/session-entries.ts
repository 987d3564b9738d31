/**
 * Session state of a page (/workshop/'s participants, /jamfor/'s municipalities, view choices)
 * kept in sessionStorage, so a reload of the tab loses nothing while nothing lingers after the
 * tab is closed. Entries are re-validated with the assessment schema when read back. The keys
 * are SESSION_KEYS in stored-format.ts.
 */
import { assessmentSchema, type Assessment } from './schema';

export interface Entry {
  /** Unique within the session (the same assessment may be kept twice). */
  key: string;
  /** File name or "Länk 2": where it came from (shown as text). */
  file: string;
  a: Assessment;
}

/**
 * The key's value with its valid entries; `dropped` counts the entries that could not be read
 * (an `entries` that is not a list counts as one). Null when the key is missing or not JSON.
 */
export function readSession<T extends object>(key: string): (Partial<T> & { entries: Entry[]; dropped: number }) | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<T> & { entries?: unknown };
    const entries: Entry[] = [];
    let dropped = v.entries === undefined || Array.isArray(v.entries) ? 0 : 1;
    if (Array.isArray(v.entries)) {
      for (const e of v.entries as { key?: unknown; file?: unknown; a?: unknown }[]) {
        const r = assessmentSchema.safeParse(e?.a);
        if (r.success && typeof e.key === 'string' && typeof e.file === 'string')
          entries.push({ key: e.key, file: e.file, a: r.data });
        else dropped++;
      }
    }
    return { ...v, entries, dropped };
  } catch {
    return null;
  }
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

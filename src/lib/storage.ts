/**
 * Storage of assessments in the browser (localStorage behind one module).
 *
 * STUB API (skeleton): the issue-3 work replaces the internals (failure modes, keeping
 * unreadable data aside, cross-tab sync, stale-tab protection) but keeps these exports so
 * that islands on /profil/, /rapport/, /workshop/ and /jamfor/ can rely on them.
 */
import { DOCUMENT_FORMAT, SCHEMA_VERSION, type Assessment } from './schema';

/*
 * STORED FORMAT (stable, other areas' e2e tests seed it directly):
 *   localStorage['tsi-boken:assessments'] = JSON of the export envelope
 *     { format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt, assessments: Assessment[] }
 *   localStorage['tsi-boken:active'] = id of the active assessment
 */

const KEY = 'tsi-boken:assessments';
const ACTIVE_KEY = 'tsi-boken:active';

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Assessment[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return [];
    const doc = JSON.parse(raw) as { assessments?: Assessment[] };
    return doc.assessments ?? [];
  } catch {
    return [];
  }
}

function write(list: Assessment[]): void {
  const doc = { format: DOCUMENT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(), assessments: list };
  globalThis.localStorage?.setItem(KEY, JSON.stringify(doc));
  for (const l of listeners) l();
}

export function listAssessments(): Assessment[] {
  return read();
}

export function getAssessment(id: string): Assessment | undefined {
  return read().find((a) => a.id === id);
}

/** Insert or replace (by id); sets updatedAt. */
export function saveAssessment(a: Assessment): Assessment {
  const saved = { ...a, updatedAt: new Date().toISOString() };
  const list = read().filter((x) => x.id !== a.id);
  write([...list, saved]);
  return saved;
}

export function deleteAssessment(id: string): void {
  write(read().filter((x) => x.id !== id));
}

export function getActiveId(): string | null {
  return globalThis.localStorage?.getItem(ACTIVE_KEY) ?? null;
}

export function setActiveId(id: string | null): void {
  if (id === null) globalThis.localStorage?.removeItem(ACTIVE_KEY);
  else globalThis.localStorage?.setItem(ACTIVE_KEY, id);
  for (const l of listeners) l();
}

/** Called on any change, in this tab or another. Returns an unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

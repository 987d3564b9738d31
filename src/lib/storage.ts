/**
 * Storage of assessments in the browser: localStorage behind one module, validated with the
 * assessment schema (zod) and the migration chain. The engine and its guarantees are described
 * in src/lib/store-core.ts (unavailable / full storage, unreadable data kept aside, other tabs).
 *
 * STORED FORMAT (stable, other areas' e2e tests seed it directly): see src/lib/stored-format.ts
 *   localStorage['tsi-boken:assessments'] = JSON of the export envelope
 *     { format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt, assessments: Assessment[] }
 *   localStorage['tsi-boken:active'] = id of the active assessment
 */
import type { Assessment } from './schema';
import { createStore, type Listener, type StorageStatus } from './store-core';
import { parseStored } from './stored-parse';
import { serializeEnvelope } from './stored-format';
import { newId } from './assessment';

export type { StorageStatus, Listener };

const store = createStore<Assessment>({
  backend: () => globalThis.localStorage,
  parse: parseStored,
  serialize: serializeEnvelope,
  listen: (handler) => globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key)),
});

/** All readable assessments (in stored order). */
export function listAssessments(): Assessment[] {
  return store.list();
}

export function getAssessment(id: string): Assessment | undefined {
  return store.get(id);
}

/**
 * Insert or replace (by id); sets updatedAt and returns the saved assessment. If another tab
 * changed this assessment after this tab last read it, nothing is overwritten: the newer stored
 * version is returned and storageStatus().conflict is set. Prefer updateAssessment for edits.
 */
export function saveAssessment(a: Assessment): Assessment {
  return store.save(a);
}

/** Applies fn to the freshest stored version (never stale) and saves it. */
export function updateAssessment(id: string, fn: (a: Assessment) => Assessment): Assessment | undefined {
  return store.update(id, fn);
}

/** Adds imported assessments as they are (timestamps kept). Same id: replace, or keep both (new id). */
export function importAssessments(items: Assessment[], mode: 'replace' | 'keep-both'): Assessment[] {
  return store.insert(items, mode, (a) => ({ ...a, id: newId() }));
}

export function deleteAssessment(id: string): void {
  store.remove(id);
}

/** The active assessment's id, or null when none is set or it no longer exists. */
export function getActiveId(): string | null {
  return store.getActiveId();
}

export function setActiveId(id: string | null): void {
  store.setActiveId(id);
}

/** Called on any change, in this tab or another. Returns an unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  return store.subscribe(listener);
}

/** Where data lives now and what went wrong (for the notices). */
export function storageStatus(): StorageStatus {
  return store.status();
}

/** The raw text of unreadable data kept aside (for download), or null. */
export function readUnreadable(key: string): string | null {
  return store.readUnreadable(key);
}

export function clearConflict(): void {
  store.clearConflict();
}

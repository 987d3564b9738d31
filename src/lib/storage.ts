/**
 * Storage of assessments in the browser: localStorage behind one store, validated with the
 * assessment schema (zod) and the migration chain (through the envelope reader, stored-parse.ts).
 * The engine and its guarantees are described in src/lib/store-core.ts (unavailable / full
 * storage, unreadable data kept aside, other tabs); the stored format in src/lib/stored-format.ts.
 *
 * Use `store` directly: store.list(), store.get(id), store.save(a) (refuses stale whole saves,
 * see store-core.ts), store.update(id, fn) (prefer it for edits), store.insert(items, mode)
 * (imports: timestamps kept; same id replaced or kept both under a new id), store.remove(id),
 * store.getActiveId(), store.setActiveId(id), store.subscribe(fn), store.status(),
 * store.readUnreadable(key), store.clearConflict().
 */
import { assessmentSchema, storedDocumentSchema, type Assessment } from './schema';
import { createStore, type Listener, type ParseResult, type StorageStatus } from './store-core';
import { readEnvelope, type EnvelopeValidator, type Migrate } from './stored-parse';
import { serializeEnvelope } from './stored-format';
import { newId } from './assessment';

export type { StorageStatus, Listener };

/** The full validator (zod). */
export const fullValidator: EnvelopeValidator<Assessment> = {
  document: (doc) => {
    const r = storedDocumentSchema.safeParse(doc);
    return r.success ? r.data.assessments : null;
  },
  item: (v) => {
    const r = assessmentSchema.safeParse(v);
    return r.success ? r.data : null;
  },
};

export function parseStored(raw: string, migrateDoc?: Migrate): ParseResult<Assessment> {
  return readEnvelope(raw, fullValidator, migrateDoc);
}

export const store = createStore<Assessment>({
  backend: () => globalThis.localStorage,
  parse: parseStored,
  serialize: serializeEnvelope,
  newId,
  listen: (handler) => globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key)),
});

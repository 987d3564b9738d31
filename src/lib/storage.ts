/**
 * Storage of assessments in the browser: localStorage behind one store, validated with the
 * assessment schema (zod) and the migration chain (through the envelope reader, stored-parse.ts).
 * The engine and its guarantees are described in src/lib/store-core.ts (unavailable / full
 * storage, unreadable data kept aside, other tabs); the stored format in src/lib/stored-format.ts.
 *
 * Use `store` directly (store.list(), store.update(id, fn), store.subscribe(fn) …); each method is
 * described on the Store interface in store-core.ts.
 */
import { assessmentSchema, storedDocumentSchema, type Assessment } from './schema';
import { browserStore } from './browser-store';
import type { Listener, ParseResult, StorageStatus } from './store-core';
import { readEnvelope, type EnvelopeValidator, type Migrate } from './stored-parse';

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

export const store = browserStore(fullValidator);

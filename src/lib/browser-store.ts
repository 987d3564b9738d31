/**
 * The store over the browser's localStorage and its `storage` event, for a given validator:
 * storage.ts (full, zod) and storage-light.ts (the chapter island) differ only in that.
 */
import { newId } from './assessment';
import type { Assessment } from './schema';
import { createStore, type Store } from './store-core';
import { serializeEnvelope } from './stored-format';
import { readEnvelope, type EnvelopeValidator } from './stored-parse';

export function browserStore(validator: EnvelopeValidator<Assessment>): Store<Assessment> {
  return createStore<Assessment>({
    backend: () => globalThis.localStorage,
    parse: (raw) => readEnvelope(raw, validator),
    serialize: serializeEnvelope,
    newId,
    listen: (handler) => globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key)),
  });
}

/**
 * The store over the browser's localStorage, its `storage` event and the Web Locks API, for a
 * given validator: storage.ts (full, zod) and storage-light.ts (the chapter island) differ only
 * in that. Writes run under one lock shared by every tab of the site; where the browser has no
 * Web Locks, they run at once (a read-merge-write in one turn of the event loop). Changes still
 * waiting for the lock are written when the page is hidden or left (`pagehide`).
 */
import { newId } from './assessment';
import type { Assessment } from './schema';
import { createStore, type Lock, type Store } from './store-core';
import { serializeEnvelope } from './stored-format';
import { readEnvelope, type EnvelopeValidator } from './stored-parse';

/** The name of the lock every tab takes to write the stored document. */
export const WRITE_LOCK = 'tsi-boken:write';

/** The Web Locks API as a Lock, or undefined where the browser has none. */
export function webLock(nav: { locks?: LockManager } | undefined = globalThis.navigator): Lock | undefined {
  const locks = nav?.locks;
  if (!locks || typeof locks.request !== 'function') return undefined;
  return (fn) => {
    locks.request(WRITE_LOCK, () => fn()).catch(() => fn());
  };
}

export function browserStore(validator: EnvelopeValidator<Assessment>): Store<Assessment> {
  const store = createStore<Assessment>({
    backend: () => globalThis.localStorage,
    parse: (raw) => readEnvelope(raw, validator),
    serialize: serializeEnvelope,
    newId,
    listen: (handler) =>
      globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key, (e as StorageEvent).newValue)),
    lock: webLock(),
  });
  globalThis.addEventListener?.('pagehide', () => store.flush());
  return store;
}

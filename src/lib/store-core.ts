/**
 * The storage engine behind src/lib/storage.ts (full zod validation) and
 * src/lib/storage-light.ts (the chapter island, no zod). No DOM here: the Storage object and
 * the `storage` event are passed in, so every failure mode is unit-testable with a fake.
 *
 * What it guarantees:
 * - Storage unavailable (throws on access, missing): works in memory and says so.
 * - Storage full (setItem throws): keeps the change in memory and says so; retries next write.
 * - Unreadable stored data (not JSON, another format, newer version, fails the schema): the raw
 *   string is copied verbatim to 'tsi-boken:unreadable:<time>' BEFORE anything is written over
 *   it; readable assessments in it stay usable. If it cannot be copied, nothing is ever written
 *   to the main key (memory only), so it is never lost.
 * - Another tab: every write re-reads storage first and changes only the assessment(s) the
 *   write is about; the `storage` event refreshes this tab and tells its listeners. A whole
 *   assessment saved from stale data (someone else changed it after this tab last saw it) is
 *   refused and reported as a conflict instead of overwriting the newer version.
 *
 * Over 300 lines on purpose: these guarantees hang together in one closure over shared state
 * (the cached raw string, the memory fallback, the times each assessment was last seen);
 * splitting it would spread that state across modules.
 */
import { ACTIVE_KEY as DEFAULT_ACTIVE_KEY, STORAGE_KEY as DEFAULT_KEY, UNREADABLE_PREFIX } from './stored-format';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface Stamped {
  id: string;
  updatedAt: string;
}

export type ParseResult<A> =
  | { kind: 'ok'; assessments: A[] }
  /** Some assessments are readable, the rest is not: the raw data must be kept aside. */
  | { kind: 'partial'; assessments: A[]; problem: string }
  | { kind: 'unreadable'; problem: string };

export type MemoryReason = 'unavailable' | 'full' | 'unreadable-not-kept';

export interface StorageStatus {
  /** 'local': saved in the browser's storage; 'memory': only until the tab is closed. */
  mode: 'local' | 'memory';
  memoryReason: MemoryReason | null;
  /** Keys of unreadable data kept aside (newest last). */
  unreadable: string[];
  /** Set when this tab found unreadable data and kept it aside (since load). */
  keptAsideNow: boolean;
  /** A save was refused because another tab had changed the same assessment. */
  conflict: boolean;
}

export interface StoreOptions<A extends Stamped> {
  /** Returns the Storage to use; may throw or return null/undefined (then: memory). */
  backend: () => StorageLike | null | undefined;
  parse: (raw: string) => ParseResult<A>;
  serialize: (assessments: A[], exportedAt: string) => string;
  /** A fresh id, for imports that keep both when an id is taken. */
  newId?: () => string;
  now?: () => Date;
  /** Registers a handler for the `storage` event (key changed in another tab). */
  listen?: (handler: (key: string | null) => void) => void;
  /** The storage key of the document and of the active id (defaults: STORAGE_KEY, ACTIVE_KEY). */
  key?: string;
  activeKey?: string;
}

export type Listener = () => void;

export interface Store<A extends Stamped> {
  /** All readable assessments (in stored order). */
  list(): A[];
  get(id: string): A | undefined;
  /**
   * Insert or replace (by id); sets updatedAt and returns the saved assessment. If another tab
   * changed this assessment after this tab last read it, nothing is overwritten: the newer stored
   * version is returned and status().conflict is set. Prefer update() for edits.
   */
  save(a: A): A;
  /** Applies fn to the freshest stored version (never stale) and saves it. */
  update(id: string, fn: (a: A) => A): A | undefined;
  /** Adds imported assessments as they are (timestamps kept). Same id: replace, or keep both (renamed: a new id by default). */
  insert(items: A[], mode: 'replace' | 'keep-both', renameId?: (a: A) => A): A[];
  remove(id: string): A | undefined;
  /** The active assessment's id, or null when none is set or it no longer exists. */
  getActiveId(): string | null;
  setActiveId(id: string | null): void;
  /** Called on any change, in this tab or another. Returns an unsubscribe function. */
  subscribe(listener: Listener): () => void;
  /** Where data lives now and what went wrong (for the notices). */
  status(): StorageStatus;
  /** The raw text of unreadable data kept aside (for download), or null. */
  readUnreadable(key: string): string | null;
  clearConflict(): void;
}

/** Milliseconds of an ISO timestamp (any offset); -Infinity when missing or invalid. */
function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

function missingNewId(): string {
  throw new Error('createStore: no newId option');
}

/** How far ahead of this tab's clock a stored time may lie and still be counted on from. */
const MAX_AHEAD_MS = 366 * 24 * 3600 * 1000;

export function createStore<A extends Stamped>(options: StoreOptions<A>): Store<A> {
  const STORAGE_KEY = options.key ?? DEFAULT_KEY;
  const ACTIVE_KEY = options.activeKey ?? DEFAULT_ACTIVE_KEY;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<Listener>();
  let backend: StorageLike | null | undefined; // undefined: not yet resolved
  let memoryReason: MemoryReason | null = null;
  let memory: A[] = [];
  let memoryActive: string | null = null;
  let cacheRaw: string | null | undefined;
  let keptAsideNow = false;
  let conflict = false;
  /** updatedAt of each assessment as this tab last saw (read out or wrote) it. */
  const seen = new Map<string, string>();
  let listening = false;

  function notify(): void {
    for (const l of [...listeners]) l();
  }

  function storage(): StorageLike | null {
    if (backend === undefined) {
      try {
        const s = options.backend();
        if (!s) throw new Error('no storage');
        s.getItem(STORAGE_KEY); // throws where access is blocked
        backend = s;
      } catch {
        backend = null;
        memoryReason = 'unavailable';
      }
      if (backend && !listening && options.listen) {
        listening = true;
        options.listen((key) => {
          if (key === null || key === STORAGE_KEY || key === ACTIVE_KEY || key.startsWith(UNREADABLE_PREFIX)) {
            cacheRaw = undefined;
            notify();
          }
        });
      }
    }
    return backend;
  }

  function toMemory(reason: MemoryReason): void {
    if (memoryReason === null || reason === 'unreadable-not-kept') memoryReason = reason;
  }

  function unreadableKeys(s: StorageLike): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k && k.startsWith(UNREADABLE_PREFIX)) keys.push(k);
      }
    } catch {
      /* listing failed: report none */
    }
    return keys.sort();
  }

  /** Copies raw aside unless an identical copy exists. False when it could not be copied. */
  function keepAside(s: StorageLike, raw: string): boolean {
    for (const k of unreadableKeys(s)) {
      try {
        if (s.getItem(k) === raw) return true;
      } catch {
        /* ignore, try to copy */
      }
    }
    const stamp = now().toISOString();
    let key = `${UNREADABLE_PREFIX}${stamp}`;
    for (let n = 2; s.getItem(key) !== null; n++) key = `${UNREADABLE_PREFIX}${stamp}-${n}`;
    try {
      s.setItem(key, raw);
      keptAsideNow = true;
      return true;
    } catch {
      return false;
    }
  }

  /** The current list: storage re-read (cached by raw string), or memory. */
  function load(): A[] {
    const s = storage();
    if (!s || memoryReason !== null) return memory;
    let raw: string | null;
    try {
      raw = s.getItem(STORAGE_KEY);
    } catch {
      toMemory('unavailable');
      return memory;
    }
    if (raw === cacheRaw) return memory;
    let list: A[];
    if (raw === null) list = [];
    else {
      const result = options.parse(raw);
      if (result.kind === 'ok') list = result.assessments;
      else {
        list = result.kind === 'partial' ? result.assessments : [];
        if (!keepAside(s, raw)) toMemory('unreadable-not-kept');
      }
    }
    memory = list;
    cacheRaw = raw;
    return list;
  }

  function markSeen(list: A[]): void {
    for (const a of list) seen.set(a.id, a.updatedAt);
  }

  /** Applies a change to the freshest list and writes it (or keeps it in memory). */
  function commit(next: A[]): void {
    memory = next;
    const s = storage();
    const canWrite = s && (memoryReason === null || memoryReason === 'full');
    if (s && canWrite) {
      const raw = options.serialize(next, now().toISOString());
      try {
        s.setItem(STORAGE_KEY, raw);
        cacheRaw = raw;
        if (memoryReason === 'full') memoryReason = null;
      } catch {
        toMemory('full');
      }
    }
    markSeen(next);
    notify();
  }

  /** An updatedAt strictly later than prev (clocks can repeat or go back). */
  function stamp(prev?: string): string {
    let t = now().getTime();
    const p = time(prev);
    // Later than the stored time, unless that lies absurdly far ahead (a clock or a file from
    // the future): then this computer's time, so a stamp can never pass the year 9999.
    if (t <= p && p - t < MAX_AHEAD_MS) t = p + 1;
    return new Date(t).toISOString();
  }

  return {
    list() {
      const list = load();
      markSeen(list);
      return list.slice();
    },
    get(id) {
      const a = load().find((x) => x.id === id);
      if (a) seen.set(a.id, a.updatedAt);
      return a;
    },
    save(a) {
      const fresh = load();
      const stored = fresh.find((x) => x.id === a.id);
      if (stored) {
        const known = Math.max(time(seen.get(a.id)), time(a.updatedAt));
        if (time(stored.updatedAt) > known) {
          conflict = true;
          seen.set(stored.id, stored.updatedAt);
          notify();
          return stored;
        }
      }
      const saved = {
        ...a,
        updatedAt: stamp(stored && time(stored.updatedAt) > time(a.updatedAt) ? stored.updatedAt : a.updatedAt),
      };
      commit(stored ? fresh.map((x) => (x.id === a.id ? saved : x)) : [...fresh, saved]);
      return saved;
    },
    update(id, fn) {
      const fresh = load();
      const stored = fresh.find((x) => x.id === id);
      if (!stored) return undefined;
      const saved = { ...fn(stored), id, updatedAt: stamp(stored.updatedAt) };
      commit(fresh.map((x) => (x.id === id ? saved : x)));
      return saved;
    },
    insert(items, mode, renameId = (a) => ({ ...a, id: (options.newId ?? missingNewId)() })) {
      const next = load().slice();
      const added: A[] = [];
      for (const item of items) {
        const i = next.findIndex((x) => x.id === item.id);
        if (i === -1) {
          next.push(item);
          added.push(item);
        } else if (mode === 'replace') {
          next[i] = item;
          added.push(item);
        } else {
          let copy = renameId(item);
          while (next.some((x) => x.id === copy.id)) copy = renameId(item);
          next.push(copy);
          added.push(copy);
        }
      }
      commit(next);
      return added;
    },
    remove(id) {
      const fresh = load();
      const gone = fresh.find((x) => x.id === id);
      if (gone) commit(fresh.filter((x) => x.id !== id));
      return gone;
    },
    getActiveId() {
      const s = storage();
      let id = memoryActive;
      if (s && memoryReason !== 'unavailable') {
        try {
          id = s.getItem(ACTIVE_KEY) ?? memoryActive;
        } catch {
          /* keep memory value */
        }
      }
      return id !== null && load().some((a) => a.id === id) ? id : null;
    },
    setActiveId(id) {
      memoryActive = id;
      const s = storage();
      if (s && memoryReason !== 'unavailable') {
        try {
          if (id === null) s.removeItem(ACTIVE_KEY);
          else s.setItem(ACTIVE_KEY, id);
        } catch {
          /* memory value is used */
        }
      }
      notify();
    },
    subscribe(listener) {
      storage();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    status() {
      const s = storage();
      load();
      return {
        mode: s && memoryReason === null ? 'local' : 'memory',
        memoryReason,
        unreadable: s ? unreadableKeys(s) : [],
        keptAsideNow,
        conflict,
      };
    },
    readUnreadable(key) {
      const s = storage();
      if (!s || !key.startsWith(UNREADABLE_PREFIX)) return null;
      try {
        return s.getItem(key);
      } catch {
        return null;
      }
    },
    clearConflict() {
      conflict = false;
      notify();
    },
  };
}

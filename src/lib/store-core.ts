/**
 * The storage engine behind src/lib/storage.ts (full zod validation) and
 * src/lib/storage-light.ts (the chapter island, no zod). No DOM here: the Storage object, the
 * `storage` event and the cross-tab lock are passed in, so every failure mode is unit-testable
 * with a fake.
 *
 * What it guarantees:
 * - A tab never writes back a stale whole. Its edits are kept as per-field changes (merge.ts);
 *   every write re-reads the stored document and applies only those changes to it, field by
 *   field, the newest change of a field winning. Fields this tab did not change stay as stored.
 *   Writes run under a cross-tab lock when one is given (the Web Locks API in browser-store.ts);
 *   without one the read-merge-write runs at once, within one turn of the event loop.
 * - Storage unavailable (throws on access, missing): works in memory and says so.
 * - Storage full (setItem throws): this tab keeps its unsaved changes (shown in its view), says
 *   so, and tries again on its next write and when another tab writes (the `storage` event).
 * - Unreadable stored data (not JSON, another format, fails the schema): the raw string is
 *   copied verbatim to 'tsi-boken:unreadable:<time>' BEFORE anything is written over it;
 *   readable assessments in it stay usable. If it cannot be copied, the main key is never
 *   written (memory only), so it is never lost.
 * - A stored document of a NEWER version than this code knows (written by a newer tab): this
 *   tab stops writing altogether (nothing moved aside, nothing overwritten) and says so; the
 *   user must reload the page.
 * - Two stored assessments with the same id: the later one gets a new id (written back) and the
 *   status says how many were split, so an edit of one can never overwrite the other.
 * - A whole assessment saved from stale data (someone else changed it after this tab last saw
 *   it) is refused and reported as a conflict instead of overwriting the newer version.
 *
 * Over 300 lines on purpose: these guarantees hang together in one closure over shared state
 * (the cached raw string, the unsaved changes, the memory fallback, the times each assessment
 * was last seen); splitting it would spread that state across modules.
 */
import {
  addChanges,
  applyChanges,
  changedFields,
  sameValue,
  splitDuplicates,
  valueAt,
  type Change,
  type FieldPath,
  type IdRecord,
} from './merge';
import { ACTIVE_KEY as DEFAULT_ACTIVE_KEY, STORAGE_KEY as DEFAULT_KEY, UNREADABLE_PREFIX } from './stored-format';

/**
 * How long a written field stays watched for another tab writing an older copy over it. Tabs
 * see each other's writes within milliseconds; three seconds leave room for a busy machine, and
 * are short enough that a deliberate change of the same field in another tab (to a value this tab
 * had just before) is very unlikely to fall within them. New and removed records are checked
 * once only (verify): whether another tab removed a record on purpose cannot be told apart.
 */
const WATCH_MS = 3_000;

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
  /** problem 'version-newer': written by a newer version of the site (never kept aside). */
  | { kind: 'unreadable'; problem: string };

/**
 * Why changes are not (all) in the browser's storage: 'unavailable' (no storage at all),
 * 'full' (a write failed; retried), 'unreadable-not-kept' (unreadable data could not be copied
 * aside), 'newer' (a newer version of the site wrote the data: reload).
 */
export type MemoryReason = 'unavailable' | 'full' | 'unreadable-not-kept' | 'newer';

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
  /** How many stored assessments that shared an id with another were given a new id. */
  split: number;
}

/** Runs fn under a lock shared by every tab of the site (or at once, where there is none). */
export type Lock = (fn: () => void) => void;

export interface StoreOptions<A extends Stamped> {
  /** Returns the Storage to use; may throw or return null/undefined (then: memory). */
  backend: () => StorageLike | null | undefined;
  parse: (raw: string) => ParseResult<A>;
  serialize: (assessments: A[], exportedAt: string) => string;
  /** A fresh id, for imports that keep both when an id is taken and for split duplicates. */
  newId?: () => string;
  now?: () => Date;
  /** Registers a handler for the `storage` event (key changed in another tab, and its new value). */
  listen?: (handler: (key: string | null, newValue?: string | null) => void) => void;
  /** The cross-tab lock writes run under; without it they run at once. */
  lock?: Lock;
  /** The storage key of the document and of the active id (defaults: STORAGE_KEY, ACTIVE_KEY). */
  key?: string;
  activeKey?: string;
}

export type Listener = () => void;

export interface Store<A extends Stamped> {
  /** All readable assessments (in stored order) with this tab's unsaved changes applied. */
  list(): A[];
  get(id: string): A | undefined;
  /**
   * Insert or replace (by id); sets updatedAt and returns the saved assessment. If another tab
   * changed this assessment after this tab last read it, nothing is overwritten: the newer stored
   * version is returned and status().conflict is set. Prefer update() for edits.
   */
  save(a: A): A;
  /** Applies fn to the freshest version and saves the fields it changed (only those). */
  update(id: string, fn: (a: A) => A): A | undefined;
  /**
   * Adds imported assessments as they are (timestamps kept). Same id: replace, or keep both
   * (renamed: a new id by default). New ones go at the end, or from `index` on when given.
   */
  insert(items: A[], mode: 'replace' | 'keep-both', renameId?: (a: A) => A, index?: number): A[];
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
  /** Dismisses the conflict and the split notices. */
  clearConflict(): void;
  /** Writes this tab's unsaved changes now, without the lock (for `pagehide`). True when none are left. */
  flush(): boolean;
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
/** The one list the store keeps (merge.ts can merge any other list of records by its name). */
const LIST = 'assessments';

/** A Storage in memory, for when the browser offers none. */
class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  get length() {
    return this.map.size;
  }
}

export function createStore<A extends Stamped>(options: StoreOptions<A>): Store<A> {
  const STORAGE_KEY = options.key ?? DEFAULT_KEY;
  const ACTIVE_KEY = options.activeKey ?? DEFAULT_ACTIVE_KEY;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? missingNewId;
  const listeners = new Set<Listener>();
  let backend: StorageLike | undefined; // undefined: not yet resolved
  let real = false; // backend is the browser's storage, not memory
  let full = false; // the last write failed (storage full)
  let blocked: 'unreadable-not-kept' | 'newer' | null = null;
  let stored: A[] = []; // the stored list as last read (duplicates split)
  let cacheRaw: string | null | undefined;
  let pending: Change[] = []; // this tab's unsaved changes
  let view: A[] | null = null; // stored + pending, recomputed when either changes
  let splitFix = false; // the stored list had duplicate ids: write the split list back
  let keptAsideNow = false;
  let conflict = false;
  let split = 0;
  let memoryActive: string | null = null;
  let unverified: Change[] = []; // written, to be checked under the lock
  /** Fields written and checked, still watched for a while: see WATCH_MS. */
  let watched: { c: Change; at: number }[] = [];
  let verifyQueued = false;
  let flushing = false;
  /** Fields of records with unsaved changes that another tab changed: the value seen and when. */
  const observed = new Map<string, { value: unknown; at: number }>();
  /** updatedAt of each assessment as this tab last saw (read out or wrote) it. */
  const seen = new Map<string, string>();

  function notify(): void {
    for (const l of [...listeners]) l();
  }

  function toMemory(): StorageLike {
    const m = new MemoryStorage();
    if (typeof cacheRaw === 'string') m.setItem(STORAGE_KEY, cacheRaw);
    backend = m;
    real = false;
    return m;
  }

  function storage(): StorageLike {
    if (backend) return backend;
    try {
      const s = options.backend();
      if (!s) throw new Error('no storage');
      s.getItem(STORAGE_KEY); // throws where access is blocked
      backend = s;
      real = true;
    } catch {
      return toMemory();
    }
    options.listen?.((key, newValue) => {
      const wasFull = full;
      const ours = key === null || key === STORAGE_KEY || key === ACTIVE_KEY || key.startsWith(UNREADABLE_PREFIX);
      if (key === STORAGE_KEY && typeof newValue === 'string' && pending.length) seeWrite(newValue);
      if (ours) {
        cacheRaw = undefined;
        view = null;
      }
      // Another tab wrote: if its copy was a moment behind, it put back an older value of a
      // field this tab wrote lately. Check again under the lock (verify).
      if (options.lock && key === STORAGE_KEY && (watched.length || unverified.length) && !verifyQueued) {
        verifyQueued = true;
        options.lock(verify);
      }
      if (pending.length || splitFix) {
        if (ours) load(); // see each write of the other tab, to know when it changed which field
        schedule(); // and try again: any change of storage may have freed room
      }
      if (ours || wasFull !== full) notify();
    });
    return backend;
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
    const at = now().toISOString();
    let key = `${UNREADABLE_PREFIX}${at}`;
    try {
      for (let n = 2; s.getItem(key) !== null; n++) key = `${UNREADABLE_PREFIX}${at}-${n}`;
      s.setItem(key, raw);
      keptAsideNow = true;
      return true;
    } catch {
      return false;
    }
  }

  /** The stored list, re-read (cached by raw string). */
  function load(): A[] {
    let s = storage();
    let raw: string | null;
    try {
      raw = s.getItem(STORAGE_KEY);
    } catch {
      s = toMemory();
      raw = s.getItem(STORAGE_KEY);
    }
    if (raw === cacheRaw) return stored;
    cacheRaw = raw;
    view = null;
    if (blocked === 'newer') blocked = null; // read again below
    if (raw === null) {
      stored = [];
      return stored;
    }
    const result = options.parse(raw);
    if (result.kind === 'unreadable' && result.problem === 'version-newer') {
      blocked = 'newer'; // keep the last readable list on screen; write nothing
      return stored;
    }
    const list: A[] = result.kind === 'unreadable' ? [] : result.assessments;
    if (result.kind !== 'ok' && !keepAside(s, raw)) blocked = 'unreadable-not-kept';
    const dup = splitDuplicates(list, newId);
    observe(stored, dup.list);
    stored = dup.list;
    if (dup.split) {
      split += dup.split;
      splitFix = true;
      schedule(); // write the split list back, so the new ids hold
    }
    return stored;
  }

  const fieldKey = (id: string, path: FieldPath) => [id, ...path].join('\u0000');

  /** Notes when another tab changed a field of a record this tab has unsaved changes of. */
  function observe(before: A[], after: A[]): void {
    const ids = new Set(pending.filter((c) => c.kind === 'field').map((c) => (c.kind === 'field' ? c.id : '')));
    for (const id of ids) {
      const old = before.find((x) => x.id === id);
      const next = after.find((x) => x.id === id);
      if (!old || !next || old.updatedAt === next.updatedAt) continue;
      for (const f of changedFields(old, next)) observed.set(fieldKey(id, f.path), { value: f.value, at: time(next.updatedAt) });
    }
  }

  /**
   * Another tab's write, as its event carries it: events come one per write even when this tab
   * reads storage only later, so each write's changes are noted with that write's time.
   */
  function seeWrite(raw: string): void {
    const r = options.parse(raw);
    if (r.kind !== 'ok' || new Set(r.assessments.map((a) => a.id)).size !== r.assessments.length) return;
    observe(stored, r.assessments);
    stored = r.assessments;
    cacheRaw = raw;
  }

  /** When a field was last changed, as far as this tab knows (at the latest: its record's time). */
  function fieldTime(_list: string, record: IdRecord, path: FieldPath): number {
    const seenChange = observed.get(fieldKey(record.id, path));
    return seenChange && sameValue(seenChange.value, valueAt(record, path)) ? seenChange.at : time(record.updatedAt);
  }

  /** An updatedAt strictly later than prev (clocks can repeat or go back). */
  function stamp(prev?: string, at = now().getTime()): string {
    let t = at;
    const p = time(prev);
    // Later than the stored time, unless that lies absurdly far ahead (a clock or a file from
    // the future): then this computer's time, so a stamp can never pass the year 9999.
    if (t <= p && p - t < MAX_AHEAD_MS) t = p + 1;
    return new Date(t).toISOString();
  }

  /** What this tab shows: the stored list with its unsaved changes applied. */
  function current(): A[] {
    const list = load();
    if (view) return view;
    view = pending.length ? (applyChanges({ [LIST]: list }, pending, stamp, fieldTime).lists[LIST] as A[]) : list;
    return view;
  }

  /**
   * Reads, merges and writes this tab's unsaved changes. Changes made at different times are
   * written one time after the other, so another tab can tell when each field changed. True
   * when nothing is left unsaved.
   */
  function flushNow(): boolean {
    if (flushing) return false; // a write of this tab made another tab write (only in tests: events are async in browsers)
    flushing = true;
    try {
      return flushLoop();
    } finally {
      flushing = false;
    }
  }

  function flushLoop(): boolean {
    for (;;) {
      const list = load();
      if (blocked) return false;
      if (!pending.length && !splitFix) return true;
      const first = Math.min(...pending.map((c) => c.at));
      const group = pending.filter((c) => c.at === first);
      const merged = applyChanges({ [LIST]: list }, group, stamp, fieldTime);
      if (merged.changed || splitFix) {
        const next = merged.lists[LIST] as A[];
        const raw = options.serialize(next, now().toISOString());
        try {
          storage().setItem(STORAGE_KEY, raw);
        } catch {
          full = true;
          // No longer in order: when retried, each field change applies only if no newer one won.
          pending = pending.map((c) => (c.kind === 'field' ? { ...c, ordered: false } : c));
          view = null;
          return false;
        }
        cacheRaw = raw;
        stored = next;
        splitFix = false;
        for (const a of next) seen.set(a.id, a.updatedAt);
        if (options.lock) unverified.push(...group);
      }
      pending = pending.filter((c) => !group.includes(c));
      view = null;
      full = false;
      if (!pending.length) observed.clear();
    }
  }

  /**
   * Under the cross-tab lock, after a write: checks that what this tab wrote is still stored.
   * Another tab whose copy of storage was a moment behind may have written its whole document
   * over ours (browsers sync storage between tabs with a small delay); a change of ours that
   * it reverted to the value before ours is written again, a newer change is left alone.
   * Such a write can also come after this check: the fields checked stay watched for WATCH_MS,
   * and every write of another tab (its `storage` event) runs the check again.
   */
  function verify(): void {
    verifyQueued = false;
    const list = load();
    const t = now().getTime();
    watched = watched.filter((w) => t - w.at < WATCH_MS);
    // In the order they were written: the watched ones before those written since.
    const done = [...watched.map((w) => w.c), ...unverified];
    watched.push(...unverified.filter((c) => c.kind === 'field').map((c) => ({ c, at: t })));
    unverified = [];
    if (blocked) return;
    const find = (id: string) => list.find((x) => x.id === id);
    // The latest write of each field, and every value the field had before it in this tab:
    // a tab writing from an older copy puts one of those back.
    const fields = new Map<string, { c: Extract<Change, { kind: 'field' }>; before: unknown[] }>();
    const records = new Map<string, Change>();
    for (const c of done) {
      if (c.kind !== 'field') records.set(c.kind === 'put' ? c.record.id : c.id, c);
      else if (!c.ifAbsent) {
        const key = fieldKey(c.id, c.path);
        const prev = fields.get(key);
        fields.set(key, { c, before: [...(prev ? [...prev.before, prev.c.value] : []), c.base] });
      }
    }
    const redo: Change[] = [];
    for (const c of records.values()) {
      if (c.kind === 'put' ? !find(c.record.id) : c.kind === 'remove' && find(c.id)) redo.push(c);
    }
    for (const { c, before } of fields.values()) {
      const record = find(c.id);
      const current = record ? valueAt(record, c.path) : undefined;
      if (record && !sameValue(current, c.value) && before.some((v) => sameValue(v, current))) redo.push(c);
    }
    if (!redo.length) return;
    pending = addChanges(pending, redo);
    view = null;
    flushNow();
    notify();
  }

  /** Writes now (read, merge, write in one turn of the event loop), then verifies under the lock. */
  function schedule(): void {
    flushNow();
    if (options.lock && unverified.length && !verifyQueued) {
      verifyQueued = true;
      options.lock(verify);
    }
  }

  /** Records changes, writes them (now or under the lock) and tells the listeners. */
  function change(changes: Change[]): void {
    if (!changes.length) return;
    pending = addChanges(
      pending,
      changes.map((c) => (c.kind === 'field' ? { ...c, ordered: true } : c)),
    );
    view = null;
    schedule();
    for (const a of current()) seen.set(a.id, a.updatedAt);
    notify();
  }

  /** The time of a change: now, but always later than the version it was made on. */
  function changeTime(known: A): number {
    return Date.parse(stamp(known.updatedAt));
  }

  function edits(before: A, after: A, at: number): Change[] {
    return changedFields(before, after).map((f) => ({ kind: 'field', list: LIST, id: before.id, ...f, at }));
  }

  const find = (id: string) => current().find((x) => x.id === id);

  return {
    list() {
      const list = current();
      for (const a of list) seen.set(a.id, a.updatedAt);
      return list.slice();
    },
    get(id) {
      const a = find(id);
      if (a) seen.set(a.id, a.updatedAt);
      return a;
    },
    save(a) {
      const known = find(a.id);
      const at = now().getTime();
      if (!known) {
        const saved = { ...a, updatedAt: stamp(a.updatedAt) };
        change([{ kind: 'put', list: LIST, record: saved, at }]);
        return find(a.id) ?? saved;
      }
      if (time(known.updatedAt) > Math.max(time(seen.get(a.id)), time(a.updatedAt))) {
        conflict = true;
        seen.set(known.id, known.updatedAt);
        notify();
        return known;
      }
      change(edits(known, a, Math.max(at, changeTime(known))));
      return find(a.id) ?? known;
    },
    update(id, fn) {
      const known = find(id);
      if (!known) return undefined;
      change(edits(known, { ...fn(known), id }, changeTime(known)));
      return find(id);
    },
    insert(items, mode, renameId = (a) => ({ ...a, id: newId() }), index) {
      const ids = new Set(current().map((x) => x.id));
      const added: A[] = [];
      const at = now().getTime();
      for (const item of items) {
        let record = item;
        if (ids.has(item.id) && mode === 'keep-both') {
          record = renameId(item);
          while (ids.has(record.id)) record = renameId(item);
        }
        ids.add(record.id);
        added.push(record);
      }
      change(
        added.map((record, i) => ({ kind: 'put', list: LIST, record, at, index: index === undefined ? undefined : index + i })),
      );
      return added;
    },
    remove(id) {
      const gone = find(id);
      if (gone) change([{ kind: 'remove', list: LIST, id, at: now().getTime() }]);
      return gone;
    },
    getActiveId() {
      let id: string | null = null;
      try {
        id = storage().getItem(ACTIVE_KEY) ?? memoryActive;
      } catch {
        id = memoryActive;
      }
      return id !== null && current().some((a) => a.id === id) ? id : null;
    },
    setActiveId(id) {
      load();
      memoryActive = id; // used where storage refuses it (full, or a newer version's data)
      if (blocked !== 'newer') {
        try {
          if (id === null) storage().removeItem(ACTIVE_KEY);
          else storage().setItem(ACTIVE_KEY, id);
        } catch {
          /* the memory value is used */
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
      const memoryReason: MemoryReason | null = !real ? 'unavailable' : (blocked ?? (full ? 'full' : null));
      return {
        mode: memoryReason === null ? 'local' : 'memory',
        memoryReason,
        unreadable: real ? unreadableKeys(s) : [],
        keptAsideNow,
        conflict,
        split,
      };
    },
    readUnreadable(key) {
      if (!real || !key.startsWith(UNREADABLE_PREFIX)) return null;
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    clearConflict() {
      conflict = false;
      split = 0;
      notify();
    },
    flush() {
      const before = full;
      const done = flushNow();
      if (before !== full) notify();
      return done;
    },
  };
}

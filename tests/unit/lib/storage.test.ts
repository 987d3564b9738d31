import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createStore, type Store } from '../../../src/lib/store-core';
import { parseStored } from '../../../src/lib/storage';
import { parseLight } from '../../../src/lib/storage-light';
import { ACTIVE_KEY, CURRENT_VERSION, serializeEnvelope, STORAGE_KEY, UNREADABLE_PREFIX } from '../../../src/lib/stored-format';
import { storedDocumentSchema, type Assessment } from '../../../src/lib/schema';
import { withAnswer } from '../../../src/lib/assessment';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { migrateWith } from '../../../src/lib/migrations';
import { FakeStorage, assessmentsArb } from '../../support/unit';
import { envelope, sample } from '../../support/data';

let clock = Date.parse('2026-05-01T10:00:00.000Z');
const now = () => new Date(clock);

/** A "tab": a store over the given (fake) storage, without cross-tab events. */
function tab(storage: FakeStorage | (() => never)): Store<Assessment> {
  return createStore<Assessment>({
    backend: typeof storage === 'function' ? storage : () => storage,
    parse: parseStored,
    serialize: serializeEnvelope,
    now,
  });
}

/** Two tabs over one storage; a write in one fires `storage` in the other (like browsers). */
function twoTabs(storage: FakeStorage) {
  const handlersA: ((key: string) => void)[] = [];
  const handlersB: ((key: string) => void)[] = [];
  let writer: 'a' | 'b' = 'a';
  const mk = (handlers: ((key: string) => void)[]) =>
    createStore<Assessment>({
      backend: () => storage,
      parse: parseStored,
      serialize: serializeEnvelope,
      now,
      listen: (h) => handlers.push(h),
    });
  const a = mk(handlersA);
  const b = mk(handlersB);
  storage.onChange.push((key) => {
    for (const h of writer === 'a' ? handlersB : handlersA) h(key);
  });
  const as = <T>(who: 'a' | 'b', fn: () => T): T => {
    writer = who;
    try {
      return fn();
    } finally {
      writer = 'a';
    }
  };
  return { a, b, as };
}

afterEach(() => {
  clock += 1000;
  vi.unstubAllGlobals();
});

describe('stored format constants', () => {
  it('keep the stored-format contract (other areas seed these keys)', () => {
    expect(STORAGE_KEY).toBe('tsi-boken:assessments');
    expect(ACTIVE_KEY).toBe('tsi-boken:active');
  });
});

describe('storage: normal operation', () => {
  it('starts empty, saves in the stored envelope, reads back, deletes', () => {
    const s = new FakeStorage();
    const store = tab(s);
    expect(store.list()).toEqual([]);
    const saved = store.save(sample('x'));
    expect(saved.updatedAt).toBe(now().toISOString());
    const doc = JSON.parse(s.getItem(STORAGE_KEY)!);
    expect(doc.format).toBe('tsi-sjalvskattning');
    expect(doc.schemaVersion).toBe(CURRENT_VERSION);
    expect(storedDocumentSchema.safeParse(doc).success).toBe(true);
    expect(store.get('x')).toEqual(saved);
    store.remove('x');
    expect(store.list()).toEqual([]);
    expect(JSON.parse(s.getItem(STORAGE_KEY)!).assessments).toEqual([]);
    expect(store.status()).toMatchObject({ mode: 'local', memoryReason: null, unreadable: [], conflict: false });
  });

  it('reads a seeded stored state (the contract other areas rely on)', () => {
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, envelope([sample('seed')]));
    s.setItem(ACTIVE_KEY, 'seed');
    const store = tab(s);
    expect(store.list().map((a) => a.id)).toEqual(['seed']);
    expect(store.getActiveId()).toBe('seed');
  });

  it('getActiveId is null when the active id names no assessment; setActiveId(null) removes it', () => {
    const s = new FakeStorage();
    const store = tab(s);
    store.setActiveId('nobody');
    expect(store.getActiveId()).toBeNull();
    store.save(sample('x'));
    store.setActiveId('x');
    expect(store.getActiveId()).toBe('x');
    store.setActiveId(null);
    expect(s.getItem(ACTIVE_KEY)).toBeNull();
    expect(store.getActiveId()).toBeNull();
  });

  it('notifies subscribers on every change and stops after unsubscribe', () => {
    const store = tab(new FakeStorage());
    const seen = vi.fn();
    const off = store.subscribe(seen);
    store.save(sample('x'));
    store.setActiveId('x');
    expect(seen).toHaveBeenCalledTimes(2);
    off();
    store.remove('x');
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('update() changes only the given assessment and always moves updatedAt forward', () => {
    const s = new FakeStorage();
    const store = tab(s);
    store.save(sample('x', '2030-01-01T00:00:00.000Z')); // clock behind the stored time
    const other = store.save(sample('y'));
    const before = store.get('x')!.updatedAt;
    const u = store.update('x', (a) => withAnswer(a, 'forankra-politiskt', { level: 3 }))!;
    expect(Date.parse(u.updatedAt)).toBeGreaterThan(Date.parse(before));
    expect(store.get('x')!.answers['forankra-politiskt']!.level).toBe(3);
    expect(store.get('y')).toEqual(other);
    expect(store.update('missing', (a) => a)).toBeUndefined();
  });

  it('insert() keeps timestamps; same id replaces or keeps both with a new id', () => {
    const store = tab(new FakeStorage());
    store.insert([sample('x')], 'keep-both', (a) => ({ ...a, id: 'never' }));
    expect(store.get('x')).toEqual(sample('x'));
    const changed = { ...sample('x'), title: 'ny' };
    store.insert([changed], 'replace', (a) => a);
    expect(store.list()).toEqual([changed]);
    let n = 0;
    const added = store.insert([sample('x')], 'keep-both', (a) => ({ ...a, id: `copy${++n}` }));
    expect(added.map((a) => a.id)).toEqual(['copy1']);
    expect(store.list().map((a) => a.id)).toEqual(['x', 'copy1']);
  });

  it('insert() with an index puts new ones there (as stored, also in another tab); a replaced one keeps its place', () => {
    const s = new FakeStorage();
    const store = tab(s);
    store.insert([sample('a'), sample('b'), sample('c')], 'replace');
    store.insert([sample('x'), sample('y')], 'replace', undefined, 1);
    expect(store.list().map((a) => a.id)).toEqual(['a', 'x', 'y', 'b', 'c']);
    expect(
      tab(s)
        .list()
        .map((a) => a.id),
    ).toEqual(['a', 'x', 'y', 'b', 'c']);
    store.insert([{ ...sample('c'), title: 'ny' }], 'replace', undefined, 0);
    expect(store.list().map((a) => a.id)).toEqual(['a', 'x', 'y', 'b', 'c']);
    store.insert([sample('z')], 'replace', undefined, 99);
    expect(store.list().map((a) => a.id)).toEqual(['a', 'x', 'y', 'b', 'c', 'z']);
  });
});

describe('storage unavailable', () => {
  it('works in memory when localStorage throws on access (private mode / blocked)', () => {
    const s = new FakeStorage();
    s.blocked = true;
    const store = tab(s);
    store.save(sample('x'));
    store.setActiveId('x');
    expect(store.list().map((a) => a.id)).toEqual(['x']);
    expect(store.getActiveId()).toBe('x');
    expect(store.status()).toMatchObject({ mode: 'memory', memoryReason: 'unavailable' });
  });

  it('works in memory when there is no localStorage at all or the getter throws', () => {
    const none = tab(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    none.save(sample('x'));
    expect(none.list()).toHaveLength(1);
    expect(none.status().memoryReason).toBe('unavailable');
    const missing = createStore<Assessment>({ backend: () => undefined, parse: parseStored, serialize: serializeEnvelope });
    missing.save(sample('y'));
    expect(missing.get('y')?.id).toBe('y');
    expect(missing.status().mode).toBe('memory');
  });

  it('falls back to memory when storage starts throwing later', () => {
    const s = new FakeStorage();
    const store = tab(s);
    store.save(sample('x'));
    s.blocked = true;
    store.save(sample('y'));
    expect(store.list().map((a) => a.id)).toEqual(['x', 'y']);
    expect(store.status().memoryReason).toBe('unavailable');
  });
});

describe('storage full (QuotaExceededError)', () => {
  it('keeps the change in memory, says so, and saves again once there is room', () => {
    const s = new FakeStorage();
    const store = tab(s);
    store.save(sample('x'));
    const stored = s.getItem(STORAGE_KEY);
    s.quota = stored!.length + STORAGE_KEY.length + 10; // no room for more
    store.save({ ...sample('y'), title: 'a'.repeat(500) });
    expect(store.list().map((a) => a.id)).toEqual(['x', 'y']);
    expect(store.status()).toMatchObject({ mode: 'memory', memoryReason: 'full' });
    expect(s.getItem(STORAGE_KEY)).toBe(stored); // old data untouched, not half-written
    s.quota = Infinity;
    store.save(sample('z'));
    expect(store.status()).toMatchObject({ mode: 'local', memoryReason: null });
    expect(JSON.parse(s.getItem(STORAGE_KEY)!).assessments.map((a: Assessment) => a.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('unreadable stored data is kept aside, never deleted', () => {
  const cases: [string, string][] = [
    ['not JSON', '{"format": "tsi-sjalv'],
    ['another format', JSON.stringify({ format: 'something-else', assessments: [] })],
    ['not an object', '[1,2,3]'],
    ['an envelope without a list', JSON.stringify({ format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt: 'x' })],
  ];
  for (const [what, raw] of cases) {
    it(`${what}: copied verbatim aside, user told, new data can be saved`, () => {
      const s = new FakeStorage();
      s.setItem(STORAGE_KEY, raw);
      const store = tab(s);
      expect(store.list()).toEqual([]);
      const status = store.status();
      expect(status.unreadable).toHaveLength(1);
      expect(status.keptAsideNow).toBe(true);
      expect(s.getItem(status.unreadable[0]!)).toBe(raw);
      expect(store.readUnreadable(status.unreadable[0]!)).toBe(raw);
      store.save(sample('new'));
      expect(store.list().map((a) => a.id)).toEqual(['new']);
      expect(s.getItem(status.unreadable[0]!)).toBe(raw); // still there after writing
      expect(status.unreadable[0]!.startsWith(UNREADABLE_PREFIX)).toBe(true);
    });
  }

  it('keeps readable assessments usable when some fail the schema, and keeps the whole raw aside', () => {
    const s = new FakeStorage();
    const bad = { ...sample('bad'), answers: { 'forankra-politiskt': { level: 7 } } };
    const raw = envelope([sample('good'), bad]);
    s.setItem(STORAGE_KEY, raw);
    const store = tab(s);
    expect(store.list().map((a) => a.id)).toEqual(['good']);
    const [key] = store.status().unreadable;
    expect(s.getItem(key!)).toBe(raw);
  });

  it('does not copy the same unreadable data twice (e.g. on every reload)', () => {
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, 'garbage');
    tab(s).list();
    clock += 5000;
    tab(s).list();
    expect([...s.map.keys()].filter((k) => k.startsWith(UNREADABLE_PREFIX))).toHaveLength(1);
  });

  it('if it cannot be kept aside (storage full), the main key is never written over', () => {
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, 'garbage that must survive');
    s.quota = 40; // too small for a copy
    const store = tab(s);
    store.save(sample('x'));
    expect(s.getItem(STORAGE_KEY)).toBe('garbage that must survive');
    expect(store.list().map((a) => a.id)).toEqual(['x']); // the user can go on, in memory
    expect(store.status()).toMatchObject({ mode: 'memory', memoryReason: 'unreadable-not-kept' });
    s.quota = Infinity;
    store.save(sample('y'));
    expect(s.getItem(STORAGE_KEY)).toBe('garbage that must survive');
  });

  it('readUnreadable refuses other keys', () => {
    const s = new FakeStorage();
    s.setItem(ACTIVE_KEY, 'x');
    expect(tab(s).readUnreadable(ACTIVE_KEY)).toBeNull();
  });
});

describe('another tab', () => {
  it("shows another tab's changes without reload (storage event) and notifies listeners", () => {
    const s = new FakeStorage();
    const { a, b, as } = twoTabs(s);
    expect(b.list()).toEqual([]);
    const heard = vi.fn();
    b.subscribe(heard);
    as('a', () => a.save(sample('from-a')));
    expect(heard).toHaveBeenCalled();
    expect(b.list().map((x) => x.id)).toEqual(['from-a']);
    as('a', () => a.setActiveId('from-a'));
    expect(b.getActiveId()).toBe('from-a');
  });

  it('a write re-reads first, so it never drops what another tab added', () => {
    const s = new FakeStorage();
    const { a, b, as } = twoTabs(s);
    a.list();
    b.list();
    as('b', () => b.save(sample('from-b')));
    as('a', () => a.save(sample('from-a')));
    expect(
      b
        .list()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['from-a', 'from-b']);
  });

  it('even without the storage event (missed), writes merge with fresh data', () => {
    const s = new FakeStorage();
    const a = tab(s);
    const b = tab(s); // no event wiring between these two
    a.list();
    b.save(sample('from-b'));
    a.save(sample('from-a'));
    expect(
      a
        .list()
        .map((x) => x.id)
        .sort(),
    ).toEqual(['from-a', 'from-b']);
  });

  it('a stale tab never overwrites a newer version: save is refused and reported', () => {
    const s = new FakeStorage();
    const { a, b, as } = twoTabs(s);
    const original = as('a', () => a.save(sample('x')));
    const staleCopyInA = a.get('x')!;
    clock += 1000;
    as('b', () => b.update('x', (v) => ({ ...v, title: 'nyare i flik B' })));
    clock += 1000;
    // Tab A saves a whole object built from what it had before B's change.
    const result = as('a', () => a.save({ ...staleCopyInA, title: 'gammal i flik A' }));
    expect(result.title).toBe('nyare i flik B');
    expect(a.status().conflict).toBe(true);
    expect(JSON.parse(s.getItem(STORAGE_KEY)!).assessments[0].title).toBe('nyare i flik B');
    a.clearConflict();
    expect(a.status().conflict).toBe(false);
    expect(original.id).toBe('x');
  });

  it('compares times, not strings: an offset timestamp that is older is still a conflict', () => {
    const s = new FakeStorage();
    const { a, b, as } = twoTabs(s);
    as('a', () => a.save(sample('x')));
    const stale = a.get('x')!;
    as('b', () => b.insert([{ ...stale, title: 'B', updatedAt: '2099-01-01T02:00:00.000+02:00' }], 'replace', (v) => v));
    const r = as('a', () => a.save({ ...stale, title: 'A', updatedAt: '2099-01-01T00:30:00.000Z' }));
    expect(r.title).toBe('A'); // 00:30Z is later than 02:00+02:00 (= 00:00Z)
    const s2 = new FakeStorage();
    const t = twoTabs(s2);
    t.as('a', () => t.a.save(sample('y')));
    const old = t.a.get('y')!;
    t.as('b', () => t.b.insert([{ ...old, title: 'B', updatedAt: '2099-01-01T03:00:00.000+02:00' }], 'replace', (v) => v));
    const r2 = t.as('a', () => t.a.save({ ...old, title: 'A', updatedAt: '2099-01-01T00:30:00.000Z' }));
    expect(r2.title).toBe('B'); // 03:00+02:00 (= 01:00Z) is newer: refused
    expect(t.a.status().conflict).toBe(true);
  });

  it('repeated saves from one tab with its own older object are not conflicts', () => {
    const store = tab(new FakeStorage());
    const a = sample('x');
    store.save(a);
    clock += 10;
    store.save({ ...a, title: 'andra' });
    expect(store.status().conflict).toBe(false);
    expect(store.get('x')!.title).toBe('andra');
  });

  it('update() applies to the freshest version, so concurrent edits of different factors both survive', () => {
    const s = new FakeStorage();
    const { a, b, as } = twoTabs(s);
    as('a', () => a.save(sample('x')));
    b.list();
    as('a', () => a.update('x', (v) => withAnswer(v, 'forankra-politiskt', { level: 1 })));
    as('b', () => b.update('x', (v) => withAnswer(v, 'ga-stegvis-fram', { level: 4 })));
    const final = a.get('x')!;
    expect(final.answers['forankra-politiskt']?.level).toBe(1);
    expect(final.answers['ga-stegvis-fram']?.level).toBe(4);
  });
});

describe('storage.ts (module over globalThis.localStorage)', () => {
  it('uses localStorage and the window storage event', async () => {
    vi.resetModules();
    const s = new FakeStorage();
    const target = new EventTarget();
    vi.stubGlobal('localStorage', s);
    vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
    const { store: storage } = await import('../../../src/lib/storage');
    const heard = vi.fn();
    storage.subscribe(heard);
    expect(storage.list()).toEqual([]);
    const saved = storage.save(sample('m'));
    storage.setActiveId('m');
    expect(storage.get('m')).toEqual(saved);
    expect(storage.getActiveId()).toBe('m');
    // Another tab writes directly; the window event tells this tab.
    s.map.set(STORAGE_KEY, envelope([sample('other')]));
    const calls = heard.mock.calls.length;
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(heard.mock.calls.length).toBe(calls + 1);
    expect(storage.list().map((a) => a.id)).toEqual(['other']);
    storage.remove('other');
    expect(storage.list()).toEqual([]);
    expect(storage.status().mode).toBe('local');
  });

  it('works in memory when localStorage is missing', async () => {
    vi.resetModules();
    vi.stubGlobal('localStorage', undefined);
    const { store: storage } = await import('../../../src/lib/storage');
    storage.save(sample('m'));
    expect(storage.list()).toHaveLength(1);
    expect(storage.status()).toMatchObject({ mode: 'memory', memoryReason: 'unavailable' });
  });
});

describe('storage-light (chapter island, no zod)', () => {
  it('reads the same stored format and keeps unreadable data aside', () => {
    expect(parseLight(envelope([sample('x')]))).toMatchObject({ kind: 'ok' });
    expect(parseLight('nope')).toMatchObject({ kind: 'unreadable' });
    expect(parseLight(JSON.stringify({ format: 'x' }))).toMatchObject({ kind: 'unreadable' });
    expect(parseLight(envelope([sample('x'), { id: 'bad id!' }]))).toMatchObject({ kind: 'partial' });
  });

  it('property: the light and the full validator read a valid stored document alike', () => {
    fc.assert(
      fc.property(assessmentsArb, (list) => {
        const raw = envelope(list);
        const light = parseLight(raw);
        const full = parseStored(raw);
        expect(light.kind).toBe('ok');
        expect(full.kind).toBe('ok');
        if (light.kind === 'ok' && full.kind === 'ok')
          expect(light.assessments.map((a) => a.id)).toEqual(full.assessments.map((a) => a.id));
      }),
      { numRuns: 60 },
    );
  });

  it('migrates an older document like the full store: a version bump never keeps older data aside', () => {
    // A synthetic chain: version 2 is current, step 1 → 2 renames `title` to `name`.
    const steps = {
      1: (doc: Record<string, unknown>) => ({
        ...doc,
        assessments: (doc.assessments as Record<string, unknown>[]).map(({ title, ...a }) => ({ ...a, name: title })),
      }),
    };
    const toV2 = (value: unknown) => migrateWith(value, steps, 2);
    const v1 = JSON.stringify({ ...JSON.parse(envelope([{ ...sample('old'), title: 'Våren' }])), schemaVersion: 1 });
    const light = parseLight(v1, toV2);
    expect(light).toMatchObject({ kind: 'ok' });
    if (light.kind === 'ok') expect(light.assessments[0]).toMatchObject({ id: 'old', name: 'Våren' });
    // Through the light store: read, nothing kept aside, and the store stays local.
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, v1);
    const store = createStore<Assessment>({
      backend: () => s,
      parse: (raw) => parseLight(raw, toV2),
      serialize: serializeEnvelope,
      now,
    });
    expect(store.list().map((a) => a.id)).toEqual(['old']);
    expect(store.status()).toMatchObject({ mode: 'local', unreadable: [], keptAsideNow: false });
    expect([...s.map.keys()].filter((k) => k.startsWith(UNREADABLE_PREFIX))).toEqual([]);
    // The same document read by the full store with the same chain gives the same ids.
    const full = parseStored(v1, toV2);
    expect(full.kind === 'unreadable' ? [] : full.assessments.map((a) => a.id)).toEqual(['old']);
    // A document newer than the chain knows is still kept aside by both.
    const v3 = JSON.stringify({ ...JSON.parse(v1), schemaVersion: 3 });
    expect(parseLight(v3, toV2)).toMatchObject({ kind: 'unreadable', problem: 'version-newer' });
    expect(parseStored(v3, toV2)).toMatchObject({ kind: 'unreadable', problem: 'version-newer' });
  });

  it('property: answering a factor through the light store keeps a valid stored document valid', () => {
    fc.assert(
      fc.property(
        assessmentsArb,
        fc.integer({ min: 0, max: 9 }),
        fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('vet-ej' as const)),
        fc.string({ maxLength: 300 }),
        (list, fi, lvl, ev) => {
          const s = new FakeStorage();
          s.setItem(STORAGE_KEY, envelope(list));
          const store = createStore<Assessment>({ backend: () => s, parse: parseLight, serialize: serializeEnvelope, now });
          const id = list[0]!.id;
          const factor = FACTOR_IDS[fi]!;
          store.update(id, (a) => withAnswer(a, factor, { level: lvl, evidence: ev }));
          const doc = JSON.parse(s.getItem(STORAGE_KEY)!);
          const parsed = storedDocumentSchema.safeParse(doc);
          expect(parsed.success).toBe(true);
          // Everything else untouched.
          expect(doc.assessments.slice(1)).toEqual(JSON.parse(envelope(list)).assessments.slice(1));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a stored time from the far future', () => {
  it('never makes an edit stamp a date past 9999: the assessment stays readable', () => {
    const s = new FakeStorage();
    const far = { ...sample('far'), updatedAt: '9999-12-31T23:59:59.999Z' };
    s.setItem(STORAGE_KEY, envelope([far]));
    const store = tab(s);
    const saved = store.update('far', (a) => ({ ...a, title: 'Ändrad' }));
    expect(saved?.updatedAt).toBe(new Date(clock).toISOString());
    // A fresh tab (a reload) still lists it, with the edit.
    expect(
      tab(s)
        .list()
        .map((a) => [a.id, a.title]),
    ).toEqual([['far', 'Ändrad']]);
    expect([...Array(s.length).keys()].map((i) => s.key(i)).filter((k) => k?.startsWith(UNREADABLE_PREFIX))).toEqual([]);
  });
});

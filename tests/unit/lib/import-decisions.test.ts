import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../src/lib/assessment';
import { activeAfterImport, deletion, LONG_LINK, planImport, restorePlan, shareUrl } from '../../../src/lib/import-decisions';
import { createStore } from '../../../src/lib/store-core';
import { parseStored } from '../../../src/lib/storage';
import { serializeEnvelope } from '../../../src/lib/stored-format';
import type { Assessment } from '../../../src/lib/schema';

const at = new Date('2026-03-01T10:00:00.000Z');
const make = (id: string, organisation = `Kommun ${id}`) => createAssessment({ organisation }, '1.0', at, id);

function memoryStore(list: Assessment[]) {
  const map = new Map<string, string>();
  const backend = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
  const store = createStore<Assessment>({ backend: () => backend, parse: parseStored, serialize: serializeEnvelope });
  store.insert(list, 'keep-both', (a) => a);
  return store;
}

describe('planImport: an imported list against the stored list', () => {
  it('nothing stored: add everything, no question', () => {
    const plan = planImport([make('a'), make('b')], []);
    expect(plan).toEqual({ kind: 'add', items: [make('a'), make('b')], mode: 'keep-both' });
  });
  it('other ids stored: add, no question', () => {
    expect(planImport([make('a')], [make('x'), make('y')]).kind).toBe('add');
  });
  it('a stored id: ask, naming only the imported assessments that are already there, in import order', () => {
    const plan = planImport([make('a', 'Ny A'), make('n'), make('b', 'Ny B')], [make('b'), make('a')]);
    expect(plan.kind).toBe('ask');
    if (plan.kind !== 'ask') return;
    expect(plan.conflicts.map((a) => a.organisation)).toEqual(['Ny A', 'Ny B']);
    expect(plan.items.map((a) => a.id)).toEqual(['a', 'n', 'b']);
  });
  it('does not change the lists it was given', () => {
    const incoming = [make('a')];
    const stored = [make('a')];
    const plan = planImport(incoming, stored);
    expect(plan.items).not.toBe(incoming);
    expect(incoming).toEqual([make('a')]);
    expect(stored).toEqual([make('a')]);
  });
  it('the same file twice: the question comes up the second time only', () => {
    const store = memoryStore([]);
    const file = [make('a'), make('b')];
    const first = planImport(file, store.list());
    expect(first.kind).toBe('add');
    store.insert(first.items, 'keep-both', (a) => ({ ...a, id: `${a.id}-copy` }));
    const second = planImport(file, store.list());
    expect(second.kind).toBe('ask');
  });
  it('replace keeps one of each, keep both adds copies under new ids', () => {
    const file = [make('a', 'Importerad')];
    const replace = memoryStore([make('a', 'Lagrad')]);
    replace.insert(file, 'replace', (a) => ({ ...a, id: 'new' }));
    expect(replace.list().map((a) => [a.id, a.organisation])).toEqual([['a', 'Importerad']]);
    const both = memoryStore([make('a', 'Lagrad')]);
    both.insert(file, 'keep-both', (a) => ({ ...a, id: 'new' }));
    expect(both.list().map((a) => [a.id, a.organisation])).toEqual([
      ['a', 'Lagrad'],
      ['new', 'Importerad'],
    ]);
  });
});

describe('activeAfterImport', () => {
  it('one imported assessment becomes the active one; several leave the active one as it is', () => {
    expect(activeAfterImport([make('a')])).toBe('a');
    expect(activeAfterImport([make('a'), make('b')])).toBeNull();
    expect(activeAfterImport([])).toBeNull();
  });
});

describe('deleting and undoing', () => {
  it('remembers whether the deleted assessment was active, and its place', () => {
    const list = [make('x'), make('a')];
    expect(deletion(make('a'), 'a', list)).toMatchObject({ wasActive: true, index: 1 });
    expect(deletion(make('a'), 'b', list).wasActive).toBe(false);
    expect(deletion(make('a'), null, []).wasActive).toBe(false);
  });
  it('undo puts the very same assessment back in its place, replacing, and reactivates it only if it was active', () => {
    const a = make('a');
    expect(restorePlan(deletion(a, 'a', [a]))).toEqual({ items: [a], mode: 'replace', activate: 'a', index: 0 });
    expect(restorePlan(deletion(a, 'x', [make('x'), a]))).toEqual({ items: [a], mode: 'replace', activate: null, index: 1 });
    expect(restorePlan(deletion(a, 'x', [])).index).toBeUndefined();
  });
  it('a deleted and restored assessment is stored exactly as before, in its old place', () => {
    const a = make('a');
    const store = memoryStore([make('first'), a, make('b')]);
    const d = deletion(store.get('a')!, 'a', store.list());
    store.remove('a');
    const plan = restorePlan(d);
    store.insert(plan.items, plan.mode, (x) => x, plan.index);
    expect(store.get('a')).toEqual(a);
    expect(store.list().map((x) => x.id)).toEqual(['first', 'a', 'b']);
  });
});

describe('share links', () => {
  it('the payload goes after # on the page address', () => {
    expect(shareUrl('https://kommun.se', '/tsi/sjalvskattning/', 'dela=abc')).toBe(
      'https://kommun.se/tsi/sjalvskattning/#dela=abc',
    );
  });
  it('links longer than 2000 characters count as long', () => {
    expect(LONG_LINK).toBe(2000);
  });
});

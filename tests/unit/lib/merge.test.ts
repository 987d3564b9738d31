import { describe, expect, it } from 'vitest';
import {
  addChanges,
  applyChanges,
  changedFields,
  sameValue,
  splitDuplicates,
  withValueAt,
  type Change,
} from '../../../src/lib/merge';

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();
const stamp = (prev: string | undefined, at: number) => iso(Math.max(at, prev ? Date.parse(prev) + 1 : -Infinity));

/** A saved workshop session: the kind of record the lead adds beside `assessments` (schema v2). */
const workshop = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  updatedAt: iso(T0),
  name: 'Workshop',
  agreed: {} as Record<string, unknown>,
  ...over,
});
const assessment = (id: string) => ({ id, updatedAt: iso(T0), title: '', answers: {} as Record<string, unknown> });

const field = (list: string, id: string, path: string[], value: unknown, base: unknown, at: number, ordered = false): Change => ({
  kind: 'field',
  list,
  id,
  path,
  value,
  base,
  at,
  ordered,
});

describe('changedFields', () => {
  it('lists the changed leaves, skips id and updatedAt, treats arrays as one value', () => {
    const before = { id: 'x', updatedAt: 'a', title: 't', answers: { f: { level: 1, evidence: '' } }, list: [1, 2] };
    const after = { id: 'x', updatedAt: 'b', title: 't', answers: { f: { level: 2, evidence: '' } }, list: [1, 3] };
    expect(changedFields(before, after)).toEqual([
      { path: ['answers', 'f', 'level'], value: 2, base: 1 },
      { path: ['list'], value: [1, 3], base: [1, 2] },
    ]);
  });

  it('a new nested object: its empty fields only where absent, its filled fields one by one', () => {
    const out = changedFields({ answers: {} }, { answers: { f: { level: 3, evidence: '', nextStep: 'n' } } });
    expect(out).toEqual([
      { path: ['answers', 'f'], value: { evidence: '' }, base: undefined, ifAbsent: true },
      { path: ['answers', 'f', 'level'], value: 3, base: undefined },
      { path: ['answers', 'f', 'nextStep'], value: 'n', base: undefined },
    ]);
  });

  it('a removed key is a change to undefined', () => {
    expect(changedFields({ a: 1, b: 2 }, { a: 1 })).toEqual([{ path: ['b'], value: undefined, base: 2 }]);
  });
});

describe('withValueAt / sameValue', () => {
  it('sets a nested value immutably, creating parents, and removes a key for undefined', () => {
    const root = { a: { b: 1 } };
    expect(withValueAt(root, ['a', 'c', 'd'], 2)).toEqual({ a: { b: 1, c: { d: 2 } } });
    expect(withValueAt(root, ['a', 'b'], undefined)).toEqual({ a: {} });
    expect(root).toEqual({ a: { b: 1 } });
  });
  it('compares structurally, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1], [1, 2])).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
  });
});

describe('addChanges', () => {
  it('keeps the first base of a field changed twice and the latest value and time', () => {
    const out = addChanges([field('l', 'x', ['t'], 'ab', 'a', 1)], [field('l', 'x', ['t'], 'abc', 'ab', 2)]);
    expect(out).toEqual([field('l', 'x', ['t'], 'abc', 'a', 2)]);
  });
  it('folds a field change into a record this tab added but has not saved; a removal drops the rest', () => {
    const put: Change = { kind: 'put', list: 'l', record: { id: 'x', title: '' } as never, at: 1 };
    const out = addChanges([put], [field('l', 'x', ['title'], 'ny', '', 2)]);
    expect(out).toEqual([{ ...put, record: { id: 'x', title: 'ny' }, at: 2 }]);
    expect(addChanges(out, [{ kind: 'remove', list: 'l', id: 'x', at: 3 }])).toEqual([
      { kind: 'remove', list: 'l', id: 'x', at: 3 },
    ]);
  });
});

describe('applyChanges: field by field, the newest change wins', () => {
  it('applies a change whose field nobody else changed, and leaves every other field as stored', () => {
    const stored = { assessments: [{ ...assessment('x'), title: 'from B', updatedAt: iso(T0 + 5000) }] };
    const r = applyChanges(stored, [field('assessments', 'x', ['answers', 'f'], 'A', undefined, T0 + 1000)], stamp);
    expect(r.lists.assessments[0]).toMatchObject({ title: 'from B', answers: { f: 'A' } });
    expect(r.changed).toBe(true);
  });

  it('a retried change loses to a newer change of the same field made elsewhere, and wins over an older one', () => {
    const stored = { assessments: [{ ...assessment('x'), title: 'B', updatedAt: iso(T0 + 5000) }] };
    const older = applyChanges(stored, [field('assessments', 'x', ['title'], 'A', '', T0 + 1000)], stamp);
    expect(older.lists.assessments[0]!.title).toBe('B');
    expect(older.lost).toBe(1);
    const newer = applyChanges(stored, [field('assessments', 'x', ['title'], 'A', '', T0 + 9000)], stamp);
    expect(newer.lists.assessments[0]).toMatchObject({ title: 'A', updatedAt: iso(T0 + 9000) });
  });

  it('an ordered change (first write, in turn) always applies', () => {
    const stored = { assessments: [{ ...assessment('x'), title: 'B', updatedAt: iso(T0 + 5000) }] };
    const r = applyChanges(stored, [field('assessments', 'x', ['title'], 'A', '', T0 + 1000, true)], stamp);
    expect(r.lists.assessments[0]!.title).toBe('A');
    expect(Date.parse(r.lists.assessments[0]!.updatedAt!)).toBeGreaterThan(T0 + 5000);
  });

  it('is generic over lists: workshops merge like assessments, and lists no change names stay as they are', () => {
    const doc = {
      assessments: [assessment('a1')],
      workshops: [workshop('w1', { agreed: { f1: 2 } }), workshop('w2')],
    };
    const changes: Change[] = [
      field('workshops', 'w1', ['agreed', 'f2'], 3, undefined, T0 + 1000, true),
      { kind: 'put', list: 'workshops', record: workshop('w3'), at: T0 + 1000 },
      { kind: 'remove', list: 'workshops', id: 'w2', at: T0 + 1000 },
    ];
    const r = applyChanges(doc, changes, stamp);
    expect(r.lists.workshops.map((w) => w.id)).toEqual(['w1', 'w3']);
    expect(r.lists.workshops[0]).toMatchObject({ agreed: { f1: 2, f2: 3 }, updatedAt: iso(T0 + 1000) });
    expect(r.lists.assessments).toEqual(doc.assessments);
  });

  it('a change of a record removed elsewhere does nothing; an identical value writes nothing', () => {
    const stored = { assessments: [assessment('x')] };
    expect(applyChanges(stored, [field('assessments', 'gone', ['title'], 'A', '', T0)], stamp).changed).toBe(false);
    expect(applyChanges(stored, [field('assessments', 'x', ['title'], '', 'old', T0)], stamp).changed).toBe(false);
  });

  it('an empty field another tab only created counts as untouched', () => {
    const stored = {
      assessments: [{ ...assessment('x'), answers: { f: { level: 2, evidence: '' } }, updatedAt: iso(T0 + 9000) }],
    };
    const r = applyChanges(stored, [field('assessments', 'x', ['answers', 'f', 'evidence'], 'A', undefined, T0)], stamp);
    expect(r.lists.assessments[0]!.answers).toEqual({ f: { level: 2, evidence: 'A' } });
  });
});

describe('splitDuplicates', () => {
  it('gives every later record of an id a fresh one, never an id in use', () => {
    const ids = ['b', 'c', 'd'];
    const r = splitDuplicates([assessment('a'), assessment('b'), assessment('a'), assessment('a')], () => ids.shift()!);
    expect(r.list.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.split).toBe(2);
  });
});

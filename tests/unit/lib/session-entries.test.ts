import { afterEach, describe, expect, it } from 'vitest';
import { entryKey, readSession, writeSession } from '../../../src/lib/session-entries';
import { person } from '../../support/data';

function fakeSession(full = false) {
  const data = new Map<string, string>();
  const store = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
  Object.defineProperty(globalThis, 'sessionStorage', { value: store, configurable: true });
  return data;
}

afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

describe('session entries', () => {
  it('writes and reads back, re-validating every entry and dropping the invalid ones', () => {
    const data = fakeSession();
    const good = { key: 'k1', file: 'a.json', a: person('a', 'skola', {}) };
    expect(writeSession('s', { sortKey: 'organisation', entries: [good] })).toBe(true);
    data.set(
      's',
      JSON.stringify({
        sortKey: 'organisation',
        entries: [good, { key: 'k2', file: 'b.json', a: { id: 'bad' } }, { key: 3, file: 'c', a: good.a }],
      }),
    );
    const back = readSession<{ sortKey: string }>('s');
    expect(back?.sortKey).toBe('organisation');
    expect(back?.entries).toEqual([good]);
    expect(back?.dropped).toBe(2);
    data.set('s', JSON.stringify({ entries: { a: good } }));
    expect(readSession('s')).toMatchObject({ entries: [], dropped: 1 });
  });
  it('reads nothing from a missing or broken key, and says false when the tab storage is full', () => {
    const data = fakeSession();
    expect(readSession('none')).toBeNull();
    data.set('broken', '{');
    expect(readSession('broken')).toBeNull();
    fakeSession(true);
    expect(writeSession('s', { entries: [] })).toBe(false);
  });
  it('gives every entry its own key', () => {
    const keys = new Set(Array.from({ length: 100 }, entryKey));
    expect(keys.size).toBe(100);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { entryKey, parseSession, readSession, writeSession } from '../../../src/lib/session-entries';
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
  it('case 8: drops unreadable entries with a count the page can turn into a notice', () => {
    const data = fakeSession();
    const good = { key: 'k1', file: 'a.json', a: person('a', 'skola', {}) };
    data.set('s', JSON.stringify({ entries: [good, null, 5, { key: 'k2', file: 'b', a: { id: 'bad' } }] }));
    const problems: unknown[] = [];
    const back = readSession('s', (p) => problems.push(p));
    expect(back?.entries).toEqual([good]);
    expect(problems).toEqual([{ dropped: 3, unreadable: false }]);
    // A list that is not a list, and data that is not an object or not JSON at all.
    expect(parseSession('{"entries":{"0":1}}')).toEqual({
      value: { entries: [], dropped: 1 },
      problem: { dropped: 1, unreadable: false },
    });
    expect(parseSession('null')).toEqual({ value: null, problem: { dropped: 0, unreadable: true } });
    expect(parseSession('{')).toEqual({ value: null, problem: { dropped: 0, unreadable: true } });
    expect(parseSession(JSON.stringify({ chosen: 5, entries: [good] }))).toEqual({
      value: { chosen: 5, entries: [good], dropped: 0 },
      problem: null,
    });
    // Nothing to report: the callback is not called.
    data.set('ok', JSON.stringify({ entries: [good] }));
    readSession('ok', (p) => problems.push(p));
    expect(problems).toHaveLength(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAssessments,
  canChoose,
  comparisonReducer,
  initialComparison,
  MAX_CHART,
  nextSortDir,
  parseStoredComparison,
  restoreComparison,
  storedComparison,
  type ComparisonAction,
  type ComparisonState,
} from '../../../src/lib/county-comparison-session';
import { readSession, type Entry } from '../../../src/lib/session-entries';
import { SESSION_KEYS } from '../../../src/lib/stored-format';
import { person } from '../../support/data';
import { FakeStorage } from '../../support/unit';

const entry = (id: string, org = `Kommun ${id}`): Entry => ({
  key: `k-${id}`,
  file: `${id}.json`,
  a: { ...person(id, 'skola', {}), organisation: org },
});
const run = (s: ComparisonState, ...actions: ComparisonAction[]) => actions.reduce(comparisonReducer, s);

describe('county comparison session', () => {
  it('adds each assessment once, up to the row limit; a repeat names the organisation already loaded', () => {
    const again = { ...entry('a', 'Ändrat namn i filen'), file: 'igen.json' };
    const r = addAssessments([entry('a', 'Ale kommun')], [entry('b'), again, entry('c'), entry('d')], 3);
    expect(r.entries.map((e) => e.a.id)).toEqual(['a', 'b', 'c']);
    expect(r.added).toBe(2);
    expect(r.duplicates).toEqual([{ file: 'igen.json', organisation: 'Ale kommun' }]);
  });
  it('merges late loads into the latest list; file problems are errors, repeats a notice of their own', () => {
    const s1 = run(initialComparison(null), { type: 'reading' }, { type: 'added', entries: [entry('a')], problems: [] });
    const s2 = run(
      s1,
      { type: 'removed', id: 'a' },
      {
        type: 'added',
        entries: [entry('b'), entry('b')],
        problems: [{ name: 'x.json', reason: 'broken' }],
      },
    );
    expect(s2.entries.map((e) => e.a.id)).toEqual(['b']);
    expect(s2.problems.map((p) => p.name)).toEqual(['x.json']);
    expect(s2.duplicates).toEqual([{ file: 'b.json', organisation: 'Kommun b' }]);
    expect(s2.status).toEqual({ code: 'loaded', added: 1, problems: 1, duplicates: 1 });
  });
  it('sorts: the same column turns round, a new factor starts highest first, the name column A–Ö', () => {
    expect(nextSortDir('organisation', 'organisation', 'ascending')).toBe('descending');
    expect(nextSortDir('kartlagg-problembilden', 'organisation', 'ascending')).toBe('descending');
    expect(nextSortDir('organisation', 'kartlagg-problembilden', 'descending')).toBe('ascending');
    const s = run(
      initialComparison(null),
      { type: 'sorted', key: 'kartlagg-problembilden' },
      { type: 'sorted', key: 'kartlagg-problembilden' },
    );
    expect(s).toMatchObject({
      sortKey: 'kartlagg-problembilden',
      sortDir: 'ascending',
      status: { code: 'sorted', dir: 'ascending' },
    });
  });
  it('shows at most five in the chart and says so when refused', () => {
    let s = initialComparison(null);
    for (let i = 0; i < MAX_CHART; i++) s = run(s, { type: 'chosen', id: `r${i}`, on: true });
    expect(canChoose(s.chosen, true)).toBe(false);
    expect(canChoose(s.chosen, false)).toBe(true);
    const refused = run(s, { type: 'chosen', id: 'r9', on: true });
    expect(refused.chosen).toHaveLength(MAX_CHART);
    expect(refused.chartFull).toBe(true);
    const off = run(refused, { type: 'chosen', id: 'r0', on: false });
    expect(off.chartFull).toBe(false);
    expect(off.chosen).not.toContain('r0');
  });
  it('removing a row also takes it out of the chart; removing all empties both', () => {
    const s = run(
      initialComparison(null),
      { type: 'added', entries: [entry('a'), entry('b')], problems: [] },
      { type: 'chosen', id: 'a', on: true },
      { type: 'chosen', id: 'b', on: true },
    );
    expect(run(s, { type: 'removed', id: 'a' })).toMatchObject({ chosen: ['b'] });
    expect(run(s, { type: 'removedAll' })).toMatchObject({ entries: [], chosen: [] });
  });
  it('"Ta bort alla" keeps what it removed, and "Ångra" puts back exactly that', () => {
    const s = run(
      initialComparison(null),
      { type: 'added', entries: [entry('a'), entry('b'), entry('c')], problems: [] },
      { type: 'chosen', id: 'b', on: true },
      { type: 'included', id: 'c', on: true },
    );
    const gone = run(s, { type: 'removedAll' });
    expect(gone).toMatchObject({ entries: [], chosen: [], included: [] });
    expect(gone.removed).toEqual({ entries: s.entries, chosen: ['b'], included: ['c'] });
    const back = run(gone, { type: 'undoRemoveAll' });
    expect(back.entries).toEqual(s.entries);
    expect(back).toMatchObject({ chosen: ['b'], included: ['c'], removed: null, status: { code: 'restored', count: 3 } });
    // Nothing to remove: no undo offered; loading something new ends the undo.
    expect(run(initialComparison(null), { type: 'removedAll' }).removed).toBeNull();
    expect(run(gone, { type: 'added', entries: [entry('d')], problems: [] }).removed).toBeNull();
    expect(run(back, { type: 'undoRemoveAll' })).toBe(back);
  });
  it("includes an individual in the län's figures and forgets it when the row is removed", () => {
    const s = run(
      initialComparison(null),
      { type: 'added', entries: [entry('a')], problems: [] },
      { type: 'included', id: 'a', on: true },
      { type: 'included', id: 'a', on: true },
    );
    expect(s.included).toEqual(['a']);
    expect(run(s, { type: 'included', id: 'a', on: false }).included).toEqual([]);
    expect(run(s, { type: 'removed', id: 'a' }).included).toEqual([]);
  });
  it('restores sort and choices from the session and keeps only those in the small key', () => {
    const s = initialComparison({
      entries: [entry('a')],
      sortKey: 'organisation',
      sortDir: 'descending',
      chosen: ['a'],
      included: ['a'],
    });
    expect(s).toMatchObject({ sortDir: 'descending', chosen: ['a'], included: ['a'] });
    expect(storedComparison(s)).toEqual({
      entries: [],
      sortKey: 'organisation',
      sortDir: 'descending',
      chosen: ['a'],
      included: ['a'],
    });
  });
});

describe('reading the session back (corrupt sessionStorage must not blank /jamfor/)', () => {
  const small = SESSION_KEYS.countyComparison;
  const big = SESSION_KEYS.countyComparisonAssessments;
  let session: FakeStorage;
  beforeEach(() => {
    session = new FakeStorage();
    Object.defineProperty(globalThis, 'sessionStorage', { value: session, configurable: true });
  });
  afterEach(() => {
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });
  /** As the island reads a key: missing, unreadable, or readSession's value. */
  const read = (key: string) => (session.getItem(key) === null ? null : (readSession(key) ?? 'unreadable'));
  const restore = () => restoreComparison(read(small), read(big));

  it('{"chosen":5}: drops the bad field, keeps the rest and the loaded rows, and says so', () => {
    const good = entry('a');
    session.setItem(small, '{"chosen":5}');
    session.setItem(big, JSON.stringify({ entries: [good] }));
    const r = restore();
    expect(r.dropped).toBe(true);
    expect(r.state).toMatchObject({ chosen: [], sortKey: 'organisation', sortDir: 'ascending', included: [] });
    expect(r.state.entries).toEqual([good]);
    session.setItem(small, '{"chosen":["a"],"sortKey":"nonsense","sortDir":"descending","included":[null]}');
    expect(restore()).toMatchObject({ dropped: true, state: { chosen: ['a'], sortKey: 'organisation', sortDir: 'descending' } });
  });
  it('entries with null fields: only the readable rows are kept, and it says so', () => {
    const good = entry('a');
    session.setItem(
      big,
      JSON.stringify({
        entries: [good, null, { key: null, file: null, a: null }, { key: 'k', file: 'b.json', a: { ...good.a, answers: null } }],
      }),
    );
    const r = restore();
    expect(r.dropped).toBe(true);
    expect(r.state.entries).toEqual([good]);
  });
  it('not JSON, not an object, or a list that is no list: nothing is kept, the page says so', () => {
    session.setItem(small, '{"chosen":');
    session.setItem(big, '{"entries":{"a":1}}');
    expect(restore()).toMatchObject({ dropped: true, state: { entries: [], chosen: [] } });
    session.setItem(small, '"text"');
    session.setItem(big, 'null');
    expect(restore()).toMatchObject({ dropped: true, state: { entries: [] } });
  });
  it('a sound session or none at all is read without a notice', () => {
    expect(restore()).toMatchObject({ dropped: false, state: { entries: [], sortKey: 'organisation' } });
    const s = run(
      initialComparison(null),
      { type: 'added', entries: [entry('a')], problems: [] },
      { type: 'chosen', id: 'a', on: true },
    );
    session.setItem(small, JSON.stringify(storedComparison(s)));
    session.setItem(big, JSON.stringify({ entries: s.entries }));
    const r = restore();
    expect(r.dropped).toBe(false);
    expect(r.state).toMatchObject({ entries: s.entries, chosen: ['a'] });
  });
  it('checks each field with the schema', () => {
    expect(parseStoredComparison({ sortKey: 'kartlagg-problembilden', sortDir: 'descending' })).toEqual({
      value: { sortKey: 'kartlagg-problembilden', sortDir: 'descending' },
      dropped: false,
    });
    expect(parseStoredComparison({ chosen: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual({ value: {}, dropped: true });
    expect(parseStoredComparison([1])).toEqual({ value: {}, dropped: true });
    expect(parseStoredComparison(null)).toEqual({ value: {}, dropped: false });
  });
});

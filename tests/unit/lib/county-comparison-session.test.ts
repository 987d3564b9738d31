import { describe, expect, it } from 'vitest';
import {
  addAssessments,
  canChoose,
  comparisonReducer,
  initialComparison,
  MAX_CHART,
  nextSortDir,
  storedComparison,
  type ComparisonAction,
  type ComparisonState,
} from '../../../src/lib/county-comparison-session';
import type { Entry } from '../../../src/lib/session-entries';
import { person } from '../../support/data';

const entry = (id: string, org = `Kommun ${id}`): Entry => ({
  key: `k-${id}`,
  file: `${id}.json`,
  a: { ...person(id, 'skola', {}), organisation: org },
});
const already = (org: string) => `${org} already`;
const run = (s: ComparisonState, ...actions: ComparisonAction[]) => actions.reduce(comparisonReducer, s);

describe('county comparison session', () => {
  it('adds each assessment once, up to the row limit', () => {
    const r = addAssessments([entry('a')], [entry('b'), entry('a'), entry('c'), entry('d')], already, 3);
    expect(r.entries.map((e) => e.a.id)).toEqual(['a', 'b', 'c']);
    expect(r.added).toBe(2);
    expect(r.problems).toEqual([{ name: 'a.json', reason: 'Kommun a already' }]);
  });
  it('merges late loads into the latest list and lists file problems before repeats', () => {
    const s1 = run(
      initialComparison(null),
      { type: 'reading' },
      { type: 'added', entries: [entry('a')], problems: [], alreadyLoaded: already },
    );
    const s2 = run(
      s1,
      { type: 'removed', id: 'a' },
      {
        type: 'added',
        entries: [entry('b'), entry('b')],
        problems: [{ name: 'x.json', reason: 'broken' }],
        alreadyLoaded: already,
      },
    );
    expect(s2.entries.map((e) => e.a.id)).toEqual(['b']);
    expect(s2.problems.map((p) => p.name)).toEqual(['x.json', 'b.json']);
    expect(s2.status).toEqual({ code: 'loaded', added: 1, problems: 2 });
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
      { type: 'added', entries: [entry('a'), entry('b')], problems: [], alreadyLoaded: already },
      { type: 'chosen', id: 'a', on: true },
      { type: 'chosen', id: 'b', on: true },
    );
    expect(run(s, { type: 'removed', id: 'a' })).toMatchObject({ chosen: ['b'] });
    expect(run(s, { type: 'removedAll' })).toMatchObject({ entries: [], chosen: [] });
  });
  it('restores sort and choices from the session and keeps only those in the small key', () => {
    const s = initialComparison({ entries: [entry('a')], sortKey: 'organisation', sortDir: 'descending', chosen: ['a'] });
    expect(s).toMatchObject({ sortDir: 'descending', chosen: ['a'] });
    expect(storedComparison(s)).toEqual({ entries: [], sortKey: 'organisation', sortDir: 'descending', chosen: ['a'] });
  });
});

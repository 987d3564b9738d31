import { describe, expect, it } from 'vitest';
import { addLoaded, keyed, resolveDuplicates } from '../../../src/lib/workshop-load';
import { person } from '../../support/data';
import { entry, loadWords, loadedFile } from '../../support/workshop';

const words = loadWords;
const file = loadedFile;

describe('workshop loading: keys, limit and duplicates', () => {
  it('keys every assessment of a file and passes failures through', () => {
    const out = keyed(
      [
        { name: 'a.json', ok: true, assessments: [person('a', 'skola', {}), person('b', 'polis', {})] },
        { name: 'x.json', ok: false, reason: 'broken' },
      ],
      () => 'K',
    );
    expect(out[0]).toMatchObject({
      ok: true,
      entries: [
        { key: 'K', file: 'a.json' },
        { key: 'K', file: 'a.json' },
      ],
    });
    expect(out[1]).toEqual({ name: 'x.json', ok: false, reason: 'broken' });
  });
  it('adds new participants, reports broken files and group files, queues duplicates', () => {
    const a = entry('a', 'Anna');
    const group = { ...entry('g'), a: { ...entry('g').a, kind: 'consensus' as const } };
    const again = entry('a2', 'anna ');
    const r = addLoaded(
      [a],
      [
        file('b.json', entry('b', 'Bo')),
        { name: 'x.json', ok: false, reason: 'broken' },
        file('g.json', group),
        file('a2.json', again),
      ],
      words,
    );
    expect(r.added).toBe(1);
    expect(r.entries.map((e) => e.a.id)).toEqual(['a', 'b']);
    expect(r.problems).toEqual([
      { name: 'x.json', reason: 'broken' },
      { name: 'g.json', reason: 'only group' },
    ]);
    expect(r.pending).toEqual([{ entry: again, existingKey: a.key }]);
  });
  it('stops at the limit and says so once per file', () => {
    const r = addLoaded([entry('a')], [file('many.json', entry('b'), entry('c'), entry('d'))], words, 2);
    expect(r.entries).toHaveLength(2);
    expect(r.problems).toEqual([{ name: 'many.json', reason: 'max 2' }]);
  });
  it('answers the first duplicate question, or all of them', () => {
    const a = entry('a', 'Anna');
    const b = entry('b', 'Bo');
    const pending = [
      { entry: entry('a2', 'Anna'), existingKey: a.key },
      { entry: entry('b2', 'Bo'), existingKey: b.key },
    ];
    const replaced = resolveDuplicates([a, b], pending, 'replace', false);
    expect(replaced.entries.map((e) => e.a.id)).toEqual(['a2', 'b']);
    expect(replaced.pending).toEqual(pending.slice(1));
    expect(resolveDuplicates([a, b], pending, 'keep', true).entries.map((e) => e.a.id)).toEqual(['a', 'b', 'a2', 'b2']);
    const skipped = resolveDuplicates([a, b], pending, 'skip', true);
    expect(skipped.entries).toEqual([a, b]);
    expect(skipped.pending).toEqual([]);
    // The loaded one was removed meanwhile: replacing adds.
    expect(resolveDuplicates([b], pending, 'replace', false).entries.map((e) => e.a.id)).toEqual(['b', 'a2']);
  });
});

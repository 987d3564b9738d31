import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { reasonsByLevel } from '../../../src/lib/workshop-reasons';
import type { Entry } from '../../../src/lib/session-entries';
import { assessment } from '../../support/data';

const F1 = FACTOR_IDS[0]!;
const e = (id: string, level: unknown, evidence = '', nextStep = '', notes = ''): Entry => ({
  key: id,
  file: `${id}.json`,
  a: assessment({ id, answers: { [F1]: { level, evidence, nextStep, notes } } }),
});

describe('reasonsByLevel', () => {
  it('groups the texts by level (0–4, vet ej, no answer), counting everyone', () => {
    const entries = [
      e('a', 4, 'Vi har en plan'),
      e('b', 2),
      e('c', 'vet-ej', '', '', 'Fråga chefen'),
      e('d', 2, ' ', 'Budget'),
      e('x', null),
    ];
    const g = reasonsByLevel(entries, [0, 1, 2, 3, 4], F1, ['A', 'B', 'C', 'D', 'X']);
    expect(g.map((x) => [x.level, x.count, x.reasons.map((r) => r.who)])).toEqual([
      [2, 2, ['D']],
      [4, 1, ['A']],
      ['vet-ej', 1, ['C']],
      [null, 1, []],
    ]);
    expect(g[0]!.reasons[0]).toEqual({ who: 'D', evidence: '', nextStep: 'Budget', notes: '' });
  });
  it('shows only the visible participants (the role filter)', () => {
    const g = reasonsByLevel([e('a', 1, 'x'), e('b', 3, 'y')], [1], F1, ['A', 'B']);
    expect(g).toEqual([{ level: 3, count: 1, reasons: [{ who: 'B', evidence: 'y', nextStep: '', notes: '' }] }]);
  });
});

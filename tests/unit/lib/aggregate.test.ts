import { describe, expect, it } from 'vitest';
import {
  aggregateResponses,
  aggregateWorkshop,
  formatLevel,
  isDisagreement,
  levelStats,
  median,
} from '../../../src/lib/aggregate';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { person } from '../../support/data';

const F1 = FACTOR_IDS[0];
const F2 = FACTOR_IDS[1];

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(levelStats([4, 0, 1, 1, 3]).median).toBe(1);
  });
  it('takes the mean of the middle two of an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(levelStats([0, 3]).median).toBe(1.5);
    expect(levelStats([2, 2, 4, 1]).median).toBe(2);
  });
  it('is null when nothing is answered', () => {
    expect(median([])).toBeNull();
    expect(levelStats([]).median).toBeNull();
  });
  it('agrees with the plain median on every small input', () => {
    const lists: number[][] = [[0], [4, 4], [0, 4, 2, 2, 1, 3], [1, 1, 1, 4], [3, 0, 0]];
    for (const l of lists) expect(levelStats(l as (0 | 1 | 2 | 3 | 4)[]).median).toBe(median(l));
  });
});

describe('levelStats', () => {
  it('gives lowest, highest, spread and counts per level', () => {
    const s = levelStats([1, 3, 3, 'vet-ej', null, 2]);
    expect(s).toMatchObject({
      total: 6,
      answered: 4,
      unknown: 1,
      unanswered: 1,
      min: 1,
      max: 3,
      spread: 2,
      perLevel: [0, 1, 1, 2, 0],
    });
    expect(s.median).toBe(2.5);
  });
  it('leaves "vet ej" out of the median but counts it', () => {
    const s = levelStats([4, 'vet-ej', 'vet-ej', 'vet-ej']);
    expect(s.median).toBe(4);
    expect(s.min).toBe(4);
    expect(s.unknown).toBe(3);
    expect(s.answered).toBe(1);
    expect(s.disagreement).toBe(false);
  });
  it('handles all unknown', () => {
    const s = levelStats(['vet-ej', 'vet-ej', null]);
    expect(s).toMatchObject({
      answered: 0,
      unknown: 2,
      unanswered: 1,
      median: null,
      min: null,
      max: null,
      spread: null,
      disagreement: false,
    });
  });
});

describe('the Oenighet rule', () => {
  it('is not raised at exactly one step', () => {
    expect(levelStats([1, 2, 2, 1]).disagreement).toBe(false);
    expect(isDisagreement(3, 4)).toBe(false);
  });
  it('is raised at exactly two steps', () => {
    expect(levelStats([1, 2, 3]).disagreement).toBe(true);
    expect(levelStats([0, 2]).disagreement).toBe(true);
    expect(isDisagreement(2, 4)).toBe(true);
  });
  it('is not raised by "vet ej" next to a level', () => {
    expect(levelStats([0, 'vet-ej', null]).disagreement).toBe(false);
  });
  it('is raised however many agree in the middle', () => {
    expect(levelStats([2, 2, 2, 2, 2, 2, 2, 0]).disagreement).toBe(true);
  });
});

describe('per role', () => {
  it('groups answers by role in the fixed role order', () => {
    const agg = aggregateResponses([
      { level: 3, role: 'socialtjanst' },
      { level: 1, role: 'skola' },
      { level: 'vet-ej', role: 'skola' },
      { level: 4, role: 'socialtjanst' },
    ]);
    expect(agg.byRole.map((r) => r.role)).toEqual(['skola', 'socialtjanst']);
    expect(agg.byRole[0]!.stats).toMatchObject({ answered: 1, unknown: 1, median: 1 });
    expect(agg.byRole[1]!.stats).toMatchObject({ answered: 2, median: 3.5, min: 3, max: 4, disagreement: false });
    // The graded agreement of all answers ("vet ej" counted apart): 1 lies two steps from 3 and 4.
    expect(agg.agreement).toMatchObject({ answered: 3, unknown: 1, total: 4, kind: 'outlier', outlierLevel: 1 });
    expect(agg.disagreement).toBe(true);
  });
});

describe('aggregateWorkshop', () => {
  it('aggregates every factor over the participants, unanswered factors counted as such', () => {
    const agg = aggregateWorkshop([
      person('a', 'skola', { [F1]: 1, [F2]: 'vet-ej' }),
      person('b', 'polis', { [F1]: 3 }),
      person('c', 'fritid', { [F1]: 2, [F2]: 2 }),
    ]);
    expect(Object.keys(agg)).toEqual([...FACTOR_IDS]);
    expect(agg[F1]).toMatchObject({ median: 2, min: 1, max: 3, disagreement: true, total: 3 });
    expect(agg[F2]).toMatchObject({ median: 2, unknown: 1, unanswered: 1, disagreement: false });
    expect(agg[FACTOR_IDS[9]]).toMatchObject({ answered: 0, unanswered: 3, median: null });
  });
  it('formats medians with a decimal comma', () => {
    expect(formatLevel(2.5)).toBe('2,5');
    expect(formatLevel(3)).toBe('3');
    expect(formatLevel(null)).toBe('–');
  });
});

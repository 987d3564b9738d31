import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assessment, LevelValue } from '../../../src/lib/schema';
import { model } from '../../../src/lib/model-data';
import { assessment as build } from '../../support/data';
import { factorState, followUp, rank, scoreAssessment, stageLevelForIndex, stageName } from '../../../src/lib/scoring';

function assessment(
  levels: (LevelValue | undefined)[],
  over: Partial<Pick<Assessment, 'organisation' | 'modelVersion'>> = {},
): Assessment {
  return build({ id: 'a', levels, ...over });
}
const numbers = (fs: { number: number }[]) => fs.map((f) => f.number);

describe('factorState', () => {
  it('tells levels, vet-ej and unanswered apart', () => {
    expect(factorState(0)).toEqual({ kind: 'level', level: 0 });
    expect(factorState(4)).toEqual({ kind: 'level', level: 4 });
    expect(factorState('vet-ej')).toEqual({ kind: 'vet-ej' });
    expect(factorState(null)).toEqual({ kind: 'unanswered' });
    expect(factorState(undefined)).toEqual({ kind: 'unanswered' });
  });
});

describe('scoreAssessment', () => {
  it('scores a fully answered assessment: mean / 4 * 100, rounded', () => {
    const s = scoreAssessment(assessment([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]));
    expect(s.answered).toBe(10);
    expect(s.index).toBe(50);
    expect(s.meanLevel).toBe(2);
    expect(stageName(s, model)).toBe(model.scale.levels[2]!.name);
  });

  it('rounds the index', () => {
    // mean 1/3 level -> 8.33 -> 8
    expect(scoreAssessment(assessment([1, 0, 0])).index).toBe(8);
    // mean 7/3 -> 58.33 -> 58
    expect(scoreAssessment(assessment([3, 2, 2])).index).toBe(58);
    // mean 2.5/4 = 62.5 -> 63 (half up)
    expect(scoreAssessment(assessment([2, 3])).index).toBe(63);
  });

  it('gives no index and no stage when everything is vet-ej', () => {
    const s = scoreAssessment(assessment(Array(10).fill('vet-ej')));
    expect(s.index).toBeNull();
    expect(s.answered).toBe(0);
    expect(s.unknown).toBe(10);
    expect(s.stageLevel).toBeNull();
    expect(stageName(s, model)).toBeNull();
  });

  it('gives no index for an empty assessment', () => {
    const s = scoreAssessment(assessment([]));
    expect(s.index).toBeNull();
    expect(s.unanswered).toBe(10);
  });

  it('never counts vet-ej or unanswered as zero (partly answered)', () => {
    const s = scoreAssessment(assessment([4, 'vet-ej', null, 4, undefined, 'vet-ej', 2]));
    expect(s.answered).toBe(3);
    expect(s.unknown).toBe(2);
    expect(s.unanswered).toBe(5);
    expect(s.index).toBe(83); // (4+4+2)/3/4*100 = 83.3
  });

  it('index stays within 0–100 and stage matches the index for any input', () => {
    const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('vet-ej' as const), fc.constant(null));
    fc.assert(
      fc.property(fc.array(level, { minLength: 10, maxLength: 10 }), (levels) => {
        const s = scoreAssessment(assessment(levels));
        expect(s.answered + s.unknown + s.unanswered).toBe(10);
        if (s.answered === 0) expect(s.index).toBeNull();
        else {
          expect(s.index).toBeGreaterThanOrEqual(0);
          expect(s.index).toBeLessThanOrEqual(100);
          expect(s.stageLevel).toBe(Math.min(4, Math.floor(s.index! / 25 + 0.5)));
        }
      }),
    );
  });
});

describe('stage bands', () => {
  it('maps index bands to the nearest scale level', () => {
    expect([0, 12, 13, 37, 38, 62, 63, 87, 88, 100].map(stageLevelForIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(stageLevelForIndex(null)).toBeNull();
  });
});

describe('rank', () => {
  it('picks three priorities (lowest) and three strengths (highest), ties by factor number', () => {
    const r = rank(scoreAssessment(assessment([2, 0, 3, 1, 4, 1, 4, 2, 0, 3])));
    expect(numbers(r.priorities)).toEqual([2, 9, 4]);
    expect(numbers(r.strengths)).toEqual([5, 7, 3]);
    expect(numbers(r.ascending)).toEqual([2, 9, 4, 6, 1, 8, 3, 10, 5, 7]);
    expect(r.allEqual).toBe(false);
  });

  it('lists vet-ej as knowledge gaps, never as a priority or strength', () => {
    const r = rank(scoreAssessment(assessment(['vet-ej', 3, 'vet-ej', 1, null, 2, 2, 4, 3, 0])));
    expect(numbers(r.unknowns)).toEqual([1, 3]);
    expect(numbers(r.unanswered)).toEqual([5]);
    expect(numbers(r.priorities)).toEqual([10, 4, 6]);
    expect(numbers(r.strengths)).toEqual([8, 2, 9]);
    const ranked = [...r.priorities, ...r.strengths, ...r.ascending];
    expect(ranked.some((f) => f.state.kind !== 'level')).toBe(false);
  });

  it('with equal levels, orders by factor number and flags it', () => {
    const r = rank(scoreAssessment(assessment(Array(10).fill(2))));
    expect(r.allEqual).toBe(true);
    expect(numbers(r.priorities)).toEqual([1, 2, 3]);
    expect(numbers(r.strengths)).toEqual([4, 5, 6]);
  });

  it('never lists a factor as both strength and priority when few are answered', () => {
    expect(numbers(rank(scoreAssessment(assessment([3]))).priorities)).toEqual([1]);
    expect(rank(scoreAssessment(assessment([3]))).strengths).toEqual([]);
    const two = rank(scoreAssessment(assessment([3, 1])));
    expect(numbers(two.priorities)).toEqual([2]);
    expect(numbers(two.strengths)).toEqual([1]);
    const five = rank(scoreAssessment(assessment([4, 0, 2, 2, 3])));
    expect(numbers(five.priorities)).toEqual([2, 3, 4]);
    expect(numbers(five.strengths)).toEqual([1, 5]);
  });

  it('has no priorities or strengths when nothing is answered', () => {
    const r = rank(scoreAssessment(assessment(Array(10).fill('vet-ej'))));
    expect(r.priorities).toEqual([]);
    expect(r.strengths).toEqual([]);
    expect(r.unknowns).toHaveLength(10);
    expect(r.allEqual).toBe(false);
  });
});

describe('followUp (change over time)', () => {
  it('reports up, down, same and the index change', () => {
    const before = assessment([1, 2, 3, 0, 0, 0, 0, 0, 0, 0]);
    const after = assessment([2, 2, 1, 0, 0, 0, 0, 0, 0, 4]);
    const c = followUp(after, before);
    expect(c.factors.slice(0, 3).map((f) => [f.change, f.delta])).toEqual([
      ['up', 1],
      ['same', 0],
      ['down', -2],
    ]);
    expect(c.factors[9]).toMatchObject({ change: 'up', delta: 4 });
    expect([c.up, c.down, c.same, c.notComparable]).toEqual([2, 1, 7, 0]);
    expect(c.indexBefore).toBe(15);
    expect(c.indexAfter).toBe(23);
    expect(c.indexChange).toBe(8);
    expect(c.sameOrganisation).toBe(true);
  });

  it('marks factors with vet-ej or no answer on either side as not comparable', () => {
    const before = assessment(['vet-ej', 2, null, 1]);
    const after = assessment([3, 'vet-ej', 2, 1]);
    const c = followUp(after, before);
    expect(c.factors.slice(0, 4).map((f) => f.change)).toEqual(['not-comparable', 'not-comparable', 'not-comparable', 'same']);
    expect(c.factors[0]!.delta).toBeNull();
    expect(c.notComparable).toBe(9);
  });

  it('has no index change when one side has no answered factor', () => {
    const c = followUp(assessment([2, 2]), assessment(['vet-ej']));
    expect(c.indexBefore).toBeNull();
    expect(c.indexAfter).toBe(50);
    expect(c.indexChange).toBeNull();
  });

  it('notices another organisation or model version', () => {
    const c = followUp(assessment([1], { organisation: ' Testkommun ' }), assessment([1], { organisation: 'testkommun' }));
    expect(c.sameOrganisation).toBe(true);
    const d = followUp(assessment([1], { organisation: 'Annan kommun', modelVersion: '2027.1' }), assessment([1]));
    expect(d.sameOrganisation).toBe(false);
    expect(d.sameModelVersion).toBe(false);
  });

  it('comparing an assessment with itself shows no change', () => {
    const a = assessment([0, 1, 2, 3, 4, 'vet-ej', null, 2, 2, 2]);
    const c = followUp(a, a);
    expect(c.indexChange).toBe(0);
    expect(c.up + c.down).toBe(0);
    expect(c.same).toBe(8);
  });
});

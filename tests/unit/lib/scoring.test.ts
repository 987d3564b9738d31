import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assessment, LevelValue } from '../../../src/lib/schema';
import { assessment as build } from '../../support/data';
import { factorState, followUp, rank, scoreAssessment } from '../../../src/lib/scoring';

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
  it('counts the levels of a fully answered assessment and never averages them', () => {
    const s = scoreAssessment(assessment([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]));
    expect(s.answered).toBe(10);
    expect(s.distribution).toEqual([2, 2, 2, 2, 2]);
    expect(Object.keys(s).sort()).toEqual(['answered', 'distribution', 'factors', 'unanswered', 'unknown']);
  });

  it('counts vet-ej apart, with nothing at any level, when everything is vet-ej', () => {
    const s = scoreAssessment(assessment(Array(10).fill('vet-ej')));
    expect(s.answered).toBe(0);
    expect(s.unknown).toBe(10);
    expect(s.distribution).toEqual([0, 0, 0, 0, 0]);
  });

  it('an empty assessment is all unanswered', () => {
    const s = scoreAssessment(assessment([]));
    expect(s.unanswered).toBe(10);
    expect(s.distribution).toEqual([0, 0, 0, 0, 0]);
  });

  it('never counts vet-ej or unanswered as zero (partly answered)', () => {
    const s = scoreAssessment(assessment([4, 'vet-ej', null, 4, undefined, 'vet-ej', 2]));
    expect(s.answered).toBe(3);
    expect(s.unknown).toBe(2);
    expect(s.unanswered).toBe(5);
    expect(s.distribution).toEqual([0, 0, 1, 0, 2]);
  });

  it('the distribution adds up to the answered factors for any input', () => {
    const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('vet-ej' as const), fc.constant(null));
    fc.assert(
      fc.property(fc.array(level, { minLength: 10, maxLength: 10 }), (levels) => {
        const s = scoreAssessment(assessment(levels));
        expect(s.answered + s.unknown + s.unanswered).toBe(10);
        expect(s.distribution.reduce((a, b) => a + b, 0)).toBe(s.answered);
        for (let l = 0; l <= 4; l++) expect(s.distribution[l]).toBe(levels.filter((x) => x === l).length);
      }),
    );
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
  it('reports up, down and same per factor', () => {
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
    expect(c.up + c.down).toBe(0);
    expect(c.same).toBe(8);
  });
});

import { describe, expect, it } from 'vitest';
import { agreementOf, consensus, discussionOrder, DISAGREEMENT_BELOW, loneOutlier, twoCamps } from '../../../src/lib/agreement';
import type { LevelValue } from '../../../src/lib/schema';

/** Counts per level 0–4 of a list of levels. */
const counts = (levels: number[]) => [0, 1, 2, 3, 4].map((l) => levels.filter((x) => x === l).length);

describe('consensus (Tastle & Wierman)', () => {
  it('is 1 when everyone gives the same level, wherever on the scale', () => {
    for (const l of [0, 2, 4]) expect(consensus(counts([l, l, l, l, l]))).toBe(1);
  });
  it('is 0 when half answer 0 and half answer 4', () => {
    expect(consensus(counts([0, 0, 4, 4]))).toBe(0);
    expect(consensus(counts([0, 4]))).toBe(0);
  });
  it('is null when no one answered with a level', () => {
    expect(consensus([0, 0, 0, 0, 0])).toBeNull();
  });
  it('matches the formula worked by hand', () => {
    // 2,2,2,2,4: mean 2.4; 0.8·log2(0.9) + 0.2·log2(0.6) = −0.1216 − 0.1474.
    expect(consensus(counts([2, 2, 2, 2, 4]))).toBeCloseTo(0.731, 3);
    // One answer on each level: mean 2; 0.2·(2·log2(0.5) + 2·log2(0.75)).
    expect(consensus(counts([0, 1, 2, 3, 4]))).toBeCloseTo(0.434, 3);
    // Two camps 1,1,3,3,3: mean 2.2; 0.4·log2(0.7) + 0.6·log2(0.8).
    expect(consensus(counts([1, 1, 3, 3, 3]))).toBeCloseTo(0.601, 3);
  });
  it('falls as answers move apart', () => {
    const a = consensus(counts([2, 2, 2, 3]))!;
    const b = consensus(counts([2, 2, 2, 4]))!;
    const c = consensus(counts([0, 2, 2, 4]))!;
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
  });
});

describe('loneOutlier and twoCamps', () => {
  it('finds one answer two steps from a group that agrees', () => {
    expect(loneOutlier(counts([2, 2, 2, 2, 4]))).toBe(4);
    expect(loneOutlier(counts([0, 3, 3, 4]))).toBe(0);
  });
  it('finds no outlier when the others are spread or the odd one is near', () => {
    expect(loneOutlier(counts([1, 2, 3, 3, 0]))).toBeNull();
    expect(loneOutlier(counts([2, 2, 3]))).toBeNull();
    expect(loneOutlier(counts([2, 4]))).toBeNull(); // two people: no "rest" to deviate from
  });
  it('finds two camps of at least two with a gap between', () => {
    expect(twoCamps(counts([1, 1, 3, 3, 3]))).toEqual({ low: [1], high: [3] });
    expect(twoCamps(counts([0, 0, 1, 3, 4, 4]))).toEqual({ low: [0, 1], high: [3, 4] });
    expect(twoCamps(counts([0, 0, 4, 4]))).toEqual({ low: [0], high: [4] });
    expect(twoCamps(counts([1, 2, 3, 3]))).toBeNull();
    expect(twoCamps(counts([2, 2, 2, 4]))).toBeNull();
  });
});

describe('agreementOf', () => {
  it('all equal: samstämmiga, no disagreement', () => {
    expect(agreementOf([3, 3, 3, 3, 3])).toMatchObject({ kind: 'agreed', consensus: 1, disagreement: false });
  });
  it('adjacent levels only: still agreed', () => {
    expect(agreementOf([2, 2, 3, 3, 3])).toMatchObject({ kind: 'agreed', disagreement: false });
  });
  it('one outlier: named as such, with its level', () => {
    expect(agreementOf([2, 2, 2, 2, 4])).toMatchObject({ kind: 'outlier', outlierLevel: 4, disagreement: true });
  });
  it('two camps', () => {
    expect(agreementOf([1, 1, 3, 3, 3])).toMatchObject({ kind: 'camps', camps: { low: [1], high: [3] }, disagreement: true });
    expect(agreementOf([0, 0, 4, 4])).toMatchObject({ kind: 'camps', consensus: 0 });
  });
  it('uniform spread over the scale: wide', () => {
    expect(agreementOf([0, 1, 2, 3, 4])).toMatchObject({ kind: 'wide', disagreement: true });
  });
  it('some spread without camps or an outlier', () => {
    const a = agreementOf([1, 2, 2, 3, 3]);
    expect(a.kind).toBe('some');
    expect(a.consensus!).toBeLessThan(DISAGREEMENT_BELOW);
    expect(a.disagreement).toBe(true);
  });
  it('counts "vet ej" apart and never as a level', () => {
    const levels: LevelValue[] = [2, 2, 2, 'vet-ej', 'vet-ej', 'vet-ej', 3, null];
    const a = agreementOf(levels);
    expect(a).toMatchObject({ answered: 4, unknown: 3, unanswered: 1, total: 8 });
    // The same as the four levels alone: "vet ej" does not pull the measure towards 0.
    expect(a.consensus).toBe(agreementOf([2, 2, 2, 3]).consensus);
  });
  it('with nobody answering, or only "vet ej": none, and no disagreement', () => {
    expect(agreementOf([])).toMatchObject({ kind: 'none', consensus: null, disagreement: false, total: 0 });
    expect(agreementOf(['vet-ej', null])).toMatchObject({ kind: 'none', unknown: 1, unanswered: 1 });
  });
  it('one answer with a level: single', () => {
    expect(agreementOf([4, 'vet-ej'])).toMatchObject({ kind: 'single', consensus: 1, disagreement: false });
  });
});

describe('discussionOrder', () => {
  it('puts the most divided first and unanswered last, keeping ties in order', () => {
    const items = [
      { id: 'a', agreement: agreementOf([2, 2, 2]) },
      { id: 'b', agreement: agreementOf([]) },
      { id: 'c', agreement: agreementOf([0, 0, 4, 4]) },
      { id: 'd', agreement: agreementOf([2, 2, 2, 4]) },
      { id: 'e', agreement: agreementOf([1, 1]) },
    ];
    expect(discussionOrder(items)).toEqual(['c', 'd', 'a', 'e', 'b']);
  });
});

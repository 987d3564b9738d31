import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import type { PlanItem } from '../../../src/lib/schema';
import { defaultPlan, effectivePlan, movePlanItem, togglePlanFactor, updatePlanItem } from '../../../src/lib/plan';
import { assessment } from '../../support/data';

const [f1, f2, f3, f4, f5] = FACTOR_IDS;
const ids = (p: PlanItem[]) => p.map((x) => x.factor);

describe('the action plan', () => {
  const a = assessment({
    levels: [3, 'vet-ej', 1, 0, null, 1],
    answers: {
      [f1!]: { nextStep: 'Ett' },
      [f2!]: { nextStep: 'Två' },
      [f3!]: { nextStep: 'Tre' },
      [f4!]: { nextStep: ' ' },
      [f5!]: { nextStep: 'Fem' },
      [FACTOR_IDS[5]!]: { nextStep: 'Sex' },
    },
  });

  it('defaults to the factors with a written step: lowest level first, ties by number, then vet-ej, then unanswered', () => {
    expect(ids(defaultPlan(a))).toEqual([f3, FACTOR_IDS[5], f1, f2, f5]);
    expect(defaultPlan(a).every((p) => p.status === 'inte-paborjat' && p.comment === '')).toBe(true);
    expect(effectivePlan(a).chosen).toBe(false);
  });

  it('keeps the group’s own plan as it is (order and statuses), even when empty', () => {
    const own: PlanItem[] = [
      { factor: f5!, status: 'pagar', comment: 'x' },
      { factor: f1!, status: 'genomfort', comment: '' },
    ];
    expect(effectivePlan({ ...a, plan: own })).toEqual({ items: own, chosen: true });
    expect(effectivePlan({ ...a, plan: [] })).toEqual({ items: [], chosen: true });
  });

  it('adds at the end, takes out, and never adds twice', () => {
    const p = defaultPlan(a);
    expect(ids(togglePlanFactor(p, f4!, true))).toEqual([...ids(p), f4]);
    expect(togglePlanFactor(p, f1!, true)).toBe(p);
    expect(ids(togglePlanFactor(p, f1!, false))).toEqual([f3, FACTOR_IDS[5], f2, f5]);
  });

  it('moves one place up or down, and not past either end', () => {
    const p = defaultPlan(a);
    expect(ids(movePlanItem(p, f1!, -1))).toEqual([f3, f1, FACTOR_IDS[5], f2, f5]);
    expect(ids(movePlanItem(p, f1!, 1))).toEqual([f3, FACTOR_IDS[5], f2, f1, f5]);
    expect(movePlanItem(p, f3!, -1)).toBe(p);
    expect(movePlanItem(p, f5!, 1)).toBe(p);
    expect(movePlanItem(p, f4!, 1)).toBe(p);
  });

  it('changes one item’s status or comment and nothing else', () => {
    const p = updatePlanItem(defaultPlan(a), f2!, { status: 'struket', comment: 'Inte längre aktuellt.' });
    expect(p.find((x) => x.factor === f2)).toEqual({ factor: f2, status: 'struket', comment: 'Inte längre aktuellt.' });
    expect(p.filter((x) => x.factor !== f2).every((x) => x.status === 'inte-paborjat')).toBe(true);
  });
});

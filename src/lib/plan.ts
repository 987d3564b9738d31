/**
 * The group's action plan (pure). The plan is the factors the group chose, in its order, each
 * with a status and a comment (schema v2 `plan`); the step, owner and date stay the factor's
 * answer (nextStep, owner, due). Until the group chooses, a default is shown: the factors with
 * a written next step, lowest level first, then "Vet ej", then unanswered (ties by number).
 */
import { FACTOR_IDS, type FactorId } from './factors';
import type { Assessment, PlanItem, PlanStatus } from './schema';
import { factorState } from './scoring';

type WithAnswers = Pick<Assessment, 'answers'>;

/** Sort key: level 0–4, then 'vet-ej' (5), then unanswered (6). */
function rankOf(a: WithAnswers, id: FactorId): number {
  const st = factorState(a.answers[id]?.level);
  return st.kind === 'level' ? st.level : st.kind === 'vet-ej' ? 5 : 6;
}

/** The default plan: factors with a written next step, lowest level first. */
export function defaultPlan(a: WithAnswers): PlanItem[] {
  return FACTOR_IDS.map((id, i) => ({ id, i }))
    .filter(({ id }) => (a.answers[id]?.nextStep ?? '').trim() !== '')
    .sort((x, y) => rankOf(a, x.id) - rankOf(a, y.id) || x.i - y.i)
    .map(({ id }) => ({ factor: id, status: 'inte-paborjat' as const, comment: '' }));
}

/** The plan to show: the group's own when it has chosen one, otherwise the default. */
export function effectivePlan(a: WithAnswers & Pick<Assessment, 'plan'>): { items: PlanItem[]; chosen: boolean } {
  return a.plan ? { items: a.plan, chosen: true } : { items: defaultPlan(a), chosen: false };
}

/** Adds a factor at the end of the plan, or takes it out. */
export function togglePlanFactor(plan: PlanItem[], factor: FactorId, include: boolean): PlanItem[] {
  const has = plan.some((p) => p.factor === factor);
  if (include) return has ? plan : [...plan, { factor, status: 'inte-paborjat', comment: '' }];
  return plan.filter((p) => p.factor !== factor);
}

/** Moves a factor one place up (-1) or down (+1); unchanged at either end. */
export function movePlanItem(plan: PlanItem[], factor: FactorId, by: -1 | 1): PlanItem[] {
  const i = plan.findIndex((p) => p.factor === factor);
  const j = i + by;
  if (i < 0 || j < 0 || j >= plan.length) return plan;
  const next = [...plan];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** Changes one item's status or comment. */
export function updatePlanItem(
  plan: PlanItem[],
  factor: FactorId,
  patch: Partial<{ status: PlanStatus; comment: string }>,
): PlanItem[] {
  return plan.map((p) => (p.factor === factor ? { ...p, ...patch } : p));
}

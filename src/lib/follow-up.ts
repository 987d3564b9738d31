/**
 * Follow-up of the previous action plan (pure): when a new assessment follows up an earlier one,
 * it opens with the earlier plan, whose words are copied in, and the group marks what became of
 * each step (schema v2 `followUp`).
 */
import type { FactorId } from './factors';
import { PLAN_STATUSES, type Assessment, type FollowUp, type PlanStatus } from './schema';
import { effectivePlan } from './plan';

/**
 * A follow-up of `previous`: its plan (the group's, or the default when it never chose one),
 * each item with the step, owner and date as they were written then. `stepFor` gives the step
 * shown for a factor without its own written step (e.g. the model's suggestion), else ''.
 */
export function startFollowUp(previous: Assessment, stepFor: (id: FactorId) => string = () => ''): FollowUp {
  return {
    previousId: previous.id,
    previousDate: previous.createdAt,
    items: effectivePlan(previous).items.map((p) => {
      const ans = previous.answers[p.factor];
      return {
        factor: p.factor,
        step: ans?.nextStep.trim() || stepFor(p.factor),
        owner: ans?.owner.trim() ?? '',
        due: ans?.due ?? '',
        status: p.status,
        comment: '',
      };
    }),
  };
}

/** Changes one follow-up item's status or comment. */
export function updateFollowUpItem(
  f: FollowUp,
  factor: FactorId,
  patch: Partial<{ status: PlanStatus; comment: string }>,
): FollowUp {
  return { ...f, items: f.items.map((i) => (i.factor === factor ? { ...i, ...patch } : i)) };
}

/** How many items have each status, in the order of PLAN_STATUSES. */
export function statusCounts(items: { status: PlanStatus }[]): Record<PlanStatus, number> {
  const out = Object.fromEntries(PLAN_STATUSES.map((s) => [s, 0])) as Record<PlanStatus, number>;
  for (const i of items) out[i.status]++;
  return out;
}

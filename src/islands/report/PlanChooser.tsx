/**
 * Choosing the action plan: a real checkbox per factor ("Med i planen") and buttons to move an
 * included factor up or down. The included factors come first, in the plan's order; the rest
 * follow in factor order. Every change is saved at once as the assessment's `plan` (so the
 * default suggestion becomes the group's own plan the first time anything is changed), and the
 * live region says what happened. Focus stays on the control that was used.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactorId } from '../../lib/factors';
import type { Assessment } from '../../lib/schema';
import { effectivePlan, movePlanItem, togglePlanFactor } from '../../lib/plan';
import type { ReportModel } from '../../lib/report';
import { stateLabel } from '../kit/profile-parts';
import { t } from '../../i18n/sv';

const r = t.report;

export function PlanChooser(props: {
  report: ReportModel;
  assessment: Assessment;
  save: (fn: (a: Assessment) => Assessment, message: string) => boolean;
}) {
  const { report, save } = props;
  const [focus, setFocus] = useState<string | null>(null);
  const inPlan = report.plan.rows.map((row) => row.factor);
  const ids = new Set(inPlan.map((f) => f.id));
  const rest = report.factors.filter((f) => !ids.has(f.id));
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, report]);

  const name = (id: FactorId) => {
    const f = report.factors.find((x) => x.id === id)!;
    return `${f.number}. ${f.title}`;
  };
  const toggle = (id: FactorId, on: boolean) => {
    save(
      (a) => ({ ...a, plan: togglePlanFactor(effectivePlan(a).items, id, on) }),
      on ? r.included(name(id)) : r.excluded(name(id)),
    );
    setFocus(`plan-med-${id}`);
  };
  const move = (id: FactorId, by: -1 | 1) => {
    const at = inPlan.findIndex((f) => f.id === id);
    const to = at + by;
    save((a) => ({ ...a, plan: movePlanItem(effectivePlan(a).items, id, by) }), r.moved(name(id), to + 1));
    // At either end the button that was used is disabled: focus its partner instead.
    const end = to === 0 || to === inPlan.length - 1;
    setFocus(`plan-${by < 0 !== end ? 'upp' : 'ned'}-${id}`);
  };

  return (
    <div class="plan-chooser no-print">
      <h3 id="plan-chooser-heading">{r.chooseHeading}</h3>
      <p class="hint" id="plan-chooser-hint">
        {r.chooseHint}
      </p>
      <ol class="plan-chooser__list" aria-labelledby="plan-chooser-heading">
        {[...inPlan, ...rest].map((f, i) => {
          const included = i < inPlan.length;
          return (
            <li key={f.id} class={`plan-chooser__item${included ? ' plan-chooser__item--in' : ''}`} data-factor={f.id}>
              <input
                type="checkbox"
                id={`plan-med-${f.id}`}
                checked={included}
                onChange={(e) => toggle(f.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`plan-med-${f.id}`}>
                {f.number}. {f.title} <span class="plan-chooser__level">({stateLabel(f)})</span>
              </label>
              {included && (
                <span class="plan-chooser__moves">
                  <button
                    type="button"
                    class="button button--small"
                    id={`plan-upp-${f.id}`}
                    aria-label={r.moveUpNamed(`${f.number}. ${f.title}`)}
                    disabled={i === 0}
                    onClick={() => move(f.id, -1)}
                  >
                    {r.moveUp}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    id={`plan-ned-${f.id}`}
                    aria-label={r.moveDownNamed(`${f.number}. ${f.title}`)}
                    disabled={i === inPlan.length - 1}
                    onClick={() => move(f.id, 1)}
                  >
                    {r.moveDown}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

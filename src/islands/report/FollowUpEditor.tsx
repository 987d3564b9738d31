/**
 * Follow-up that closes the loop (screen only): with an earlier assessment chosen for
 * comparison, the group starts the follow-up of that assessment's action plan; the items open
 * prefilled with the earlier plan's words, and for each the group marks what became of it
 * (Genomfört / Pågår / Inte påbörjat / Struket) and may comment. Saved as `followUp`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactorId } from '../../lib/factors';
import { PLAN_STATUSES, type Assessment, type PlanStatus } from '../../lib/schema';
import { MAX_TEXT } from '../../lib/text-limits';
import { startFollowUp, updateFollowUpItem } from '../../lib/follow-up';
import { assessmentLabel, formatDate, type ReportModel } from '../../lib/report';
import { Field } from '../kit/Field';
import { StatusLine, useSave } from './useSave';
import { statusName } from '../../i18n/sv/report';
import { t } from '../../i18n/sv';

const r = t.report;

export function FollowUpEditor(props: {
  report: ReportModel;
  current: Assessment;
  earlier: Assessment | undefined;
  /** The step shown for an earlier plan's factor without its own written step. */
  earlierStep: (id: FactorId) => string;
}) {
  const { report, current, earlier, earlierStep } = props;
  const { status, save } = useSave(current.id);
  const [comments, setComments] = useState<Record<string, string>>({});
  useEffect(
    () => setComments(Object.fromEntries((current.followUp?.items ?? []).map((i) => [i.factor, i.comment]))),
    [current.id, current.followUp?.previousId],
  );
  const fu = current.followUp;
  if (!fu && !earlier) return null;
  const title = (id: FactorId) => {
    const f = report.factors.find((x) => x.id === id)!;
    return `${f.number}. ${f.title}`;
  };

  if (!fu && earlier) {
    const start = () => save((a) => ({ ...a, followUp: startFollowUp(earlier, earlierStep) }), r.loopStarted);
    return (
      <section class="report-section loop-editor no-print" aria-labelledby="uppfoljning-rubrik">
        <h2 id="uppfoljning-rubrik">{r.loopEditHeading}</h2>
        <p id="uppfoljning-hint">{r.loopStartHint(assessmentLabel(earlier))}</p>
        <button type="button" class="button" aria-describedby="uppfoljning-hint" onClick={start}>
          {r.loopStart}
        </button>
        <StatusLine status={status} />
      </section>
    );
  }
  if (!fu) return null;
  const set = (id: FactorId, patch: Partial<{ status: PlanStatus; comment: string }>, field: string) =>
    save((a) => (a.followUp ? { ...a, followUp: updateFollowUpItem(a.followUp, id, patch) } : a), r.savedField(field, title(id)));
  return (
    <section class="report-section loop-editor no-print" aria-labelledby="uppfoljning-rubrik">
      <h2 id="uppfoljning-rubrik">{r.loopEditHeading}</h2>
      {earlier && earlier.id !== fu.previousId && <p class="notice">{r.loopOther(formatDate(fu.previousDate))}</p>}
      {fu.items.length === 0 && <p>{r.loopEmpty}</p>}
      {fu.items.map((item) => (
        <fieldset class="loop-item" key={item.factor} data-factor={item.factor}>
          <legend>{title(item.factor)}</legend>
          {item.step && <p class="user-text loop-item__step">{item.step}</p>}
          <Field id={`uppfoljning-status-${item.factor}`} label={r.status}>
            <select
              value={item.status}
              onChange={(e) => set(item.factor, { status: (e.currentTarget as HTMLSelectElement).value as PlanStatus }, r.status)}
            >
              {PLAN_STATUSES.map((st) => (
                <option key={st} value={st}>
                  {statusName[st]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`uppfoljning-kommentar-${item.factor}`} label={r.comment}>
            <textarea
              rows={2}
              maxLength={MAX_TEXT}
              value={comments[item.factor] ?? ''}
              onInput={(e) => {
                const v = (e.currentTarget as HTMLTextAreaElement).value;
                setComments((c) => ({ ...c, [item.factor]: v }));
              }}
              onChange={(e) => set(item.factor, { comment: (e.currentTarget as HTMLTextAreaElement).value }, r.comment)}
            />
          </Field>
        </fieldset>
      ))}
      <StatusLine status={status} />
    </section>
  );
}

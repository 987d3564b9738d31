/**
 * The report's action plan: priorities with the next step, and "Ansvarig" / "Klart senast" as
 * real inputs saved with the assessment (answers[f].owner / .due) when they change; in print the
 * values are shown as text instead of the inputs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactorId } from '../../lib/factors';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import type { Assessment } from '../../lib/schema';
import { emptyAnswer } from '../../lib/assessment';
import type { ReportFactor, ReportModel } from '../../lib/report';
import { store } from '../../lib/storage';
import { stateLabel } from '../kit/profile-parts';
import { t } from '../../i18n/sv';

const s = t.profile;
const r = s.report;

type Drafts = Record<string, { owner: string; due: string }>;

function draftsOf(a: Assessment): Drafts {
  const d: Drafts = {};
  for (const [id, ans] of Object.entries(a.answers)) d[id] = { owner: ans?.owner ?? '', due: ans?.due ?? '' };
  return d;
}

type PlanField = 'owner' | 'due';

/** One editable cell: "Ansvarig" (text) or "Klart senast" (date); in print, the value as text. */
function PlanCell(props: {
  field: PlanField;
  factor: ReportFactor;
  value: string;
  onEdit: (id: FactorId, field: PlanField, value: string) => void;
  onSave: (id: FactorId, field: PlanField, value: string) => void;
}) {
  const { field, factor: f, value, onEdit, onSave } = props;
  const owner = field === 'owner';
  return (
    <td>
      <input
        class="no-print"
        type={owner ? 'text' : 'date'}
        id={`plan-${field}-${f.id}`}
        aria-label={owner ? r.ownerFor(f.title) : r.dueFor(f.title)}
        maxLength={owner ? MAX_SHORT_TEXT : undefined}
        autocomplete={owner ? 'off' : undefined}
        value={value}
        onInput={(e) => onEdit(f.id, field, (e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => onSave(f.id, field, (e.currentTarget as HTMLInputElement).value)}
      />
      <span class={`print-only plan-value${owner ? '' : ' plan-value--date'}`}>{(owner ? value.trim() : value) || r.notSet}</span>
    </td>
  );
}

export function ActionPlan({ report, assessment }: { report: ReportModel; assessment: Assessment }) {
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(assessment));
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  useEffect(() => setDrafts(draftsOf(assessment)), [assessment.id]);

  const draft = (id: FactorId) => drafts[id] ?? { owner: '', due: '' };
  const edit = (id: FactorId, field: PlanField, value: string) =>
    setDrafts((d) => ({ ...d, [id]: { ...draft(id), ...d[id], [field]: value } }));
  const save = (id: FactorId, field: PlanField, value: string) => {
    const clean = field === 'owner' ? value.trim().slice(0, MAX_SHORT_TEXT) : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
    try {
      const saved = store.update(assessment.id, (a) => ({
        ...a,
        answers: { ...a.answers, [id]: { ...(a.answers[id] ?? emptyAnswer()), [field]: clean } },
      }));
      const factor = report.factors.find((f) => f.id === id);
      setStatus(
        saved
          ? {
              text: r.savedField(field === 'owner' ? r.owner : r.due, factor ? `${factor.number}. ${factor.title}` : ''),
              error: false,
            }
          : { text: r.saveFailed, error: true },
      );
    } catch {
      setStatus({ text: r.saveFailed, error: true });
    }
  };

  return (
    <section class="report-section" aria-labelledby="rapport-plan">
      <h2 id="rapport-plan">{r.planHeading}</h2>
      <p>{r.planIntro}</p>
      {report.actionPlan.length === 0 ? (
        <p>{r.planEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table plan-table">
            <caption class="visually-hidden">{r.planHeading}</caption>
            <thead>
              <tr>
                <th scope="col" class="plan-table__prio">
                  {r.priority}
                </th>
                <th scope="col" class="plan-table__factor">
                  {s.table.factor}
                </th>
                <th scope="col" class="plan-table__step">
                  {r.nextStep}
                </th>
                <th scope="col" class="plan-table__owner">
                  {r.owner}
                </th>
                <th scope="col" class="plan-table__due">
                  {r.due}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.actionPlan.map(({ priority, factor: f }) => {
                const d = draft(f.id);
                return (
                  <tr key={f.id} data-factor={f.id}>
                    <td class="plan-table__prio">{priority}</td>
                    <th scope="row">
                      {f.number}. {f.title}
                      <br />
                      <span class="plan-table__level">{stateLabel(f)}</span>
                    </th>
                    <td class="user-text">{f.nextStep}</td>
                    <PlanCell field="owner" factor={f} value={d.owner} onEdit={edit} onSave={save} />
                    <PlanCell field="due" factor={f} value={d.due} onEdit={edit} onSave={save} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p class={`plan-status no-print${status.error ? ' notice notice--error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>
    </section>
  );
}

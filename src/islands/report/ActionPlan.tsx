/**
 * The report's action plan: the group's chosen factors in its order, each with the step, owner,
 * date, status and comment. Owner and date are the factor's answer (answers[f].owner / .due);
 * status and comment are the plan's (assessment.plan). On screen these are real fields saved
 * when they change; in print the values stand as text, and empty ones are left out.
 * Which factors are in the plan, and their order, is chosen in PlanChooser.tsx.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactorId } from '../../lib/factors';
import { MAX_SHORT_TEXT, MAX_TEXT } from '../../lib/text-limits';
import { PLAN_STATUSES, type Assessment, type PlanStatus } from '../../lib/schema';
import { emptyAnswer } from '../../lib/assessment';
import { effectivePlan, updatePlanItem } from '../../lib/plan';
import type { PlanRow, ReportModel } from '../../lib/report';
import { stateLabel } from '../kit/profile-parts';
import { PlanChooser } from './PlanChooser';
import { StatusLine, useSave } from './useSave';
import { statusName } from '../../i18n/sv/report';
import { t } from '../../i18n/sv';
import { ColumnHeads } from '../kit/TableRegion';

const s = t.profile;
const r = t.report;

type Drafts = Record<string, { owner: string; due: string; comment: string }>;

function draftsOf(a: Assessment): Drafts {
  const d: Drafts = {};
  for (const p of effectivePlan(a).items) {
    const ans = a.answers[p.factor];
    d[p.factor] = { owner: ans?.owner ?? '', due: ans?.due ?? '', comment: p.comment };
  }
  return d;
}

const cleanDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

function PlanTableRow(props: {
  row: PlanRow;
  draft: { owner: string; due: string; comment: string };
  onEdit: (id: FactorId, field: 'owner' | 'due' | 'comment', v: string) => void;
  onSave: (id: FactorId, field: 'owner' | 'due' | 'comment' | 'status', v: string) => void;
}) {
  const { row, draft, onEdit, onSave } = props;
  const f = row.factor;
  const name = `${f.number}. ${f.title}`;
  const input = (field: 'owner' | 'comment', label: string, max: number) => (
    <input
      class="no-print"
      type="text"
      id={`plan-${field}-${f.id}`}
      aria-label={label}
      maxLength={max}
      autocomplete="off"
      value={draft[field]}
      onInput={(e) => onEdit(f.id, field, (e.currentTarget as HTMLInputElement).value)}
      onChange={(e) => onSave(f.id, field, (e.currentTarget as HTMLInputElement).value)}
    />
  );
  return (
    <tr data-factor={f.id}>
      <td class="plan-table__pos">{row.position}</td>
      <th scope="row">
        {name}
        <br />
        <span class="plan-table__level">{stateLabel(f)}</span>
      </th>
      <td class="user-text">{f.nextStep}</td>
      <td class="plan-table__owner">
        {input('owner', r.ownerFor(f.title), MAX_SHORT_TEXT)}
        <span class="print-only plan-value">{draft.owner.trim()}</span>
      </td>
      <td>
        <input
          class="no-print"
          type="date"
          id={`plan-due-${f.id}`}
          aria-label={r.dueFor(f.title)}
          value={draft.due}
          onInput={(e) => onEdit(f.id, 'due', (e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => onSave(f.id, 'due', (e.currentTarget as HTMLInputElement).value)}
        />
        <span class="print-only plan-value plan-value--date">{draft.due}</span>
      </td>
      <td>
        <select
          class="no-print"
          id={`plan-status-${f.id}`}
          aria-label={r.statusFor(f.title)}
          value={row.status}
          onChange={(e) => onSave(f.id, 'status', (e.currentTarget as HTMLSelectElement).value)}
        >
          {PLAN_STATUSES.map((st) => (
            <option key={st} value={st}>
              {statusName[st]}
            </option>
          ))}
        </select>
        <span class="print-only plan-value">{statusName[row.status]}</span>
        {input('comment', r.commentFor(f.title), MAX_TEXT)}
        {draft.comment.trim() && <span class="print-only plan-value plan-value--comment user-text">{draft.comment}</span>}
      </td>
    </tr>
  );
}

export function ActionPlan({ report, assessment }: { report: ReportModel; assessment: Assessment }) {
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(assessment));
  const { status, save } = useSave(assessment.id);
  useEffect(() => setDrafts(draftsOf(assessment)), [assessment.id, report.plan.rows.map((x) => x.factor.id).join()]);

  const draft = (id: FactorId) => drafts[id] ?? { owner: '', due: '', comment: '' };
  const edit = (id: FactorId, field: 'owner' | 'due' | 'comment', value: string) =>
    setDrafts((d) => ({ ...d, [id]: { ...draft(id), ...d[id], [field]: value } }));
  const saveField = (id: FactorId, field: 'owner' | 'due' | 'comment' | 'status', value: string) => {
    const factor = report.factors.find((f) => f.id === id)!;
    const label = `${factor.number}. ${factor.title}`;
    if (field === 'owner' || field === 'due') {
      const clean = field === 'owner' ? value.trim().slice(0, MAX_SHORT_TEXT) : cleanDate(value);
      save(
        (a) => ({ ...a, answers: { ...a.answers, [id]: { ...(a.answers[id] ?? emptyAnswer()), [field]: clean } } }),
        r.savedField(field === 'owner' ? r.owner : r.due, label),
      );
      return;
    }
    const patch = field === 'status' ? { status: value as PlanStatus } : { comment: value.slice(0, MAX_TEXT) };
    // The first change saves the plan as shown (the default until now) with this change in it.
    save(
      (a) => ({ ...a, plan: updatePlanItem(effectivePlan(a).items, id, patch) }),
      r.savedField(field === 'status' ? r.status : r.comment, label),
    );
  };

  const rows = report.plan.rows;
  return (
    <section class="report-section report-plan" aria-labelledby="rapport-plan">
      <h2 id="rapport-plan">{r.planHeading}</h2>
      <p>{report.plan.chosen ? r.planIntroChosen : r.planIntroDefault}</p>
      {rows.length === 0 ? (
        <p>{r.planEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table plan-table">
            <caption class="visually-hidden">{r.planHeading}</caption>
            <ColumnHeads
              cols={[
                { label: r.position, class: 'plan-table__pos' },
                { label: s.table.factor, class: 'plan-table__factor' },
                { label: r.nextStep, class: 'plan-table__step' },
                { label: r.owner, class: 'plan-table__owner' },
                { label: r.due, class: 'plan-table__due' },
                { label: r.statusAndComment, class: 'plan-table__status' },
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <PlanTableRow key={row.factor.id} row={row} draft={draft(row.factor.id)} onEdit={edit} onSave={saveField} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StatusLine status={status} className="plan-status" />
      <PlanChooser report={report} assessment={assessment} save={save} />
    </section>
  );
}

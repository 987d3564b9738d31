/**
 * The decision block's form (screen only): "Fastställd av", the date and the diarienummer,
 * saved as the assessment's `decision` when a field changes; the report prints it only when
 * something is filled (ReportSections.tsx, TitleBlock).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Assessment, Decision } from '../../lib/schema';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import { Field } from '../kit/Field';
import { StatusLine, useSave } from './useSave';
import { t } from '../../i18n/sv';

const r = t.report;
const EMPTY: Decision = { by: '', date: '', reference: '' };

export function DecisionForm({ assessment }: { assessment: Assessment }) {
  const [draft, setDraft] = useState<Decision>(assessment.decision ?? EMPTY);
  const { status, save } = useSave(assessment.id);
  useEffect(() => setDraft(assessment.decision ?? EMPTY), [assessment.id]);
  const edit = (field: keyof Decision) => (e: Event) =>
    setDraft((d) => ({ ...d, [field]: (e.currentTarget as HTMLInputElement).value }));
  const commit = () => {
    const clean: Decision = {
      by: draft.by.trim().slice(0, MAX_SHORT_TEXT),
      date: /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : '',
      reference: draft.reference.trim().slice(0, MAX_SHORT_TEXT),
    };
    save((a) => ({ ...a, decision: clean }), r.decisionSaved);
  };
  /** A short text field of the decision, saved when it changes. */
  const text = (field: 'by' | 'reference') => (
    <input
      type="text"
      autocomplete="off"
      maxLength={MAX_SHORT_TEXT}
      value={draft[field]}
      onInput={edit(field)}
      onChange={commit}
    />
  );
  return (
    <section class="report-section decision-form no-print" aria-labelledby="beslut-rubrik">
      <h2 id="beslut-rubrik">{r.decisionFormHeading}</h2>
      <div class="decision-form__fields">
        <Field id="beslut-av" label={r.decisionBy} hint={r.decisionByHint}>
          {text('by')}
        </Field>
        <Field id="beslut-datum" label={r.decisionDate}>
          <input type="date" value={draft.date} onInput={edit('date')} onChange={commit} />
        </Field>
        <Field id="beslut-diarienummer" label={r.decisionReference}>
          {text('reference')}
        </Field>
      </div>
      <StatusLine status={status} />
    </section>
  );
}

/** The form that starts a new assessment (organisation required; title, who answers, name, role). */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { startInput, startProblems, type StartFields, type StartProblem } from '../../lib/assessment-view';
import type { NewAssessment } from '../../lib/assessment';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import { ErrorSummary, type FieldError } from '../kit/ErrorSummary';
import { Field, SubmitRow } from '../kit/Field';
import { useFocusRequest } from '../kit/useFocusRequest';

const s = t.assessment.start;
const EMPTY: StartFields = { organisation: '', title: '', kind: 'individual', name: '', role: '' };
const problemText: Record<StartProblem, string> = {
  'organisation-missing': s.organisationMissing,
  'organisation-too-long': s.organisationTooLong,
};

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function StartForm({ roles, onStart }: { roles: { id: string; name: string }[]; onStart: (a: NewAssessment) => void }) {
  const [fields, setFields] = useState<StartFields>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const focus = useFocusRequest();
  const group = fields.kind === 'consensus';
  const set = (patch: Partial<StartFields>) => setFields((f) => ({ ...f, ...patch }));

  const submit = (e: Event) => {
    e.preventDefault();
    const errs = startProblems(fields).map((p) => ({ field: 'start-org', text: problemText[p] }));
    setErrors(errs);
    if (errs.length) return focus('start-errors');
    onStart(startInput(fields));
    setFields((f) => ({ ...EMPTY, kind: f.kind }));
  };
  const orgError = errors.find((x) => x.field === 'start-org')?.text;
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{s.heading}</h2>
      <ErrorSummary id="start-errors" heading={s.errorsHeading} errors={errors} />
      <form onSubmit={submit} noValidate>
        <Field id="start-org" label={s.organisation} hint={s.organisationHint} error={orgError}>
          <input
            type="text"
            required
            maxLength={MAX_SHORT_TEXT}
            autoComplete="organization"
            value={fields.organisation}
            onInput={(e) => set({ organisation: value(e) })}
          />
        </Field>
        <Field id="start-title" label={s.title} hint={s.titleHint}>
          <input type="text" maxLength={MAX_SHORT_TEXT} value={fields.title} onInput={(e) => set({ title: value(e) })} />
        </Field>
        <fieldset>
          <legend>{s.kindLegend}</legend>
          <div class="af__option">
            <input
              type="radio"
              id="start-kind-individual"
              name="start-kind"
              value="individual"
              checked={!group}
              onChange={() => set({ kind: 'individual' })}
            />
            <label for="start-kind-individual">{s.individual}</label>
          </div>
          <div class="af__option">
            <input
              type="radio"
              id="start-kind-consensus"
              name="start-kind"
              value="consensus"
              checked={group}
              onChange={() => set({ kind: 'consensus' })}
            />
            <label for="start-kind-consensus">{s.consensus}</label>
          </div>
        </fieldset>
        <Field id="start-name" label={group ? s.groupName : s.name} hint={s.nameHint}>
          <input
            type="text"
            maxLength={MAX_SHORT_TEXT}
            autoComplete="name"
            value={fields.name}
            onInput={(e) => set({ name: value(e) })}
          />
        </Field>
        <Field id="start-role" label={group ? s.groupRole : s.role}>
          <select value={fields.role} onChange={(e) => set({ role: value(e) })}>
            <option value="">{s.noRole}</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <SubmitRow label={s.submit} />
      </form>
    </section>
  );
}

/**
 * The markup of the chapter's assessment, rendered on the server only (ChapterAssessment.astro
 * puts each part in a <template>); chapter-upgrade.ts clones the parts it needs and wires them.
 * No Preact runs on a chapter page (issue 15): these components are the kit's, so the markup is
 * the same as the hydrated tools' on /sjalvskattning/.
 */
import { emptyAnswer } from '../../lib/assessment';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import { chapterIsland as s } from '../../i18n/sv/assessment-chapter';
import { Field, SubmitRow } from '../kit/Field';
import { FactorForm, type FormFactor, type FormScale } from './FactorForm';

const none = () => {};

/**
 * The short start form: only the organisation (the full form is on /sjalvskattning/). Its error
 * is rendered too: the script takes it out and puts it back while the field is empty on submit.
 */
export function ChapterStartForm({ id, assessmentHref }: { id: string; assessmentHref: string }) {
  return (
    <form class="assess-chapter__start" noValidate>
      <p>{s.noActive}</p>
      <Field id={id} label={s.organisation} hint={s.organisationHint} error={s.organisationMissing}>
        <input type="text" maxLength={MAX_SHORT_TEXT} autoComplete="organization" />
      </Field>
      <SubmitRow label={s.start} />
      <p>
        <a href={assessmentHref}>{s.startFull}</a>
      </p>
    </form>
  );
}

interface ActiveProps {
  idPrefix: string;
  factor: FormFactor;
  scale: FormScale;
  assessmentHref: string;
}

/** An active assessment: its line ("Du skattar i: …", filled in by the script), the factor's form, the flow link. */
export function ChapterActive({ idPrefix, factor, scale, assessmentHref }: ActiveProps) {
  return (
    <>
      <p class="assess-chapter__active">
        <span class="assess-chapter__line"></span>
        <a href={assessmentHref}>{s.change}</a>
      </p>
      <FactorForm idPrefix={idPrefix} factor={factor} scale={scale} answer={emptyAnswer()} onChange={none} upgradable />
      <p>
        <a href={`${assessmentHref}#faktor-${factor.number}`}>{s.continueFlow}</a>
      </p>
    </>
  );
}

/**
 * The assessment island of a factor chapter: answers save at once to the active assessment
 * (storage-light: no zod, so the chapter's JS stays small). Without an active assessment it
 * offers a short start form and a link to /sjalvskattning/.
 */
import { useEffect, useState } from 'preact/hooks';
import { lightStore as store } from '../../lib/storage-light';
import { answerOf, createAssessment, fill, progress, withAnswer } from '../../lib/assessment';
import type { Assessment } from '../../lib/schema';
import type { FactorId } from '../../lib/factors';
import { FactorForm, type FormFactor, type FormLabels, type FormScale } from './FactorForm';

export interface ChapterLabels {
  heading: string;
  noJs: string;
  loading: string;
  noActive: string;
  organisation: string;
  organisationHint: string;
  organisationMissing: string;
  start: string;
  startFull: string;
  activeIn: string;
  change: string;
  continueFlow: string;
  progress: string;
  saved: string;
  started: string;
  memoryOnly: string;
  unreadable: string;
}

interface Props {
  factor: FormFactor;
  scale: FormScale;
  modelVersion: string;
  labels: ChapterLabels;
  formLabels: FormLabels;
  /** Base-aware href of /sjalvskattning/. */
  assessmentHref: string;
}

interface State {
  active: Assessment | null;
  memory: boolean;
  unreadable: boolean;
}

function read(): State {
  const id = store.getActiveId();
  const status = store.status();
  return { active: id ? (store.get(id) ?? null) : null, memory: status.mode === 'memory', unreadable: status.unreadable.length > 0 };
}

export default function ChapterAssessment({ factor, scale, modelVersion, labels, formLabels, assessmentHref }: Props) {
  const [state, setState] = useState<State | null>(null);
  const [org, setOrg] = useState('');
  const [orgError, setOrgError] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    setState(read());
    return store.subscribe(() => setState(read()));
  }, []);
  const headingId = `bedom-${factor.id}`;

  if (!state)
    return (
      <section class="assess-chapter" aria-labelledby={headingId} data-pagefind-ignore="all">
        <h2 id={headingId}>{labels.heading}</h2>
        <p class="hint">{labels.noJs}</p>
      </section>
    );

  const { active } = state;
  const start = (e: Event) => {
    e.preventDefault();
    if (!org.trim()) {
      setOrgError(true);
      document.getElementById(`${headingId}-org`)?.focus();
      return;
    }
    const a = store.save(createAssessment({ organisation: org.slice(0, 200) }, modelVersion));
    store.setActiveId(a.id);
    setMessage(labels.started);
  };
  const change = (patch: Parameters<typeof withAnswer>[2]) => {
    if (!active) return;
    store.update(active.id, (a) => withAnswer(a, factor.id as FactorId, patch));
    if ('level' in patch) setMessage(labels.saved);
  };
  const name = active ? [active.organisation, active.title].filter(Boolean).join(' – ') : '';
  const p = active ? progress(active) : null;

  return (
    <section class="assess-chapter no-print" aria-labelledby={headingId} data-pagefind-ignore="all">
      <h2 id={headingId}>{labels.heading}</h2>
      {state.memory ? <p class="notice notice--warn">{labels.memoryOnly}</p> : null}
      {state.unreadable ? (
        <p class="notice notice--warn">
          <a href={assessmentHref}>{labels.unreadable}</a>
        </p>
      ) : null}
      {active ? (
        <>
          <p class="assess-chapter__active">
            {fill(labels.activeIn, { name })} · {p ? fill(labels.progress, { answered: p.answered, total: p.total }) : ''} ·{' '}
            <a href={assessmentHref}>{labels.change}</a>
          </p>
          <FactorForm
            idPrefix={`f${factor.number}`}
            factor={factor}
            scale={scale}
            labels={formLabels}
            answer={answerOf(active, factor.id as FactorId)}
            onChange={change}
          />
          <p>
            <a href={`${assessmentHref}#faktor-${factor.number}`}>{labels.continueFlow}</a>
          </p>
        </>
      ) : (
        <form class="assess-chapter__start" onSubmit={start} noValidate>
          <p>{labels.noActive}</p>
          <div class="field">
            <label for={`${headingId}-org`}>{labels.organisation}</label>
            <span class="hint" id={`${headingId}-org-hint`}>
              {labels.organisationHint}
            </span>
            {orgError ? (
              <span class="field__error" id={`${headingId}-org-error`}>
                {labels.organisationMissing}
              </span>
            ) : null}
            <input
              id={`${headingId}-org`}
              type="text"
              maxLength={200}
              autoComplete="organization"
              value={org}
              aria-invalid={orgError ? 'true' : undefined}
              aria-describedby={`${headingId}-org-hint${orgError ? ` ${headingId}-org-error` : ''}`}
              onInput={(e) => {
                setOrg((e.currentTarget as HTMLInputElement).value);
                setOrgError(false);
              }}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button button--primary">
              {labels.start}
            </button>
          </div>
          <p>
            <a href={assessmentHref}>{labels.startFull}</a>
          </p>
        </form>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

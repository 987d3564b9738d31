/**
 * The assessment island of a factor chapter: answers save at once to the active assessment
 * (storage-light: no zod, so the chapter's JS stays small). Without an active assessment it
 * offers a short start form and a link to /sjalvskattning/.
 *
 * Strings come straight from src/i18n/sv/assessment-chapter.ts (not through `t`), so that the bundle
 * carries only the chapter's strings.
 *
 * Class components, not hooks, on purpose: nothing else on a chapter page uses preact/hooks, so
 * leaving it out keeps the island within its budget (≤ 10 KB gzip including Preact, issue 15).
 */
import { Component } from 'preact';
import { lightStore as store } from '../../lib/storage-light';
import { answerOf, createAssessment, progress, withAnswer } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import type { Assessment, FactorAnswer } from '../../lib/schema';
import type { FactorId } from '../../lib/factors';
import type { StorageStatus } from '../../lib/store-core';
import { chapterIsland as s } from '../../i18n/sv/assessment-chapter';
import { Field, SubmitRow } from '../kit/Field';
import { ShortStorageNotices } from '../kit/ShortStorageNotices';
import { FactorForm, type FormFactor, type FormScale } from './FactorForm';

interface Props {
  factor: FormFactor;
  scale: FormScale;
  modelVersion: string;
  /** Base-aware href of /sjalvskattning/. */
  assessmentHref: string;
}

interface State {
  active: Assessment | null;
  status: StorageStatus;
}

function read(): State {
  const id = store.getActiveId();
  return { active: id ? (store.get(id) ?? null) : null, status: store.status() };
}

/** The component's state: what is stored (null until mounted) and the live message. */
interface View {
  state: State | null;
  message: string;
}

export default class ChapterAssessment extends Component<Props, View> {
  override state: View = { state: null, message: '' };
  private unsubscribe?: () => void;

  override componentDidMount() {
    this.setState({ state: read() });
    this.unsubscribe = store.subscribe(() => this.setState({ state: read() }));
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  override render({ factor, scale, modelVersion, assessmentHref }: Props, { state, message }: View) {
    const setMessage = (m: string) => this.setState({ message: m });
    const headingId = `bedom-${factor.id}`;

    if (!state)
      return (
        <section class="assess-chapter" aria-labelledby={headingId}>
          <h2 id={headingId}>{s.heading}</h2>
          <p class="hint">{s.noJs}</p>
        </section>
      );

    const { active } = state;
    const change = (patch: Partial<FactorAnswer>) => {
      if (!active) return;
      store.update(active.id, (a) => withAnswer(a, factor.id as FactorId, patch));
      if ('level' in patch) setMessage(s.saved);
    };
    const p = active ? progress(active) : null;

    return (
      <section class="assess-chapter" aria-labelledby={headingId}>
        <h2 id={headingId}>{s.heading}</h2>
        <ShortStorageNotices status={state.status} href={assessmentHref} />
        {active && p ? (
          <>
            <p class="assess-chapter__active">
              {s.activeIn(assessmentLabel(active, { date: false }))} · {s.progress(p.answered, p.total)} ·{' '}
              <a href={assessmentHref}>{s.change}</a>
            </p>
            <FactorForm
              idPrefix={`f${factor.number}`}
              factor={factor}
              scale={scale}
              answer={answerOf(active, factor.id as FactorId)}
              onChange={change}
            />
            <p>
              <a href={`${assessmentHref}#faktor-${factor.number}`}>{s.continueFlow}</a>
            </p>
          </>
        ) : (
          <ChapterStart
            idBase={headingId}
            assessmentHref={assessmentHref}
            onStart={(organisation) => {
              const a = store.save(createAssessment({ organisation }, modelVersion));
              store.setActiveId(a.id);
              setMessage(s.started);
            }}
          />
        )}
        <p class="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
      </section>
    );
  }
}

/** The short start form: only the organisation (the full form is on /sjalvskattning/). */
interface StartProps {
  idBase: string;
  assessmentHref: string;
  onStart: (organisation: string) => void;
}

class ChapterStart extends Component<StartProps, { org: string; missing: boolean }> {
  override state = { org: '', missing: false };

  override render({ idBase, assessmentHref, onStart }: StartProps, { org, missing }: { org: string; missing: boolean }) {
    const id = `${idBase}-org`;
    const start = (e: Event) => {
      e.preventDefault();
      if (!org.trim()) {
        this.setState({ missing: true });
        document.getElementById(id)?.focus();
        return;
      }
      onStart(org.slice(0, MAX_SHORT_TEXT));
    };
    return (
      <form class="assess-chapter__start" onSubmit={start} noValidate>
        <p>{s.noActive}</p>
        <Field id={id} label={s.organisation} hint={s.organisationHint} error={missing ? s.organisationMissing : undefined}>
          <input
            type="text"
            maxLength={MAX_SHORT_TEXT}
            autoComplete="organization"
            value={org}
            onInput={(e) => this.setState({ org: (e.currentTarget as HTMLInputElement).value, missing: false })}
          />
        </Field>
        <SubmitRow label={s.start} />
        <p>
          <a href={assessmentHref}>{s.startFull}</a>
        </p>
      </form>
    );
  }
}

/** The guided flow: one factor at a time, with progress, a jump list and previous / next (after the last: "Klart"). */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/sv';
import { answerOf, isAnswered, progress } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import type { FactorId } from '../../lib/factors';
import type { Assessment, FactorAnswer } from '../../lib/schema';
import { FactorForm } from './FactorForm';
import type { AppFactor, AppScale } from './types';

const s = t.assessment.flow;

interface Props {
  active: Assessment;
  factors: AppFactor[];
  scale: AppScale;
  step: number;
  /** Storage notices, shown first. */
  notices: ComponentChildren;
  onGo: (step: number) => void;
  onSummary: () => void;
  /** After the last factor: the "Klart" step. */
  onDone: () => void;
  onHome: () => void;
  onChange: (factor: FactorId, patch: Partial<FactorAnswer>) => void;
}

export function FlowView({ active, factors, scale, step, notices, onGo, onSummary, onDone, onHome, onChange }: Props) {
  const factor = factors[step]!;
  const id = factor.id as FactorId;
  const p = progress(active);
  const last = step === factors.length - 1;
  return (
    <>
      {notices}
      <h2>{s.activeHeading(assessmentLabel(active, { date: false }))}</h2>
      <p class="assess-progress" id="flow-progress">
        {s.progress(p.answered, p.total)}
        <progress max={p.total} value={p.answered} aria-labelledby="flow-progress" />
      </p>
      <JumpList active={active} factors={factors} step={step} onGo={onGo} />
      <section aria-labelledby="flow-heading">
        <h3 id="flow-heading" tabIndex={-1}>
          {s.stepOf(step + 1, factors.length)}: {factor.title}
        </h3>
        <p>
          <a href={factor.href}>{s.readChapter}</a>
        </p>
        <FactorForm
          key={factor.id}
          idPrefix={`flow-${factor.number}`}
          factor={factor}
          scale={scale}
          answer={answerOf(active, id)}
          onChange={(patch) => onChange(id, patch)}
        />
      </section>
      <div class="button-row">
        {step > 0 ? (
          <button type="button" class="button" onClick={() => onGo(step - 1)}>
            {s.previous}
          </button>
        ) : null}
        <button type="button" class="button button--primary" onClick={last ? onDone : () => onGo(step + 1)}>
          {last ? s.done : s.next}
        </button>
        <button type="button" class="button" onClick={onSummary}>
          {s.toSummary}
        </button>
        <button type="button" class="button" onClick={onHome}>
          {s.close}
        </button>
      </div>
    </>
  );
}

function JumpList({
  active,
  factors,
  step,
  onGo,
}: {
  active: Assessment;
  factors: AppFactor[];
  step: number;
  onGo: (step: number) => void;
}) {
  return (
    <nav class="assess-jump" aria-labelledby="jump-heading">
      <h3 id="jump-heading" class="visually-hidden">
        {s.jumpHeading}
      </h3>
      <ol>
        {factors.map((f, i) => {
          const done = isAnswered(active.answers[f.id as FactorId]?.level);
          return (
            <li key={f.id}>
              <button
                type="button"
                class={done ? 'done' : undefined}
                aria-current={i === step ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                {f.number}. {f.shortLabel}
                <span class="visually-hidden"> ({done ? s.answered : s.unanswered})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * (Over 300 lines: the factor's view, discussion and decision form belong together and each
 * component function stays under 100 lines; split further when the workshop issue adds to it.)
 *
 * One factor in the workshop: participants' levels as markers on the 0–4 scale (+ "Vet ej"),
 * marked by role with a short text label; median, lowest, highest, "vet ej"; the "Oenighet"
 * flag; the same data as real tables; the model's level descriptions and reflection questions;
 * and the group's decision form. The view part re-renders only when its data changes; the form
 * keeps its own state, so typing never redraws the markers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactorAggregate } from '../../lib/aggregate';
import { formatLevel } from '../../lib/aggregate';
import type { AgreedFactor } from '../../lib/consensus';
import type { Role } from '../../lib/factors';
import type { LevelValue } from '../../lib/schema';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import type { FactorInfo, ModelProps } from './types';

const s = t.workshop;

export interface Marker {
  label: string;
  role: Role;
  level: LevelValue;
}

interface ViewProps {
  factor: FactorInfo;
  model: ModelProps;
  agg: FactorAggregate;
  markers: Marker[];
}

export function RoleMark({ role }: { role: Role }) {
  return (
    <span class={`wk-mark wk-mark--${role}`} aria-hidden="true">
      {s.roleAbbr[role]}
    </span>
  );
}

function columns(model: ModelProps): { key: string; label: string; match: (l: LevelValue) => boolean }[] {
  return [
    ...model.levelNames.map((name, i) => ({ key: String(i), label: `${i} ${name}`, match: (l: LevelValue) => l === i })),
    { key: 'vet-ej', label: model.unknownName, match: (l: LevelValue) => l === 'vet-ej' },
  ];
}

/** The factor's answers per role, when more than one role answered. */
function RoleTable({ factor, model, agg }: Omit<ViewProps, 'markers'>) {
  return (
    <div class="table-scroll">
      <table class="wk-table">
        <caption>{s.view.perRoleCaption(factor.shortLabel)}</caption>
        <thead>
          <tr>
            <th scope="col">{s.participants.colRole}</th>
            <th scope="col">{s.view.colRoleAnswers}</th>
            <th scope="col">{s.view.colMedian}</th>
            <th scope="col">{s.view.colMin}</th>
            <th scope="col">{s.view.colMax}</th>
            <th scope="col">{s.view.colUnknown}</th>
            <th scope="col">{s.view.colDisagreement}</th>
          </tr>
        </thead>
        <tbody>
          {agg.byRole.map(({ role, stats }) => (
            <tr key={role}>
              <th scope="row">
                <RoleMark role={role} /> {model.roleNames[role]}
              </th>
              <td>{stats.answered}</td>
              <td>{formatLevel(stats.median)}</td>
              <td>{formatLevel(stats.min)}</td>
              <td>{formatLevel(stats.max)}</td>
              <td>{stats.unknown}</td>
              <td>{stats.disagreement ? s.view.yes : s.view.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FactorViewImpl({ factor, model, agg, markers }: ViewProps) {
  const cols = columns(model);
  const byCol = cols.map((c) => markers.filter((m) => c.match(m.level)));
  const unanswered = markers.filter((m) => m.level === null);
  const parts = cols.map((c, i) => s.view.dotsPart(c.label, byCol[i]!.length)).join(', ');
  const flagId = `wk-flag-${factor.id}`;
  return (
    <div class="wk-view">
      {agg.disagreement ? (
        <p class="wk-flag" id={flagId}>
          <span class="wk-flag__icon" aria-hidden="true">
            ⚠
          </span>{' '}
          <strong>{s.view.disagreement}:</strong> {s.view.disagreementText(agg.min!, agg.max!)}
        </p>
      ) : (
        <p class="wk-agree">{agg.answered > 0 ? s.view.agreementText : s.view.noAnswers}</p>
      )}
      <dl class="wk-stats" aria-label={s.view.stats}>
        <div>
          <dt>{s.view.median}</dt>
          <dd>{formatLevel(agg.median)}</dd>
        </div>
        <div>
          <dt>{s.view.min}</dt>
          <dd>{formatLevel(agg.min)}</dd>
        </div>
        <div>
          <dt>{s.view.max}</dt>
          <dd>{formatLevel(agg.max)}</dd>
        </div>
        <div>
          <dt>{s.view.unknown}</dt>
          <dd>{agg.unknown}</dd>
        </div>
        <div>
          <dt>{s.view.unanswered}</dt>
          <dd>{agg.unanswered}</dd>
        </div>
      </dl>
      <div class="wk-dots" role="img" aria-label={s.view.dotsLabel(factor.shortLabel, parts)}>
        {cols.map((c, i) => (
          <div class={`wk-dots__col${c.key === 'vet-ej' ? ' wk-dots__col--unknown' : ''}`} key={c.key}>
            <div class="wk-dots__head">
              <span class="wk-dots__level">{c.key === 'vet-ej' ? c.label : c.key}</span>
              <span class="wk-dots__count">{byCol[i]!.length}</span>
            </div>
            <div class="wk-dots__marks">
              {byCol[i]!.map((m, j) => (
                <span class={`wk-mark wk-mark--${m.role}`} title={m.label} key={j}>
                  {s.roleAbbr[m.role]}
                </span>
              ))}
            </div>
          </div>
        ))}
      </div>
      <div class="table-scroll">
        <table class="wk-table">
          <caption>{s.view.perLevelCaption(factor.shortLabel)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.view.levelCol}</th>
              <th scope="col">{s.view.colCount}</th>
              <th scope="col">{s.view.colWho}</th>
            </tr>
          </thead>
          <tbody>
            {cols.map((c, i) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td>{byCol[i]!.length}</td>
                <td>{byCol[i]!.map((m) => m.label).join(', ')}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{s.view.unanswered}</th>
              <td>{unanswered.length}</td>
              <td>{unanswered.map((m) => m.label).join(', ')}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {agg.byRole.length > 1 && <RoleTable factor={factor} model={model} agg={agg} />}
    </div>
  );
}
export const FactorView = memo(FactorViewImpl);

function DiscussionImpl({ factor, model }: { factor: FactorInfo; model: ModelProps }) {
  return (
    <aside class="wk-discuss" aria-label={`${s.view.discussion}: ${factor.shortLabel}`}>
      <h4>{s.view.discussion}</h4>
      <p>
        <strong>{s.view.question}:</strong> {factor.question}
      </p>
      <h5>{s.view.levelsHeading}</h5>
      <dl class="wk-levels">
        {factor.levels.map((d, i) => (
          <div key={i}>
            <dt>
              {i} {model.levelNames[i]}
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
      <h5>{s.view.reflection}</h5>
      <ul>
        {factor.reflectionQuestions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ul>
      <p>
        <a href={factor.href}>
          {s.view.readChapter}: {factor.title}
        </a>
      </p>
    </aside>
  );
}
export const Discussion = memo(DiscussionImpl);

/** The schema's limit for long texts (evidence, next step, resolution). */
const LONG_TEXT_MAX = 4000;

/** A labelled textarea with an optional hint (`id-hint`). */
function LongText({
  id,
  label,
  hint,
  value,
  onInput,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <textarea
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        maxLength={LONG_TEXT_MAX}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

interface FormProps {
  factor: FactorInfo;
  model: ModelProps;
  initial: AgreedFactor;
  /** immediate: save now (a level was chosen); otherwise the caller may wait a moment. */
  onChange: (id: FactorInfo['id'], value: AgreedFactor, immediate: boolean) => void;
  savedAt: number;
}

function ConsensusFormImpl({ factor, model, initial, onChange, savedAt }: FormProps) {
  const [v, setV] = useState<AgreedFactor>(initial);
  const first = useRef(true);
  const [showSaved, setShowSaved] = useState(false);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setShowSaved(true);
  }, [savedAt]);
  const set = (patch: Partial<AgreedFactor>, immediate: boolean) => {
    const next = { ...v, ...patch };
    setV(next);
    setShowSaved(false);
    onChange(factor.id, next, immediate);
  };
  const name = `wk-agreed-${factor.id}`;
  const options: { value: LevelValue; label: string; key: string }[] = [
    ...model.levelNames.map((n, i) => ({ value: i as LevelValue, label: `${i} ${n}`, key: String(i) })),
    { value: 'vet-ej', label: model.unknownName, key: 'vet-ej' },
  ];
  return (
    <div class="wk-form">
      <fieldset class="wk-form__levels">
        <legend>{s.consensus.level(factor.shortLabel)}</legend>
        {options.map((o) => (
          <label class="wk-radio" key={o.key}>
            <input
              type="radio"
              name={name}
              value={o.key}
              checked={v.level === o.value}
              onChange={() => set({ level: o.value }, true)}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
      <LongText
        id={`${name}-evidence`}
        label={s.consensus.evidence}
        hint={s.consensus.evidenceHint}
        value={v.evidence}
        onInput={(evidence) => set({ evidence }, false)}
      />
      <LongText
        id={`${name}-next`}
        label={s.consensus.nextStep}
        value={v.nextStep}
        onInput={(nextStep) => set({ nextStep }, false)}
      />
      <LongText
        id={`${name}-resolution`}
        label={s.consensus.resolution}
        hint={s.consensus.resolutionHint}
        value={v.resolution}
        onInput={(resolution) => set({ resolution }, false)}
      />
      <p class="wk-saved" role="status">
        {showSaved ? s.consensus.saved : ''}
      </p>
    </div>
  );
}
export const ConsensusForm = memo(ConsensusFormImpl);

/**
 * One factor's answer: the five levels and "Vet ej" as one native radio group (fieldset and
 * legend; arrow keys move between levels), then "Hur vet vi det?" and "Nästa steg".
 * Presentational: the parent saves each change at once. Used in chapters and in the guided flow.
 */
import type { FactorAnswer, LevelValue } from '../../lib/schema';
import { fill, levelToValue, valueToLevel } from '../../lib/assessment';

export interface FormFactor {
  id: string;
  number: number;
  title: string;
  question: string;
  levels: string[];
}
export interface FormScale {
  levels: { level: number; name: string }[];
  unknown: { name: string; summary: string };
}
export type FormLabels = {
  levelLegend: string;
  level: string;
  unknownHint: string;
  evidence: string;
  evidenceHint: string;
  nextStep: string;
  nextStepHint: string;
  clear: string;
};

interface Props {
  idPrefix: string;
  factor: FormFactor;
  scale: FormScale;
  labels: FormLabels;
  answer: FactorAnswer;
  onChange: (patch: Partial<FactorAnswer>) => void;
}

export function FactorForm({ idPrefix, factor, scale, labels, answer, onChange }: Props) {
  const current = levelToValue(answer.level);
  const choose = (e: Event) => onChange({ level: valueToLevel((e.currentTarget as HTMLInputElement).value) });
  const options: { value: string; name: string; hint: string }[] = [
    ...scale.levels.map((l) => ({ value: String(l.level), name: `${fill(labels.level, { level: l.level })}: ${l.name}`, hint: factor.levels[l.level] ?? '' })),
    { value: 'vet-ej', name: scale.unknown.name, hint: labels.unknownHint },
  ];
  return (
    <div class="af">
      <fieldset class="af__levels">
        <legend>
          <span class="af__legend">{labels.levelLegend}</span> <span class="af__question">{factor.question}</span>
        </legend>
        {options.map((o) => {
          const id = `${idPrefix}-level-${o.value}`;
          return (
            <div class={`af__option${current === o.value ? ' af__option--checked' : ''}`} key={o.value}>
              <input
                type="radio"
                id={id}
                name={`${idPrefix}-level`}
                value={o.value}
                checked={current === o.value}
                onChange={choose}
                aria-describedby={`${id}-hint`}
              />
              <label for={id}>
                <span class="af__name">{o.name}</span>
                <span class="af__hint hint" id={`${id}-hint`}>
                  {o.hint}
                </span>
              </label>
            </div>
          );
        })}
        {answer.level !== null ? (
          <button type="button" class="button af__clear" onClick={() => onChange({ level: null as LevelValue })}>
            {labels.clear}
          </button>
        ) : null}
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-evidence`}>{labels.evidence}</label>
        <span class="hint" id={`${idPrefix}-evidence-hint`}>
          {labels.evidenceHint}
        </span>
        <textarea
          id={`${idPrefix}-evidence`}
          rows={3}
          maxLength={4000}
          aria-describedby={`${idPrefix}-evidence-hint`}
          value={answer.evidence}
          onInput={(e) => onChange({ evidence: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-next`}>{labels.nextStep}</label>
        <span class="hint" id={`${idPrefix}-next-hint`}>
          {labels.nextStepHint}
        </span>
        <textarea
          id={`${idPrefix}-next`}
          rows={3}
          maxLength={4000}
          aria-describedby={`${idPrefix}-next-hint`}
          value={answer.nextStep}
          onInput={(e) => onChange({ nextStep: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
    </div>
  );
}

/**
 * One factor's answer: the level choice (the kit's LevelChoice: five levels and "Vet ej"), then
 * "Hur vet vi det?" and "Nästa steg". Presentational: the parent saves each change at once.
 * Used in chapters and in the guided flow. The texts keep what is being typed while another tab
 * saves (the kit's TypingTextarea).
 */
import type { FactorAnswer } from '../../lib/schema';
import type { LevelScale } from '../../lib/levels';
import { MAX_TEXT } from '../../lib/text-limits';
import { factorForm as s } from '../../i18n/sv/assessment-chapter';
import { Field } from '../kit/Field';
import { LevelChoice } from '../kit/LevelChoice';
import { TypingTextarea } from '../kit/TypingTextarea';

export interface FormFactor {
  id: string;
  number: number;
  title: string;
  question: string;
  levels: string[];
}
export type FormScale = LevelScale;

interface Props {
  idPrefix: string;
  factor: FormFactor;
  scale: FormScale;
  answer: FactorAnswer;
  onChange: (patch: Partial<FactorAnswer>) => void;
  /** Server markup for src/islands/assessment/chapter-upgrade.ts (see LevelChoice's `upgradable`). */
  upgradable?: boolean;
}

export function FactorForm({ idPrefix, factor, scale, answer, onChange, upgradable }: Props) {
  return (
    <div class="af">
      <LevelChoice
        idPrefix={idPrefix}
        legend={
          <>
            <span class="af__legend">{s.levelLegend}</span> <span class="af__question">{factor.question}</span>
          </>
        }
        scale={scale}
        value={answer.level}
        label={(o) => (o.level === 'vet-ej' ? o.name : `${s.level(o.level)}: ${o.name}`)}
        hint={(o) => (o.level === 'vet-ej' ? s.unknownHint : (factor.levels[o.level] ?? ''))}
        clearLabel={s.clear}
        upgradable={upgradable}
        onChange={(level) => onChange({ level })}
      />
      <Field id={`${idPrefix}-evidence`} label={s.evidence} hint={s.evidenceHint}>
        <TypingTextarea rows={3} maxLength={MAX_TEXT} value={answer.evidence} onValue={(evidence) => onChange({ evidence })} />
      </Field>
      <Field id={`${idPrefix}-next`} label={s.nextStep} hint={s.nextStepHint}>
        <TypingTextarea rows={3} maxLength={MAX_TEXT} value={answer.nextStep} onValue={(nextStep) => onChange({ nextStep })} />
      </Field>
    </div>
  );
}

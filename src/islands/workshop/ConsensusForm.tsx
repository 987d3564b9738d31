/**
 * The group's decision on one factor: the level (the kit's LevelChoice), "Hur vet vi det?",
 * "Nästa steg" and how the group settled it (the kit's Field). The form keeps its own state, so
 * typing never redraws the rest of the factor; a participant's text added from outside starts
 * the form over (its key changes).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgreedFactor } from '../../lib/consensus';
import type { LevelScale } from '../../lib/levels';
import { MAX_TEXT } from '../../lib/text-limits';
import { t } from '../../i18n/sv';
import { Field } from '../kit/Field';
import { LevelChoice } from '../kit/LevelChoice';
import { memo } from '../kit/memo';
import type { FactorInfo, ModelProps } from './types';

const s = t.workshopFactors.consensus;

interface FormProps {
  factor: FactorInfo;
  model: ModelProps;
  initial: AgreedFactor;
  /** immediate: save now (a level was chosen); otherwise the caller may wait a moment. */
  onChange: (id: FactorInfo['id'], value: AgreedFactor, immediate: boolean) => void;
  savedAt: number;
}

/** The model's level names as the kit's scale. */
export function scaleOf(model: ModelProps): LevelScale {
  return { levels: model.levelNames.map((name, level) => ({ level, name })), unknown: { name: model.unknownName } };
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
  const id = `wk-agreed-${factor.id}`;
  const text = (key: 'evidence' | 'nextStep' | 'resolution') => (e: Event) =>
    set({ [key]: (e.currentTarget as HTMLTextAreaElement).value }, false);
  return (
    <div class="wk-form">
      <LevelChoice
        idPrefix={id}
        legend={s.level(factor.shortLabel)}
        scale={scaleOf(model)}
        value={v.level}
        label={(o) => (o.level === 'vet-ej' ? o.name : `${o.level} ${o.name}`)}
        hint={() => ''}
        clearLabel={s.clear}
        onChange={(level) => set({ level }, true)}
      />
      <Field id={`${id}-evidence`} label={s.evidence} hint={s.evidenceHint}>
        <textarea rows={3} maxLength={MAX_TEXT} value={v.evidence} onInput={text('evidence')} />
      </Field>
      <Field id={`${id}-next`} label={s.nextStep}>
        <textarea rows={3} maxLength={MAX_TEXT} value={v.nextStep} onInput={text('nextStep')} />
      </Field>
      <Field id={`${id}-resolution`} label={s.resolution} hint={s.resolutionHint}>
        <textarea rows={3} maxLength={MAX_TEXT} value={v.resolution} onInput={text('resolution')} />
      </Field>
      <p class="wk-saved" role="status">
        {showSaved ? s.saved : ''}
      </p>
    </div>
  );
}
export const ConsensusForm = memo(ConsensusFormImpl);

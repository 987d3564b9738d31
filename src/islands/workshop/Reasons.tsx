/**
 * The participants' reasons for one factor, grouped by the level they chose, so the room reads
 * why each position was taken. Each text has a button that adds it to the group's "Hur vet vi
 * det?" or "Nästa steg" (its accessible name starts with its visible text and names whose text
 * it is).
 */
import { useState } from 'preact/hooks';
import { levelShort } from '../../lib/levels';
import type { FactorId } from '../../lib/factors';
import type { ReasonGroup } from '../../lib/workshop-reasons';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import type { ModelProps } from './types';

const s = t.workshopFactors.reasons;
/** The button under a text: which of the group's fields it is added to. */
const USE = { evidence: s.useEvidence, nextStep: s.useNextStep } as const;

interface Props {
  factor: FactorId;
  title: string;
  model: ModelProps;
  groups: ReasonGroup[];
  onAppend: (factor: FactorId, field: 'evidence' | 'nextStep', text: string) => void;
}

function groupLabel(g: ReasonGroup, model: ModelProps): string {
  if (g.level === null) return t.workshopFactors.view.unanswered;
  if (g.level === 'vet-ej') return model.unknownName;
  return `${g.level} ${model.levelNames[g.level] ?? levelShort(g.level, { unknown: { name: model.unknownName } }, '')}`;
}

/** With more texts than this, a factor's reasons start closed and are drawn when opened. */
const OPEN_UP_TO = 30;

function ReasonsImpl({ factor, title, model, groups, onAppend }: Props) {
  const texts = groups.reduce((n, g) => n + g.reasons.length, 0);
  const [open, setOpen] = useState(texts <= OPEN_UP_TO);
  return (
    <details class="wk-reasons" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {s.heading}: {title} ({s.texts(texts)})
      </summary>
      {!open ? null : texts === 0 ? (
        <p>{s.none}</p>
      ) : (
        groups
          .filter((g) => g.reasons.length > 0)
          .map((g) => (
            <div class="wk-reasons__level" key={String(g.level)}>
              <h5>{s.level(groupLabel(g, model), g.count)}</h5>
              <ul>
                {g.reasons.map((r, i) => (
                  <li key={i}>
                    <p class="wk-reasons__who">{r.who}</p>
                    <dl>
                      {(['evidence', 'nextStep'] as const).map((field) =>
                        r[field] ? (
                          <Text key={field} term={s[field]} text={r[field]}>
                            <button
                              type="button"
                              class="button button--small"
                              aria-label={s.useLabel(USE[field], r.who)}
                              onClick={() => onAppend(factor, field, r[field])}
                            >
                              {USE[field]}
                            </button>
                          </Text>
                        ) : null,
                      )}
                      {r.notes && <Text term={s.notes} text={r.notes} />}
                    </dl>
                  </li>
                ))}
              </ul>
            </div>
          ))
      )}
    </details>
  );
}
export const Reasons = memo(ReasonsImpl);

function Text({ term, text, children }: { term: string; text: string; children?: preact.ComponentChildren }) {
  return (
    <div class="wk-reasons__text">
      <dt>{term}</dt>
      <dd>
        <span class="wk-reasons__quote">{text}</span>
        {children}
      </dd>
    </div>
  );
}

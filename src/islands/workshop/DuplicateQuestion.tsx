/**
 * The question about a participant who seems to be loaded already (replace, keep both, skip;
 * optionally the same for the rest). It can only come once participants are loaded, so it loads
 * with the factor view (loaded.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { participantLabel, participantOf } from '../../lib/consensus';
import type { DuplicateChoice, Pending } from '../../lib/workshop-load';
import { t } from '../../i18n/sv';
import type { Props } from './LoadSection';

const s = { ...t.workshopFactors.duplicate, person: t.workshopFactors.participants.person };

export function DuplicateQuestion(p: Props & { first: Pending }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.first.entry.key]);
  const a = p.first.entry.a;
  const who = participantLabel(p.entries.length, participantOf(a), p.hideNames, p.roleNames[participantOf(a).role], s.person);
  const other = p.entries.find((e) => e.key === p.first.existingKey)?.file ?? '';
  const choices: [DuplicateChoice, string][] = [
    ['replace', s.replace],
    ['keep', s.keepBoth],
    ['skip', s.skip],
  ];
  return (
    <div class="notice notice--warn wk-dup" role="group" aria-labelledby="wk-dup-h">
      <h3 id="wk-dup-h" tabIndex={-1} ref={heading}>
        {s.heading}
      </h3>
      <p>{s.text(who, p.first.entry.file, other)}</p>
      <div class="button-row">
        {choices.map(([choice, label]) => (
          <button type="button" class="button" key={choice} onClick={() => p.onResolve(choice)}>
            {label}
          </button>
        ))}
      </div>
      {p.pending.length > 1 && (
        <div class="field wk-check">
          <label>
            <input type="checkbox" checked={p.dupAll} onChange={(e) => p.onDupAll(e.currentTarget.checked)} />{' '}
            {s.all(p.pending.length - 1)}
          </label>
        </div>
      )}
    </div>
  );
}

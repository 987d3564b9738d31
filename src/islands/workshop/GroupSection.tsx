/**
 * Step 3 of the workshop: the group assessment's organisation, title and date, saving it,
 * continuing with another saved group assessment or starting a new one.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../lib/schema';
import { store } from '../../lib/storage';
import { groupName, type GroupMessage, type Meta } from '../../lib/workshop-session';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import { t } from '../../i18n/sv';
import { Field, SubmitRow } from '../kit/Field';
import { MemoryNotice } from '../kit/StorageNotices';
import { groupMessageText } from './words';

const s = t.workshop.group;

interface Props {
  meta: Meta;
  groupId: string | null;
  groupMsg: GroupMessage | null;
  hasEntries: boolean;
  links: { profile: string; report: string };
  onMeta: (patch: Partial<Meta>) => void;
  /** Saves now; false when it could not (the organisation field gets focus). */
  onSave: () => boolean;
  onContinue: (id: string) => void;
  onStartNew: () => void;
}

export function GroupSection(p: Props) {
  const groups = useMemo(() => store.list().filter((a) => a.kind === 'consensus'), [p.groupId, p.groupMsg]);
  const current = groups.find((a) => a.id === p.groupId);
  const orgInput = useRef<HTMLInputElement>(null);
  const error = p.groupMsg?.kind === 'error';
  const needOrg = p.groupMsg?.kind === 'error' && p.groupMsg.code === 'needOrganisation' && !p.meta.organisation.trim();
  return (
    <section aria-labelledby="wk-group-h">
      <h2 id="wk-group-h">{s.heading}</h2>
      <p>{s.intro}</p>
      <MemoryNotice status={store.status()} alert={false} />
      {current && <p class="wk-current">{s.current(groupName(current))}</p>}
      {current && !p.hasEntries && (current.workshop?.participants.length ?? 0) > 0 && <p class="hint">{s.keptParticipants}</p>}
      <ContinuePicker groups={groups.filter((a) => a.id !== p.groupId)} onContinue={p.onContinue} />
      <form
        class="wk-group"
        onSubmit={(e) => {
          e.preventDefault();
          if (!p.onSave()) orgInput.current?.focus();
        }}
      >
        <Field id="wk-org" label={s.organisation} error={needOrg ? s.needOrganisation : undefined}>
          <input
            ref={orgInput}
            type="text"
            maxLength={MAX_SHORT_TEXT}
            autocomplete="organization"
            value={p.meta.organisation}
            onInput={(e) => p.onMeta({ organisation: e.currentTarget.value })}
          />
        </Field>
        <Field id="wk-title" label={s.title}>
          <input
            type="text"
            maxLength={MAX_SHORT_TEXT}
            value={p.meta.title}
            onInput={(e) => p.onMeta({ title: e.currentTarget.value })}
          />
        </Field>
        <Field id="wk-date" label={s.date}>
          <input type="date" value={p.meta.date} onInput={(e) => p.onMeta({ date: e.currentTarget.value })} />
        </Field>
        <SubmitRow label={s.save}>
          {p.groupId && (
            <button type="button" class="button" onClick={p.onStartNew}>
              {s.startNew}
            </button>
          )}
        </SubmitRow>
      </form>
      <div id="wk-group-msg" role="status">
        {p.groupMsg && (
          <p class={`notice ${error ? 'notice--error' : 'notice--ok'}`}>
            {groupMessageText(p.groupMsg)}{' '}
            {p.groupId && !error && (
              <>
                <a href={p.links.profile}>{s.openProfile}</a> · <a href={p.links.report}>{s.openReport}</a>
              </>
            )}
          </p>
        )}
      </div>
    </section>
  );
}

/** The other saved group assessments, to continue with one of them. */
function ContinuePicker({ groups, onContinue }: { groups: Assessment[]; onContinue: (id: string) => void }) {
  const [pick, setPick] = useState('');
  if (groups.length === 0) return null;
  return (
    <div class="wk-continue">
      <div class="field">
        <label for="wk-continue">{s.continueLabel}</label>
        <select id="wk-continue" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
          <option value="">{s.continueNone}</option>
          {groups.map((a) => (
            <option value={a.id} key={a.id}>
              {groupName(a)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        class="button"
        disabled={!pick}
        onClick={() => {
          onContinue(pick);
          setPick('');
        }}
      >
        {s.continueButton}
      </button>
    </div>
  );
}

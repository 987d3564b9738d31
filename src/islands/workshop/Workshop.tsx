/**
 * /workshop/: the facilitator loads every participant's answers (files or share links), sees
 * per factor where the group agrees and disagrees, and records the group's decision, which is
 * saved as a consensus assessment (storage.ts) and made active for /profil/ and /rapport/.
 *
 * This island only wires things together: the session state and its transitions are
 * src/lib/workshop-session.ts (kept in sessionStorage by useWorkshopStore), saving the group
 * assessment is useGroupSave, and each step of the page is its own view.
 */
import { useCallback, useMemo, useRef } from 'preact/hooks';
import { participantRole } from '../../lib/aggregate';
import { participantLabel, participantOf, type AgreedFactor } from '../../lib/consensus';
import type { FactorId } from '../../lib/factors';
import { entryKey, type Entry } from '../../lib/session-entries';
import { store } from '../../lib/storage';
import { keyed, type DuplicateChoice } from '../../lib/workshop-load';
import { groupName } from '../../lib/workshop-session';
import { t } from '../../i18n/sv';
import { LiveStatus } from '../kit/LiveStatus';
import { readFiles, readLinks, type FileOutcome } from '../kit/read-files';
import { FactorsSection } from './FactorsSection';
import { GroupSection } from './GroupSection';
import { LoadSection } from './LoadSection';
import { ParticipantsSection } from './ParticipantsSection';
import type { WorkshopProps } from './types';
import { useGroupSave } from './useGroupSave';
import { useWorkshopStore } from './useWorkshopStore';
import { loadWords, statusText, today } from './words';

const s = t.workshop;

export default function Workshop(props: WorkshopProps) {
  const { factors, roleNames } = props;
  const { state, dispatch, get, sessionOk } = useWorkshopStore();
  const group = useGroupSave(state, get, dispatch, props.modelVersion);
  const fileInput = useRef<HTMLInputElement>(null);
  const factorTitle = useCallback((id: string) => factors.find((f) => f.id === id)?.title, [factors]);
  const label = (e: Entry, i: number, hideNames: boolean) =>
    participantLabel(i, participantOf(e.a), hideNames, roleNames[participantRole(e.a)], s.participants.person);
  const { entries, hideNames } = state;
  const labels = useMemo(() => entries.map((e, i) => label(e, i, hideNames)), [entries, hideNames]);

  const loaded = (outcomes: FileOutcome[]) => dispatch({ type: 'loaded', files: keyed(outcomes, entryKey), words: loadWords });

  async function loadFiles(files: File[]) {
    if (files.length === 0) return;
    dispatch({ type: 'loadStarted', reading: true });
    try {
      loaded(await readFiles(files, factorTitle));
    } finally {
      dispatch({ type: 'loadFinished' });
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function loadLinks(text: string): Promise<boolean> {
    dispatch({ type: 'loadStarted', reading: false });
    try {
      const linkWord = s.load.linkName(0).replace(/\d+$/, '');
      const from = get().entries.filter((e) => e.file.startsWith(linkWord)).length + 1;
      const outcomes = await readLinks(text, factorTitle, from);
      loaded(outcomes);
      return outcomes.every((o) => o.ok);
    } finally {
      dispatch({ type: 'loadFinished' });
    }
  }

  function resolve(choice: DuplicateChoice) {
    dispatch({ type: 'duplicateResolved', choice });
    if (get().pending.length === 0) fileInput.current?.focus();
  }

  const removeEntry = useCallback((key: string) => {
    const cur = get();
    const i = cur.entries.findIndex((e) => e.key === key);
    dispatch({ type: 'removed', key, who: i >= 0 ? label(cur.entries[i]!, i, cur.hideNames) : '' });
    document.getElementById('wk-people-h')?.focus();
  }, []);

  const onAgreed = useCallback((factor: FactorId, value: AgreedFactor, immediate: boolean) => {
    dispatch({ type: 'agreedSet', factor, value });
    group.schedule(immediate);
  }, []);

  function continueWith(id: string) {
    const a = store.get(id);
    if (!a) return;
    group.cancel();
    dispatch({ type: 'groupContinued', group: a, name: groupName(a) });
    store.setActiveId(id);
  }

  function startNew() {
    group.cancel();
    dispatch({ type: 'groupStartedNew', title: s.group.titleDefault(today()), date: today() });
  }

  const status = statusText(state.status);
  return (
    <div class="wk" data-pagefind-ignore="all">
      <LiveStatus text={status} />
      <LoadSection
        {...state}
        status={status}
        sessionOk={sessionOk}
        roleNames={roleNames}
        fileInput={fileInput}
        onFiles={(files) => void loadFiles(files)}
        onLinks={loadLinks}
        onClearProblems={() => dispatch({ type: 'problemsCleared' })}
        onResolve={resolve}
        onDupAll={(on) => dispatch({ type: 'dupAllSet', on })}
      />
      <ParticipantsSection
        entries={entries}
        labels={labels}
        roleNames={roleNames}
        hideNames={hideNames}
        onHideNames={(on) => dispatch({ type: 'hideNamesSet', on })}
        onRemove={removeEntry}
        onRemoveAll={() => dispatch({ type: 'removedAll' })}
      />
      <GroupSection
        meta={state.meta}
        groupId={state.groupId}
        groupMsg={state.groupMsg}
        hasEntries={entries.length > 0}
        links={props.links}
        onMeta={(patch) => dispatch({ type: 'metaSet', patch })}
        onSave={group.save}
        onContinue={continueWith}
        onStartNew={startNew}
      />
      {entries.length > 0 && (
        <FactorsSection
          model={props}
          entries={entries}
          labels={labels}
          roleFilter={state.roleFilter}
          agreed={state.agreed}
          savedAt={state.savedAt}
          formsKey={state.formsKey}
          onRoleFilter={(role) => dispatch({ type: 'roleFilterSet', role })}
          onAgreed={onAgreed}
        />
      )}
    </div>
  );
}

/**
 * /workshop/: the facilitator loads every participant's answers (files or share links), sees
 * per factor where the group agrees and disagrees and why, and records the group's decision,
 * which is saved as a consensus assessment (storage.ts) and made active for /profil/ and
 * /rapport/. The whole workshop is kept as a saved workshop in the browser (useWorkshopStore),
 * listed at the top to reopen, export or remove; `?visa=projektor` shows one factor at a time
 * for the room.
 *
 * This island only wires things together: the session state and its transitions are
 * src/lib/workshop-session.ts, saving the group assessment is useGroupSave, loading is
 * useLoading, and each step of the page is its own view.
 */
import { afterYield } from '../kit/afterYield';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { participantLabel, participantOf, type AgreedFactor } from '../../lib/consensus';
import type { FactorId } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import type { WorkshopSession } from '../../lib/schema';
import { store } from '../../lib/storage';
import { groupName } from '../../lib/workshop-session';
import { workshopStore } from '../../lib/workshop-store';
import { t } from '../../i18n/sv';
import { lazyModule } from '../kit/lazy';
import { LiveStatus } from '../kit/LiveStatus';
import { useNoticesReady } from '../kit/StorageNotices';
import { GroupSection } from './GroupSection';
import { LoadSection } from './LoadSection';
import { ParticipantsSection } from './ParticipantsSection';
import { SavedSection } from './SavedSection';
import type { WorkshopProps } from './types';
import { useGroupSave } from './useGroupSave';
import { useLoading } from './useLoading';
import { openAction, useWorkshopStore } from './useWorkshopStore';
import { focusLater, projectorMode, setProjectorMode, statusText, today } from './words';

const s = t.workshop;

// Not in the first view: the factors (and the code that builds the group assessment) once a
// participant is loaded, the projector only with ?visa=projektor. Each loads on first use
// (kit/lazy.ts).
const useLoaded = lazyModule(() => import('./loaded'));
const useProjector = lazyModule(() => import('./Projector'));

function Workshop(props: WorkshopProps) {
  const { factors, roleNames } = props;
  const { state, dispatch, get, saveNow, settle } = useWorkshopStore(props.modelVersion);
  const group = useGroupSave(state, get, dispatch, props.modelVersion, useLoaded);
  const [projector, setProjector] = useState(projectorMode);
  const Projector = useProjector(projector)?.Projector;
  const factorTitle = useCallback((id: string) => factors.find((f) => f.id === id)?.title, [factors]);
  const label = (e: Entry, i: number, hideNames: boolean) =>
    participantLabel(i, participantOf(e.a), hideNames, roleNames[participantOf(e.a).role], s.participants.person);
  const { entries, hideNames } = state;
  const loaded = useLoaded(entries.length > 0);
  const FactorsSection = loaded?.FactorsSection;
  // Opened with participants (a saved workshop): the first view waits for their table's code, so
  // that it is there at once and nothing shifts.
  const opening = useRef(entries.length > 0);
  const labels = useMemo(() => entries.map((e, i) => label(e, i, hideNames)), [entries, hideNames]);

  function open(w: WorkshopSession, dropped = 0) {
    saveNow();
    group.cancel();
    dispatch(openAction(w, dropped));
    settle();
    focusLater('wk-people-h');
  }
  const loading = useLoading(get, dispatch, factorTitle, open, useLoaded.load);
  // A storage notice the page opens with is in the first view (its code loads first).
  const noticesReady = useNoticesReady(() => [store.status(), workshopStore.status()]);

  function startNewWorkshop() {
    saveNow();
    group.cancel();
    dispatch({ type: 'sessionClosed', title: s.group.titleDefault(today()), date: today() });
    settle();
  }

  function removed(w: WorkshopSession) {
    if (w.id !== get().sessionId) return;
    group.cancel();
    dispatch({ type: 'sessionClosed', title: s.group.titleDefault(today()), date: today() });
    settle();
  }

  const removeEntry = useCallback((key: string) => {
    const cur = get();
    const i = cur.entries.findIndex((e) => e.key === key);
    dispatch({ type: 'removed', key, who: i >= 0 ? label(cur.entries[i]!, i, cur.hideNames) : '' });
    document.getElementById('wk-people-h')?.focus();
  }, []);

  const removeAll = useCallback(() => dispatch({ type: 'removedAll' }), []);

  const onAgreed = useCallback((factor: FactorId, value: AgreedFactor, immediate: boolean) => {
    dispatch({ type: 'agreedSet', factor, value });
    group.schedule(immediate);
  }, []);
  const onAppend = useCallback((factor: FactorId, field: 'evidence' | 'nextStep', text: string) => {
    dispatch({ type: 'agreedAppended', factor, field, text });
    group.schedule(true);
  }, []);

  function continueWith(id: string) {
    const a = store.get(id);
    if (!a) return;
    group.cancel();
    dispatch({ type: 'groupContinued', group: a, name: groupName(a) });
    store.setActiveId(id);
  }

  async function showProjector(on: boolean, factor?: FactorId) {
    // The projector's code first, so that its heading is there to take the focus.
    if (on) await useProjector.load();
    if (factor) dispatch({ type: 'factorSet', factor });
    setProjectorMode(on);
    setProjector(on);
    const f = factor ?? get().factor;
    focusLater(on ? 'wk-proj-h' : f ? `wk-f-${f}` : 'wk-view-h');
  }

  if (!noticesReady || (opening.current && !loaded)) return null;
  opening.current = false;
  const status = statusText(state.status);
  // Opening or closing a workshop is told in the saved workshops' section.
  const opened = ['opened', 'closed', 'refreshed'].includes(state.status?.code ?? '');
  if (projector)
    return (
      <div class="wk" data-pagefind-ignore="all">
        {Projector && (
          <Projector
            model={props}
            entries={entries}
            factor={state.factor}
            onFactor={(factor) => dispatch({ type: 'factorSet', factor })}
            onBack={() => void showProjector(false)}
          />
        )}
      </div>
    );
  return (
    <div class="wk" data-pagefind-ignore="all">
      <LiveStatus text={status} />
      <SavedSection
        currentId={state.sessionId}
        message={opened ? status : (loading.importMsg?.text ?? '')}
        error={!opened && loading.importMsg?.kind === 'error'}
        onOpen={(w) => open(w)}
        onRemoved={removed}
        onNew={startNewWorkshop}
        onImport={(files) => void loading.importWorkshop(files)}
        flush={saveNow}
      />
      <LoadSection
        {...state}
        status={opened ? '' : status}
        roleNames={roleNames}
        fileInput={loading.fileInput}
        onFiles={(files) => void loading.loadFiles(files)}
        onLinks={loading.loadLinks}
        onClearProblems={() => dispatch({ type: 'problemsCleared' })}
        onResolve={loading.resolve}
        onDupAll={(on) => dispatch({ type: 'dupAllSet', on })}
        Duplicate={loaded?.DuplicateQuestion}
      />
      <ParticipantsSection
        entries={entries}
        labels={labels}
        roleNames={roleNames}
        hideNames={hideNames}
        undo={state.undo}
        onHideNames={(on) => dispatch({ type: 'hideNamesSet', on })}
        onRemove={removeEntry}
        onRemoveAll={removeAll}
        onUndoAll={() => dispatch({ type: 'removedAllUndone' })}
        List={loaded?.ParticipantList}
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
        onStartNew={() => {
          group.cancel();
          dispatch({ type: 'groupStartedNew', title: s.group.titleDefault(today()), date: today() });
        }}
      />
      {entries.length > 0 && FactorsSection && (
        <FactorsSection
          model={props}
          entries={entries}
          labels={labels}
          hideNames={hideNames}
          roleFilter={state.roleFilter}
          agreed={state.agreed}
          savedAt={state.savedAt}
          formsKey={state.formsKey}
          formKeys={state.formKeys}
          onRoleFilter={(role) => dispatch({ type: 'roleFilterSet', role })}
          onAgreed={onAgreed}
          onAppend={onAppend}
          onProjector={(factor) => void showProjector(true, factor)}
        />
      )}
    </div>
  );
}

// Drawn after its code has run, the stored data read in a task of its own (kit/afterYield.tsx).
export default afterYield(Workshop, () => {
  store.list();
  workshopStore.list();
});

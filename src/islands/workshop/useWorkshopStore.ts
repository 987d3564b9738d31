/**
 * The workshop's session state (src/lib/workshop-session.ts) started from sessionStorage and
 * the stored group assessment, and kept in sessionStorage: a reload keeps it, closing the tab
 * forgets it. The small part (choices, decisions) and the participants are kept apart, so that
 * typing never re-serialises hundreds of participants.
 */
import { useEffect, useState } from 'preact/hooks';
import { readSession, writeSession } from '../../lib/session-entries';
import { store } from '../../lib/storage';
import { SESSION_KEYS } from '../../lib/stored-format';
import { initialState, storedSession, workshopReducer, type StoredSession } from '../../lib/workshop-session';
import { t } from '../../i18n/sv';
import { useStore } from '../kit/useStore';
import { today } from './words';

function start() {
  const small = readSession<StoredSession>(SESSION_KEYS.workshop);
  const session = small
    ? { ...small, entries: readSession<StoredSession>(SESSION_KEYS.workshopParticipants)?.entries ?? [] }
    : null;
  const group = session?.groupId ? store.get(session.groupId) : undefined;
  const day = today();
  return initialState(session, group, day, t.workshop.group.titleDefault(day));
}

export function useWorkshopStore() {
  const [state, dispatch, get] = useStore(workshopReducer, start);
  const [sessionOk, setSessionOk] = useState(true);
  useEffect(() => {
    writeSession(SESSION_KEYS.workshop, storedSession(state));
  }, [state.hideNames, state.roleFilter, state.groupId, state.meta, state.agreed, state.savedAt]);
  useEffect(() => {
    setSessionOk(writeSession(SESSION_KEYS.workshopParticipants, { entries: state.entries }));
  }, [state.entries]);
  return { state, dispatch, get, sessionOk };
}

/**
 * The workshop's session state (src/lib/workshop-session.ts), kept as a saved workshop in the
 * browser's local storage (src/lib/workshop-store.ts): saved a moment after each change and
 * when the page is left, so it is still there the next day. This tab's sessionStorage only says
 * which saved workshop is open here, so a reload reopens it; a session kept in the tab by an
 * older version of the page is carried over into a saved workshop once.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { SESSION_KEYS, safeJsonParse } from '../../lib/stored-format';
import { fromLegacy, fromSession, tabSession, toSession, worthSaving } from '../../lib/workshop-saved';
import { initialState, workshopReducer, type WorkshopAction, type WorkshopState } from '../../lib/workshop-session';
import { newWorkshopId, workshopStore } from '../../lib/workshop-store';
import type { WorkshopSession } from '../../lib/schema';
import { t } from '../../i18n/sv';
import { useStore } from '../kit/useStore';
import { today } from './words';

/** How long changes may pause before the workshop is saved. */
export const SESSION_SAVE_MS = 400;

function readTab(key: string): unknown {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    return raw ? safeJsonParse(raw) : null;
  } catch {
    return null;
  }
}

function writeTab(id: string | null): void {
  try {
    if (id) globalThis.sessionStorage?.setItem(SESSION_KEYS.workshop, JSON.stringify({ open: id }));
    else globalThis.sessionStorage?.removeItem(SESSION_KEYS.workshop);
    globalThis.sessionStorage?.removeItem(SESSION_KEYS.workshopParticipants);
  } catch {
    /* the tab's storage is unavailable: a reload starts from the list */
  }
}

/** How a saved workshop is named in lists and messages. */
export function sessionName(w: Pick<WorkshopSession, 'organisation' | 'title' | 'createdAt'>): string {
  const org = w.organisation || t.workshop.saved.noOrganisation;
  return `${org}${w.title ? ` – ${w.title}` : ''} (${w.createdAt.slice(0, 10)})`;
}

export const openAction = (w: WorkshopSession, dropped = 0): Extract<WorkshopAction, { type: 'sessionOpened' }> => ({
  type: 'sessionOpened',
  id: w.id,
  saved: fromSession(w),
  name: sessionName(w),
  dropped,
});

function start(modelVersion: string): WorkshopState {
  const day = today();
  let state = initialState(null, undefined, day, t.workshop.group.titleDefault(day));
  const tab = tabSession(readTab(SESSION_KEYS.workshop));
  if (tab.kind === 'open') {
    const w = workshopStore.get(tab.id);
    if (w) state = { ...workshopReducer(state, openAction(w)), status: null };
  } else if (tab.kind === 'legacy') {
    const r = fromLegacy(tab.small, readTab(SESSION_KEYS.workshopParticipants), newWorkshopId(), modelVersion);
    if (r && worthSaving({ entries: r.session.entries as never[], agreed: r.session.decisions })) {
      const saved = workshopStore.save(r.session);
      state = workshopReducer(state, openAction(saved, r.dropped));
    } else if (r && r.dropped > 0) state = { ...state, status: { code: 'opened', name: '', dropped: r.dropped } };
    writeTab(state.sessionId);
  }
  return state;
}

type Part = Pick<WorkshopState, 'entries' | 'agreed' | 'meta' | 'hideNames' | 'roleFilter' | 'groupId' | 'factor'>;
const partOf = ({ entries, agreed, meta, hideNames, roleFilter, groupId, factor }: WorkshopState): Part => ({
  entries,
  agreed,
  meta,
  hideNames,
  roleFilter,
  groupId,
  factor,
});
const samePart = (a: Part, b: Part) => (Object.keys(a) as (keyof Part)[]).every((k) => a[k] === b[k]);

export function useWorkshopStore(modelVersion: string) {
  const [state, dispatch, get] = useStore(workshopReducer, () => start(modelVersion));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** What was last saved or opened: an unchanged workshop is not written again. */
  const saved = useRef<Part>(partOf(state));
  /** The open workshop's updatedAt as this tab last wrote or read it, and whether it is writing now. */
  const seen = useRef<string | null>(state.sessionId ? (workshopStore.get(state.sessionId)?.updatedAt ?? null) : null);
  const writing = useRef(false);

  /** Saves the workshop now (creating it the first time there is something to keep). */
  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    const cur = get();
    if (samePart(saved.current, partOf(cur))) return;
    saved.current = partOf(cur);
    if (!cur.sessionId && !worthSaving(cur)) return;
    const id = cur.sessionId ?? newWorkshopId();
    const next = toSession(cur, id, modelVersion);
    const prev = cur.sessionId ? workshopStore.get(id) : undefined;
    writing.current = true;
    try {
      seen.current = (prev ? workshopStore.update(id, () => next) : workshopStore.save(next))?.updatedAt ?? null;
    } finally {
      writing.current = false;
    }
    if (!cur.sessionId) {
      dispatch({ type: 'sessionSaved', id });
      writeTab(id);
    }
  }, []);

  /** A workshop was opened or closed from outside: nothing of it waits to be saved. */
  const settle = useCallback(() => {
    clearTimeout(timer.current);
    saved.current = partOf(get());
    const id = get().sessionId;
    seen.current = id ? (workshopStore.get(id)?.updatedAt ?? null) : null;
  }, []);

  // Another tab saved the open workshop: take its version when this tab has nothing unsaved
  // (otherwise this tab's next save is the newer one).
  useEffect(
    () =>
      workshopStore.subscribe(() => {
        const cur = get();
        if (writing.current || !cur.sessionId) return;
        const w = workshopStore.get(cur.sessionId);
        if (!w || w.updatedAt === seen.current || !samePart(saved.current, partOf(cur))) return;
        dispatch({ ...openAction(w), refreshed: true });
        settle();
      }),
    [],
  );

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(saveNow, SESSION_SAVE_MS);
  }, [state.entries, state.agreed, state.meta, state.hideNames, state.roleFilter, state.groupId, state.factor]);

  useEffect(() => {
    writeTab(state.sessionId);
  }, [state.sessionId]);

  useEffect(() => {
    const flush = () => saveNow();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  return { state, dispatch, get, saveNow, settle };
}

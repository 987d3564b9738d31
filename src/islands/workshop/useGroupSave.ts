/**
 * Saves the group assessment: at once (the form, a chosen level, participants or name hiding
 * changed) or a moment after typing stops, and before the page is left if a decision is not
 * saved yet. The assessment is created the first time and made active for /profil/ and
 * /rapport/; later saves update its freshest stored version, so that what another page or tab
 * added (the report's action plan) is kept.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { buildConsensus, newGroupId } from '../../lib/consensus';
import type { Assessment } from '../../lib/schema';
import { store } from '../../lib/storage';
import { dateIso, type WorkshopAction, type WorkshopState } from '../../lib/workshop-session';

/** How long typing may pause before a decision's text is saved. */
export const SAVE_DELAY_MS = 400;

export interface GroupSave {
  /** Saves now; false when it cannot (no organisation, or the browser refused). */
  save: () => boolean;
  /** Saves now (`immediate`) or after SAVE_DELAY_MS without further calls. */
  schedule: (immediate: boolean) => void;
  /** Drops a waiting save (the decisions are being replaced). */
  cancel: () => void;
}

export function useGroupSave(
  state: WorkshopState,
  get: () => WorkshopState,
  dispatch: (a: WorkshopAction) => void,
  modelVersion: string,
): GroupSave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback((): boolean => {
    clearTimeout(timer.current);
    const cur = get();
    const organisation = cur.meta.organisation.trim();
    if (!organisation) {
      dispatch({ type: 'groupSaveFailed', code: 'needOrganisation' });
      return false;
    }
    const prev = cur.groupId ? store.get(cur.groupId) : undefined;
    const id = prev?.id ?? cur.groupId ?? newGroupId();
    const header = {
      id,
      organisation,
      title: cur.meta.title.trim(),
      createdAt: dateIso(cur.meta.date),
      modelVersion,
      hideNames: cur.hideNames,
    };
    const build = (before: Assessment | undefined) =>
      buildConsensus(
        header,
        cur.entries.map((e) => e.a),
        cur.agreed,
        before,
      );
    try {
      if (prev) store.update(id, build);
      else store.save(build(undefined));
      store.setActiveId(id);
    } catch {
      dispatch({ type: 'groupSaveFailed', code: 'saveFailed' });
      return false;
    }
    dispatch({ type: 'groupSaved', id, created: !prev, at: Date.now() });
    return true;
  }, []);

  const cancel = useCallback(() => clearTimeout(timer.current), []);
  const schedule = useCallback((immediate: boolean) => {
    clearTimeout(timer.current);
    if (immediate) save();
    else timer.current = setTimeout(save, SAVE_DELAY_MS);
  }, []);

  // Flush a waiting save when the page is left.
  useEffect(() => {
    const flush = () => {
      if (get().dirty.length) save();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // Participants or name hiding changed: update the saved group assessment.
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    if (get().groupId) save();
  }, [state.entries, state.hideNames]);

  return { save, schedule, cancel };
}

/**
 * Saves the group assessment: at once (the form, a chosen level, participants or name hiding
 * changed) or a moment after typing stops, and before the page is left if a decision is not
 * saved yet. The assessment is created the first time and made active for /profil/ and
 * /rapport/; later saves update its freshest stored version, so that what another page or tab
 * added (the report's action plan) is kept.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { newGroupId } from '../../lib/consensus';
import type { buildConsensus } from '../../lib/consensus-build';
import type { Assessment } from '../../lib/schema';
import { store } from '../../lib/storage';
import { dateIso, type WorkshopAction, type WorkshopState } from '../../lib/workshop-session';

/** How long typing may pause before a decision's text is saved. */
export const SAVE_DELAY_MS = 400;

type BuildConsensus = typeof buildConsensus;

/** The lazily loaded module that has buildConsensus (kit/lazy.ts: `now()` if loaded, `load()`). */
export interface GroupCode {
  now: () => { buildConsensus: BuildConsensus } | undefined;
  load: () => Promise<{ buildConsensus: BuildConsensus }>;
}

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
  groupCode: GroupCode,
): GroupSave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Writes the group assessment with `build` (the freshest state); false if the browser refused. */
  const write = (build: BuildConsensus): boolean => {
    const cur = get();
    const prev = cur.groupId ? store.get(cur.groupId) : undefined;
    const id = prev?.id ?? cur.groupId ?? newGroupId();
    const header = {
      id,
      organisation: cur.meta.organisation.trim(),
      title: cur.meta.title.trim(),
      createdAt: dateIso(cur.meta.date),
      modelVersion,
      hideNames: cur.hideNames,
    };
    const assessment = (before: Assessment | undefined) =>
      build(
        header,
        cur.entries.map((e) => e.a),
        cur.agreed,
        before,
      );
    try {
      if (prev) store.update(id, assessment);
      else store.save(assessment(undefined));
      store.setActiveId(id);
    } catch {
      dispatch({ type: 'groupSaveFailed', code: 'saveFailed' });
      return false;
    }
    dispatch({ type: 'groupSaved', id, created: !prev, at: Date.now() });
    return true;
  };

  const save = useCallback((): boolean => {
    clearTimeout(timer.current);
    if (!get().meta.organisation.trim()) {
      dispatch({ type: 'groupSaveFailed', code: 'needOrganisation' });
      return false;
    }
    // The code is there once a participant is loaded (and always when a decision waits to be
    // saved: decisions are made in the view that comes with it). Before that, the first save
    // fetches it and then saves.
    const code = groupCode.now();
    if (code) return write(code.buildConsensus);
    groupCode.load().then(
      (c) => write(c.buildConsensus),
      (err: unknown) => {
        console.error(err);
        dispatch({ type: 'groupSaveFailed', code: 'loadFailed' });
      },
    );
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

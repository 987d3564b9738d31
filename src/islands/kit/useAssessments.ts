/**
 * The assessments in this browser (through src/lib/storage.ts), kept fresh when they change in
 * this tab or another, plus the selection: the assessment shown and the earlier one it is
 * followed up against. The selection lives in the URL (?id=…&jamfor=…) so that /profil/ and
 * /rapport/ link to the same selection.
 */
import { useEffect, useState } from 'preact/hooks';
import { store, type StorageStatus } from '../../lib/storage';
import type { Assessment } from '../../lib/schema';
import { withBase } from '../../lib/url';
import { compareIso } from '../../lib/dates';

export interface Loaded {
  list: Assessment[];
  activeId: string | null;
  status: StorageStatus;
}

function load(): Loaded {
  return { list: store.list(), activeId: store.getActiveId(), status: store.status() };
}

export function useAssessments(): Loaded {
  const [state, setState] = useState<Loaded>(load);
  useEffect(() => store.subscribe(() => setState(load())), []);
  return state;
}

/** The selection's query parameters: ?id=<shown>&jamfor=<earlier>. */
const PARAM = { id: 'id', earlier: 'jamfor' } as const;
interface Selection {
  id: string | null;
  earlier: string | null;
}

function param(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** The selection: the assessment shown and the earlier one, kept in the query string. */
export function useSelection(loaded: Loaded): {
  current: Assessment | undefined;
  earlier: Assessment | undefined;
  select: (id: string) => void;
  selectEarlier: (id: string | null) => void;
} {
  const [selection, setSelection] = useState<Selection>(() => ({ id: param(PARAM.id), earlier: param(PARAM.earlier) }));
  const { list, activeId } = loaded;
  const newest = [...list].sort((a, b) => compareIso(b.updatedAt, a.updatedAt))[0];
  const current = list.find((a) => a.id === selection.id) ?? list.find((a) => a.id === activeId) ?? newest;
  const earlier =
    selection.earlier && selection.earlier !== current?.id ? list.find((a) => a.id === selection.earlier) : undefined;

  const write = (next: Selection) => {
    setSelection(next);
    const u = new URL(window.location.href);
    for (const key of ['id', 'earlier'] as const) {
      const v = next[key];
      if (v) u.searchParams.set(PARAM[key], v);
      else u.searchParams.delete(PARAM[key]);
    }
    window.history.replaceState(null, '', u);
  };
  return {
    current,
    earlier,
    select: (id) => write({ id, earlier: selection.earlier === id ? null : selection.earlier }),
    selectEarlier: (id) => write({ id: current?.id ?? selection.id, earlier: id }),
  };
}

/** Link to another page with the same selection. */
export function selectionHref(path: string, current?: Assessment, earlier?: Assessment): string {
  const q = new URLSearchParams();
  if (current) q.set(PARAM.id, current.id);
  if (earlier) q.set(PARAM.earlier, earlier.id);
  const qs = q.toString();
  return siteHref(`${path}${qs ? `?${qs}` : ''}`);
}

export function chapterHref(chapter: string): string {
  return siteHref(`framgangsfaktorer/${chapter}/`);
}

/** A path of this site under its base (BASE_URL). */
export function siteHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * The assessments in this browser (through src/lib/storage.ts), kept fresh when they change in
 * this tab or another, plus the selection from the URL (?id=…&jamfor=…), which is kept in
 * the URL so that /profil/ and /rapport/ link to the same selection.
 */
import { useEffect, useState } from 'preact/hooks';
import { store, type StorageStatus } from '../../lib/storage';
import type { Assessment } from '../../lib/schema';

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

function param(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** Selected assessment id and comparison id, kept in the query string. */
export function useSelection(loaded: Loaded): {
  current: Assessment | undefined;
  earlier: Assessment | undefined;
  select: (id: string) => void;
  selectEarlier: (id: string | null) => void;
} {
  const [ids, setIds] = useState(() => ({ id: param('id'), jamfor: param('jamfor') }));
  const { list, activeId } = loaded;
  const newest = [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const current = list.find((a) => a.id === ids.id) ?? list.find((a) => a.id === activeId) ?? newest;
  const earlier = ids.jamfor && ids.jamfor !== current?.id ? list.find((a) => a.id === ids.jamfor) : undefined;

  const write = (next: { id: string | null; jamfor: string | null }) => {
    setIds(next);
    const u = new URL(window.location.href);
    for (const [k, v] of Object.entries(next)) {
      if (v) u.searchParams.set(k, v);
      else u.searchParams.delete(k);
    }
    window.history.replaceState(null, '', u);
  };
  return {
    current,
    earlier,
    select: (id) => write({ id, jamfor: ids.jamfor === id ? null : ids.jamfor }),
    selectEarlier: (id) => write({ id: current?.id ?? ids.id, jamfor: id }),
  };
}

/** Link to another page with the same selection. */
export function selectionHref(path: string, current?: Assessment, earlier?: Assessment): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const q = new URLSearchParams();
  if (current) q.set('id', current.id);
  if (earlier) q.set('jamfor', earlier.id);
  const qs = q.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

export function chapterHref(chapter: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}framgangsfaktorer/${chapter}/`;
}

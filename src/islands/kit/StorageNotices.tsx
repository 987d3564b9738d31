/**
 * What the user must know about the browser's storage (unavailable or full, unreadable data kept
 * aside, a change in another tab, a newer version of the site, split ids). Storage works almost
 * always, so the notices' words and view (StorageNoticesView.tsx) load only when a status needs
 * one (issue 15). An island that opens with such a status waits for them before its first
 * render (`useNoticesReady`), so the notice is there at once and nothing shifts; one
 * that arises later (full storage, another tab) appears as soon as its code is there. The
 * chapter island has a short version (ShortStorageNotices.tsx) that links to /sjalvskattning/.
 */
import { useEffect, useState } from 'preact/hooks';
import { noticeFailed } from '../../i18n/sv/storage-notice';
import type { StorageStatus } from '../../lib/store-core';
import type { Props } from './StorageNoticesView';

type View = typeof import('./StorageNoticesView');
let view: View | undefined;
let pending: Promise<View> | undefined;
const load = (): Promise<View> =>
  (pending ??= import('./StorageNoticesView').then(
    (m) => (view = m),
    (err: unknown) => {
      pending = undefined;
      throw err;
    },
  ));

/** True when a status has something to tell (a notice to show). */
export function needsNotice(status: Pick<StorageStatus, 'memoryReason' | 'unreadable' | 'conflict' | 'split'>): boolean {
  return status.memoryReason !== null || status.unreadable.length > 0 || status.conflict || status.split > 0;
}

/** Loads the notices' code; never fails (if it cannot be fetched, the notices say so instead). */
async function loadNotices(): Promise<void> {
  try {
    await load();
  } catch (err) {
    console.error(err);
  }
}

/**
 * For an island's first render: false until the notices' code is there, when one of the
 * statuses needs a notice as the page opens (true at once otherwise, which is almost always).
 */
export function useNoticesReady(statuses: () => Pick<StorageStatus, 'memoryReason' | 'unreadable' | 'conflict' | 'split'>[]): boolean {
  const [ready, setReady] = useState(() => !statuses().some(needsNotice));
  useEffect(() => {
    if (!ready) void loadNotices().then(() => setReady(true));
  }, []);
  return ready;
}

/** The notices' module once `needed` (loaded then if it is not yet); 'failed' if it cannot be fetched. */
function useView(needed: boolean): View | 'failed' | undefined {
  const [failed, setFailed] = useState(false);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!needed || view) return;
    let live = true;
    load().then(
      () => live && loaded((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return needed ? (view ?? (failed ? 'failed' : undefined)) : undefined;
}

const Failed = () => (
  <p class="notice notice--warn" role="alert">
    {noticeFailed}
  </p>
);

export function StorageNotices(props: Props) {
  const v = useView(needsNotice(props.status));
  if (v === 'failed') return <Failed />;
  return v ? <v.StorageNoticesView {...props} /> : null;
}

/** Only the notice that the data lives in this tab alone (or nothing). */
export function MemoryNotice({ status }: { status: Pick<StorageStatus, 'memoryReason'> }) {
  const v = useView(status.memoryReason !== null);
  if (v === 'failed') return <Failed />;
  return v ? <v.MemoryNoticeView status={status} /> : null;
}

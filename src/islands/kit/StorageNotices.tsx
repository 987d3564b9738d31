/**
 * What the user must know about the browser's storage. That the answers live only in this tab
 * (storage unavailable or full, unreadable and not kept aside, or a newer version of the site
 * wrote the data: reload) can come with any save, so it is shown from here at once. The rarer
 * notices (unreadable data kept aside, a change in another tab, split ids) load with their words
 * only when a status needs one (StorageNoticesView.tsx, issue 15): an island that opens with
 * such a status waits for them before its first render (`useNoticesReady`), so the notice is
 * there at once and nothing shifts; one that arises later (another tab) appears as soon as its
 * code is there. The chapter page has a short version (ShortStorageNotice.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { memoryNotices as m, noticeFailed } from '../../i18n/sv/storage-notice';
import type { StorageStatus } from '../../lib/store-core';
import type { Props } from './StorageNoticesView';
import { lazyModule } from './lazy';

// The rarer notices and their words, loaded when a status needs one (kit/lazy.ts).
const noticesView = lazyModule(() => import('./StorageNoticesView'));

type Rare = Pick<StorageStatus, 'unreadable' | 'conflict' | 'split'>;

/** True when a status has one of the rarer notices to show. */
export function needsNotice(status: Rare): boolean {
  return status.unreadable.length > 0 || status.conflict || status.split > 0;
}

/** The notice for data that is (partly) only in this tab, or null. */
export function memoryText(status: Pick<StorageStatus, 'memoryReason'>): string | null {
  if (status.memoryReason === 'unavailable') return m.unavailable;
  if (status.memoryReason === 'full') return m.full;
  if (status.memoryReason === 'unreadable-not-kept') return m.unreadableNotKept;
  if (status.memoryReason === 'newer') return m.newer;
  return null;
}

/** Loads the notices' code; never fails (if it cannot be fetched, the notices say so instead). */
async function loadNotices(): Promise<void> {
  try {
    await noticesView.load();
  } catch (err) {
    console.error(err);
  }
}

/**
 * For an island's first render: false until the notices' code is there, when one of the
 * statuses needs a notice as the page opens (true at once otherwise, which is almost always).
 */
export function useNoticesReady(statuses: () => Rare[]): boolean {
  const [ready, setReady] = useState(() => !statuses().some(needsNotice));
  useEffect(() => {
    if (!ready) void loadNotices().then(() => setReady(true));
  }, []);
  return ready;
}

const Failed = () => (
  <p class="notice notice--warn" role="alert">
    {noticeFailed}
  </p>
);

export function StorageNotices(props: Props) {
  const { mod, failed } = noticesView.orFailure(needsNotice(props.status));
  return (
    <>
      <MemoryNotice status={props.status} />
      {failed ? <Failed /> : mod ? <mod.StorageNoticesView {...props} /> : null}
    </>
  );
}

/**
 * Only the notice that the data lives in this tab alone (or nothing); `alert`: "reload, a newer
 * version wrote the data" is announced at once (one such alert per page).
 */
export function MemoryNotice({ status, alert = true }: { status: Pick<StorageStatus, 'memoryReason'>; alert?: boolean }) {
  const text = memoryText(status);
  return text ? (
    <p class="notice notice--warn" role={alert && status.memoryReason === 'newer' ? 'alert' : undefined}>
      {text}
    </p>
  ) : null;
}

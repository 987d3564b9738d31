/**
 * The chapter island's storage notices: answers only in memory; unreadable data kept aside (a
 * link to /sjalvskattning/, where StorageNotices offers the download). Separate from
 * StorageNotices so that the chapter's bundle stays small.
 */
import type { StorageStatus } from '../../lib/store-core';
import { chapterIsland } from '../../i18n/sv/assessment-chapter';

/** The chapter island's notices: answers only in memory; unreadable data (read more on `href`). */
export function ShortStorageNotices({ status, href }: { status: Pick<StorageStatus, 'mode' | 'unreadable'>; href: string }) {
  return (
    <>
      {status.mode === 'memory' ? <p class="notice notice--warn">{chapterIsland.memoryOnly}</p> : null}
      {status.unreadable.length ? (
        <p class="notice notice--warn">
          <a href={href}>{chapterIsland.unreadable}</a>
        </p>
      ) : null}
    </>
  );
}

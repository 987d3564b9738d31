/**
 * The chapter island's storage notices: answers only in memory (or a newer version of the site
 * wrote the data: reload); unreadable data kept aside (a
 * link to /sjalvskattning/, where StorageNotices offers the download). Separate from
 * StorageNotices so that the chapter's bundle stays small.
 */
import type { StorageStatus } from '../../lib/store-core';
import { chapterIsland } from '../../i18n/sv/assessment-chapter';

/** The chapter island's notices: answers only in memory; unreadable data (read more on `href`). */
export function ShortStorageNotices({
  status,
  href,
}: {
  status: Pick<StorageStatus, 'mode' | 'unreadable' | 'memoryReason'>;
  href: string;
}) {
  const newer = status.memoryReason === 'newer';
  return (
    <>
      {status.mode === 'memory' ? (
        <p class="notice notice--warn" role={newer ? 'alert' : undefined}>
          {newer ? chapterIsland.newerVersion : chapterIsland.memoryOnly}
        </p>
      ) : null}
      {status.unreadable.length ? (
        <p class="notice notice--warn">
          <a href={href}>{chapterIsland.unreadable}</a>
        </p>
      ) : null}
    </>
  );
}

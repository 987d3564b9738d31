/**
 * The chapter's storage notices, one at a time: answers only in memory (or a newer version of
 * the site wrote the data: reload, as an alert); unreadable data kept aside (a link to
 * /sjalvskattning/, where StorageNotices offers the download). Which of them a status calls for
 * is shortNotices() in src/lib/chapter-view.ts. Markup only: the chapter page renders each one
 * on the server, and src/islands/assessment/chapter-upgrade.ts shows the ones that apply.
 */
import type { ShortNotice } from '../../lib/chapter-view';
import { chapterIsland } from '../../i18n/sv/assessment-chapter';

/** One notice of the chapter (`href`: /sjalvskattning/, where unreadable data can be read about). */
export function ShortStorageNotice({ kind, href }: { kind: ShortNotice; href: string }) {
  if (kind === 'unreadable')
    return (
      <p class="notice notice--warn">
        <a href={href}>{chapterIsland.unreadable}</a>
      </p>
    );
  return (
    <p class="notice notice--warn" role={kind === 'newer' ? 'alert' : undefined}>
      {kind === 'newer' ? chapterIsland.newerVersion : chapterIsland.memoryOnly}
    </p>
  );
}

/**
 * What /profil/ and /rapport/ show when there is nothing to show: no assessment saved yet, or
 * storage that could not be read or only lives in memory. Kept apart from profile-parts.tsx so
 * the report's empty view loads without the report's code.
 */
import type { StorageStatus } from '../../lib/storage';
import { siteHref } from './useAssessments';
import { t } from '../../i18n/sv';

const s = t.profile;

export function EmptyState({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2';
  return (
    <div class="notice profile-empty">
      <H>{s.empty.heading}</H>
      <p>{s.empty.text}</p>
      <p>
        <a class="button button--primary" href={siteHref('sjalvskattning/')}>
          {s.empty.link}
        </a>
      </p>
    </div>
  );
}

export function StorageNotice({ status }: { status: StorageStatus }) {
  return (
    <>
      {(status.keptAsideNow || status.unreadable.length > 0) && <p class="notice notice--warn">{s.storageError}</p>}
      {status.mode === 'memory' && <p class="notice notice--warn no-print">{s.memoryOnly}</p>}
    </>
  );
}

/** Only in print: the title with today's date and the list of compared files (organisation and file). */
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';

const s = t.countyComparison;

export function PrintHead({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <div class="print-only cmp-print-head">
      <p class="cmp-print-head__title">{s.printTitle(new Date())}</p>
      <p class="cmp-print-head__files">{s.printFiles}</p>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>{s.printFile(e.a.organisation, e.file)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Small parts shared by the profile and the report islands. */
import type { Assessment } from '../../lib/schema';
import { assessmentName, comparisonCandidates } from '../../lib/report';
import type { StorageStatus } from '../../lib/storage';
import { t } from '../../i18n/sv';

const s = t.profile;

export function EmptyState({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const H = `h${headingLevel}` as 'h2';
  return (
    <div class="notice profile-empty">
      <H>{s.empty.heading}</H>
      <p>{s.empty.text}</p>
      <p>
        <a class="button button--primary" href={`${base}sjalvskattning/`}>{s.empty.link}</a>
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

export function SelectionControls(props: {
  idPrefix: string;
  list: Assessment[];
  current: Assessment;
  earlier: Assessment | undefined;
  onSelect: (id: string) => void;
  onSelectEarlier: (id: string | null) => void;
}) {
  const { idPrefix, list, current, earlier, onSelect, onSelectEarlier } = props;
  const sorted = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const candidates = comparisonCandidates(current, list);
  return (
    <div class="selection no-print">
      <div class="field">
        <label for={`${idPrefix}-val`}>{s.profile.choose}</label>
        <select id={`${idPrefix}-val`} value={current.id} onChange={(e) => onSelect((e.currentTarget as HTMLSelectElement).value)}>
          {sorted.map((a) => (
            <option key={a.id} value={a.id}>
              {a.organisation} – {assessmentName(a)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-jamfor`}>{s.profile.compare}</label>
        <select
          id={`${idPrefix}-jamfor`}
          value={earlier?.id ?? ''}
          disabled={candidates.length === 0}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            onSelectEarlier(v || null);
          }}
        >
          <option value="">{s.profile.compareNone}</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.organisation} – {assessmentName(a)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

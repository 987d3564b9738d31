/**
 * Step 1 of /jamfor/: municipalities' files (picker or drop), what could not be read, and the
 * assessments stored in this browser that are not loaded yet.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { ComparisonProblem, Duplicate } from '../../lib/county-comparison-session';
import type { Assessment } from '../../lib/schema';
import { t } from '../../i18n/sv';
import { FileDrop, FileProblems } from '../kit/FileDrop';

const s = t.countyComparison;

interface Props {
  status: string;
  problems: ComparisonProblem[];
  /** Files whose assessment was loaded already: a notice, not an error. */
  duplicates: Duplicate[];
  /** Part of the tab's session could not be read back and was dropped. */
  sessionDropped: boolean;
  /** Assessments in this browser that are not loaded. */
  stored: Assessment[];
  fileInput: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
  onStored: (picked: Assessment[]) => void;
}

export function LoadSection(p: Props) {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <section aria-labelledby="cmp-load-h" class="no-print">
      <h2 id="cmp-load-h" class="cmp-step">
        {s.loadHeading}
      </h2>
      {p.sessionDropped && <p class="notice notice--warn">{s.sessionDropped}</p>}
      <FileDrop
        id="cmp-files"
        label={s.fileLabel}
        hint={`${s.fileHint} ${s.privacy}`}
        inputRef={p.fileInput}
        onFiles={p.onFiles}
      />
      <p class="hint">{s.sessionNote}</p>
      {p.status && (
        <p class="notice notice--ok" aria-hidden="true">
          {p.status}
        </p>
      )}
      <FileProblems problems={p.problems} />
      <Duplicates duplicates={p.duplicates} />
      <form
        class="cmp-stored"
        onSubmit={(e) => {
          e.preventDefault();
          p.onStored(p.stored.filter((a) => picked.includes(a.id)));
          setPicked([]);
        }}
      >
        <fieldset>
          <legend>{s.storedHeading}</legend>
          {p.stored.length === 0 ? (
            <p>{s.storedNone}</p>
          ) : (
            <ul>
              {p.stored.map((a) => (
                <li key={a.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.includes(a.id)}
                      onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, a.id] : picked.filter((x) => x !== a.id))}
                    />{' '}
                    {a.organisation}
                    {a.title ? ` – ${a.title}` : ''} ({a.createdAt.slice(0, 10)},{' '}
                    {a.kind === 'consensus' ? s.kindGroup : s.kindIndividual})
                  </label>
                </li>
              ))}
            </ul>
          )}
          {p.stored.length > 0 && (
            <button type="submit" class="button" disabled={picked.length === 0}>
              {s.storedAdd}
            </button>
          )}
        </fieldset>
      </form>
    </section>
  );
}

/** Files already loaded, each named with the organisation that stays loaded. */
function Duplicates({ duplicates }: { duplicates: Duplicate[] }) {
  if (duplicates.length === 0) return null;
  return (
    <div class="notice cmp-dups">
      <h3>{s.duplicatesHeading(duplicates.length)}</h3>
      <ul>
        {duplicates.map((d, i) => (
          <li key={i}>
            <strong class="wk-filename">{d.file}</strong>: {s.duplicate(d.organisation)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The import parts of the home view: a share link's preview, the "already there" question, files. */
import { t } from '../../i18n/sv';
import { progress } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import type { ImportMode } from '../../lib/import-decisions';
import type { Assessment } from '../../lib/schema';
import { Field } from '../kit/Field';
import { FileDownload } from '../kit/FileDownload';
import type { ReadResult } from './file-actions';
import { exportFile } from './share-actions';
import type { Pending } from './useImport';

const s = t.assessment;

interface PreviewProps {
  preview: ReadResult | null;
  roles: { id: string; name: string }[];
  onAnswer: (accept: boolean) => void;
}

/** #share-preview: what a share link holds, to import or not; or why it cannot be read. */
export function SharePreview({ preview, roles, onAnswer }: PreviewProps) {
  if (!preview) return null;
  if (!preview.ok)
    return (
      <div id="share-preview" tabIndex={-1} class="notice notice--error" role="alert">
        <h2 class="notice__heading">{s.share.damagedHeading}</h2>
        {preview.lines.map((l, i) => (
          <p key={i}>{l}</p>
        ))}
      </div>
    );
  const a = preview.assessments[0];
  if (!a) return null;
  const p = progress(a);
  const participant = a.participant
    ? [a.participant.name, roles.find((r) => r.id === a.participant?.role)?.name].filter(Boolean).join(', ')
    : s.share.previewNone;
  return (
    <section id="share-preview" tabIndex={-1} class="notice" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{s.share.previewHeading}</h2>
      <p>{s.share.previewIntro}</p>
      <dl class="assess-preview">
        <dt>{s.share.previewOrganisation}</dt>
        <dd>{a.organisation}</dd>
        <dt>{s.share.previewTitle}</dt>
        <dd>{a.title || s.share.previewNone}</dd>
        <dt>{s.share.previewParticipant}</dt>
        <dd>{participant}</dd>
        <dt>{s.share.previewAnswered}</dt>
        <dd>{s.flow.progress(p.answered, p.total)}</dd>
      </dl>
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={() => onAnswer(true)}>
          {s.share.importIt}
        </button>
        <button type="button" class="button" onClick={() => onAnswer(false)}>
          {s.share.decline}
        </button>
      </div>
    </section>
  );
}

/** #conflict-heading: the imported assessments that are stored already; replace, keep both or cancel. */
export function ConflictQuestion({
  pending,
  onResolve,
}: {
  pending: Pending | null;
  onResolve: (mode: ImportMode | null) => void;
}) {
  if (!pending) return null;
  return (
    <section class="notice notice--warn" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabIndex={-1}>
        {s.io.conflictHeading}
      </h2>
      <p>{s.io.conflict(pending.conflicts.map((c) => assessmentLabel(c, { date: false })).join(', '))}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => onResolve('replace')}>
          {s.io.replace}
        </button>
        <button type="button" class="button" onClick={() => onResolve('keep-both')}>
          {s.io.keepBoth}
        </button>
        <button type="button" class="button" onClick={() => onResolve(null)}>
          {s.io.cancel}
        </button>
      </div>
    </section>
  );
}

/** Export all as a file; import a file (#import-file). */
export function FileSection({ list, onFile }: { list: Assessment[]; onFile: (input: HTMLInputElement) => void }) {
  return (
    <section aria-labelledby="io-heading">
      <h2 id="io-heading">{s.io.heading}</h2>
      {list.length ? (
        <div class="button-row">
          <FileDownload file={exportFile(list)} failed={s.io.loadFailed}>
            {s.list.exportAll}
          </FileDownload>
        </div>
      ) : null}
      <Field id="import-file" label={s.io.importLabel} hint={s.io.importHint}>
        <input type="file" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget as HTMLInputElement)} />
      </Field>
    </section>
  );
}

/** The notice after an action (#notice, focused by the caller); offers undo after a deletion. */
import { t } from '../../i18n/sv';
import type { Notice } from './messages';

export function NoticeBox({ notice, onUndo }: { notice: Notice | null; onUndo: (n: Notice) => void }) {
  if (!notice) return null;
  return (
    <div id="notice" tabIndex={-1} class={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      {notice.heading ? <h2 class="notice__heading">{notice.heading}</h2> : null}
      {notice.lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
      {notice.undo ? (
        <button type="button" class="button" onClick={() => onUndo(notice)}>
          {t.assessment.list.undo}
        </button>
      ) : null}
    </div>
  );
}

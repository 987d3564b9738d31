/**
 * Step 2 of the workshop: the loaded participants, name hiding, undoing "remove all". Their table
 * (ParticipantList.tsx, `List`) loads with the views that come once participants are loaded.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Role } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import type { ParticipantList } from './ParticipantList';

const s = t.workshop.participants;

interface Props {
  entries: Entry[];
  labels: string[];
  roleNames: Record<Role, string>;
  hideNames: boolean;
  onHideNames: (on: boolean) => void;
  onRemove: (key: string) => void;
  onRemoveAll: () => void;
  /** The participants "Ta bort alla" removed (null when there is nothing to undo). */
  undo: Entry[] | null;
  onUndoAll: () => void;
  /** The table of participants, once its code is loaded (loaded.ts). */
  List: typeof ParticipantList | undefined;
}

export function ParticipantsSection(p: Props) {
  // Typing elsewhere on the page redraws this section, but not the table (its props are stable).
  const List = useMemo(() => p.List && memo(p.List), [p.List]);
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const hadUndo = useRef(false);
  useEffect(() => {
    // "Ta bort alla": focus on "Ångra"; after undoing, back on the section's heading.
    if (p.undo) undoButton.current?.focus();
    else if (hadUndo.current) heading.current?.focus();
    hadUndo.current = p.undo !== null;
  }, [p.undo]);
  return (
    <section aria-labelledby="wk-people-h">
      <h2 id="wk-people-h" tabIndex={-1} ref={heading}>
        {s.heading}
      </h2>
      <div class="field wk-check">
        <label>
          <input type="checkbox" checked={p.hideNames} onChange={(e) => p.onHideNames(e.currentTarget.checked)} /> {s.hideNames}
        </label>
        <span class="hint">{s.hideNamesHint}</span>
      </div>
      {p.undo && p.undo.length > 0 && (
        <div class="notice notice--ok wk-undo">
          <p>{s.removedAll(p.undo.length)}</p>
          <button type="button" class="button" ref={undoButton} aria-label={s.undoAllLabel(p.undo.length)} onClick={p.onUndoAll}>
            {s.undoAll}
          </button>
        </div>
      )}
      {p.entries.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        List && (
          <List
            entries={p.entries}
            labels={p.labels}
            roleNames={p.roleNames}
            hideNames={p.hideNames}
            onRemove={p.onRemove}
            onRemoveAll={p.onRemoveAll}
          />
        )
      )}
    </section>
  );
}

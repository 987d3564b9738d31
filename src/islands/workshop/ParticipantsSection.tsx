/** Step 2 of the workshop: the loaded participants, name hiding, removing one or all (with undo). */
import { useEffect, useRef } from 'preact/hooks';
import { participantOf } from '../../lib/consensus';
import { FACTOR_IDS, type Role } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import { DataTable } from '../kit/TableRegion';

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
}

export function ParticipantsSection(p: Props) {
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
        <ParticipantTable
          entries={p.entries}
          labels={p.labels}
          roleNames={p.roleNames}
          hideNames={p.hideNames}
          onRemove={p.onRemove}
        />
      )}
      {p.entries.length > 0 && (
        <div class="button-row">
          <button type="button" class="button button--danger" onClick={p.onRemoveAll}>
            {s.removeAll}
          </button>
        </div>
      )}
    </section>
  );
}

const ParticipantTable = memo(function ParticipantTable(p: {
  entries: Entry[];
  labels: string[];
  roleNames: Record<Role, string>;
  /** File names often carry a person's name, so they are hidden with the names. */
  hideNames: boolean;
  onRemove: (key: string) => void;
}) {
  return (
    <DataTable
      label={s.caption}
      class="wk-table wk-people"
      caption={
        <>
          {s.caption} ({p.entries.length})
        </>
      }
      cols={[s.colNumber, s.colName, s.colRole, !p.hideNames && s.colFile, s.colAnswered, s.colActions]}
    >
      {p.entries.map((e, i) => {
        const answered = FACTOR_IDS.filter((f) => (e.a.answers[f]?.level ?? null) !== null).length;
        return (
          <tr key={e.key}>
            <td>{i + 1}</td>
            <th scope="row">{p.labels[i]}</th>
            <td>{p.roleNames[participantOf(e.a).role]}</td>
            {!p.hideNames && <td class="wk-filename">{e.file}</td>}
            <td>{s.answeredOf(answered, FACTOR_IDS.length)}</td>
            <td>
              <button
                type="button"
                class="button button--small"
                aria-label={s.remove(p.labels[i] ?? '')}
                onClick={() => p.onRemove(e.key)}
              >
                {s.removeShort}
              </button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
});

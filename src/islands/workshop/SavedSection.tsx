/**
 * The saved workshops of this browser: open one with one click, export it as a file, remove it
 * (with "Ångra", which puts back exactly what was removed), start a new one, or open a workshop
 * from a file another facilitator exported.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopSession } from '../../lib/schema';
import { workshopStore } from '../../lib/workshop-store';
import { t } from '../../i18n/sv';
import { FileDownload } from '../kit/FileDownload';
import { StorageNotices } from '../kit/StorageNotices';
import { DataTable } from '../kit/TableRegion';
import { sessionName } from './useWorkshopStore';
import { compareIso, formatDateTime } from '../../lib/dates';

const s = t.workshop.saved;

interface Props {
  currentId: string | null;
  /** The text of the last open/import message ('' when none). */
  message: string;
  /** The message is an error (an import failed). */
  error: boolean;
  onOpen: (w: WorkshopSession) => void;
  onRemoved: (w: WorkshopSession) => void;
  onNew: () => void;
  onImport: (files: File[]) => void;
  /** Saves the open workshop now (before it is exported). */
  flush: () => void;
}

function useSaved() {
  const load = () => ({ list: workshopStore.list(), status: workshopStore.status() });
  const [state, setState] = useState(load);
  useEffect(() => workshopStore.subscribe(() => setState(load())), []);
  return state;
}

export function SavedSection(p: Props) {
  const { list, status } = useSaved();
  const [gone, setGone] = useState<WorkshopSession | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [restored, setRestored] = useState('');
  const remove = (w: WorkshopSession) => {
    const removed = workshopStore.remove(w.id);
    if (!removed) return;
    p.onRemoved(removed);
    setGone(removed);
    setRestored('');
  };
  useEffect(() => {
    if (gone) undoRef.current?.focus();
  }, [gone]);
  const undo = () => {
    if (!gone) return;
    workshopStore.insert([gone], 'replace');
    setRestored(s.restored(sessionName(gone)));
    setGone(null);
    // Focus goes to the restored workshop's "Öppna" button once the list has it again.
    requestAnimationFrame(() => document.getElementById(`wk-saved-open-${gone.id}`)?.focus());
  };
  const sorted = [...list].sort((a, b) => compareIso(b.updatedAt, a.updatedAt));
  return (
    <section aria-labelledby="wk-saved-h">
      <h2 id="wk-saved-h" tabIndex={-1} ref={headingRef}>
        {s.heading}
      </h2>
      <p>{s.intro}</p>
      <StorageNotices
        status={status}
        read={(k) => workshopStore.readUnreadable(k)}
        onDismissConflict={() => workshopStore.clearConflict()}
      />
      {gone && (
        <div class="notice notice--ok wk-undo">
          <p>{s.removed(sessionName(gone))}</p>
          <button type="button" class="button" ref={undoRef} aria-label={s.undoLabel(sessionName(gone))} onClick={undo}>
            {s.undo}
          </button>
        </div>
      )}
      <div role="status">{restored && <p class="notice notice--ok">{restored}</p>}</div>
      <div role="status">
        {p.message && <p class={`notice ${p.error ? 'notice--error' : 'notice--ok'} wk-saved-msg`}>{p.message}</p>}
      </div>
      {sorted.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <SavedTable list={sorted} currentId={p.currentId} onOpen={p.onOpen} onRemove={remove} flush={p.flush} />
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={p.onNew} aria-describedby="wk-new-hint">
          {s.newWorkshop}
        </button>
        <span class="hint" id="wk-new-hint">
          {s.newHint}
        </span>
      </div>
      <div class="field">
        <label for="wk-import">{s.importLabel}</label>
        <span class="hint" id="wk-import-hint">
          {s.importHint}
        </span>
        <input
          id="wk-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="wk-import-hint"
          onChange={(e) => {
            p.onImport([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = '';
          }}
        />
      </div>
    </section>
  );
}

function SavedTable(p: {
  list: WorkshopSession[];
  currentId: string | null;
  onOpen: (w: WorkshopSession) => void;
  onRemove: (w: WorkshopSession) => void;
  flush: () => void;
}) {
  return (
    <DataTable
      label={s.caption}
      class="wk-table wk-saved"
      caption={s.caption}
      cols={[s.colName, s.colDate, s.colParticipants, s.colChanged, s.colActions]}
    >
      {p.list.map((w) => {
        const name = sessionName(w);
        const open = w.id === p.currentId;
        return (
          <tr key={w.id}>
            <th scope="row">
              {w.organisation || s.noOrganisation}
              {w.title ? ` – ${w.title}` : ''}
              {open && <span class="wk-badge wk-badge--open">{s.current}</span>}
            </th>
            <td>{w.createdAt.slice(0, 10)}</td>
            <td>{w.entries.length}</td>
            <td>{formatDateTime(w.updatedAt)}</td>
            <td class="wk-actions">
              <button
                type="button"
                class="button button--small"
                id={`wk-saved-open-${w.id}`}
                aria-label={s.openLabel(name)}
                disabled={open}
                onClick={() => p.onOpen(w)}
              >
                {s.open}
              </button>
              <FileDownload
                class="button button--small"
                label={s.exportLabel(name)}
                failed={s.exportFailed}
                file={async () => {
                  p.flush();
                  // The file code loads on first use (it is not needed to show the list).
                  const { workshopFileName, workshopFileText } = await import('../../lib/workshop-file');
                  return { name: workshopFileName(w), text: workshopFileText(workshopStore.get(w.id) ?? w) };
                }}
              >
                {s.exportShort}
              </FileDownload>
              <button
                type="button"
                class="button button--small button--danger"
                aria-label={s.removeLabel(name)}
                onClick={() => p.onRemove(w)}
              >
                {s.remove}
              </button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** "Dina självskattningar": each stored assessment with open, rename, follow-up, export, share, delete. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { duplicateAsFollowUp, progress } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import { deletion } from '../../lib/import-decisions';
import type { Assessment } from '../../lib/schema';
import { store as storage } from '../../lib/storage';
import { FileDownload } from '../kit/FileDownload';
import { DeleteConfirm, DuplicateForm, RenameForm, SharePanel, type FollowUp } from './ListPanels';
import type { Notice } from './messages';
import { exportFile, useShareLink } from './share-actions';

const s = t.assessment;

interface Props {
  list: Assessment[];
  activeId: string | null;
  modelVersion: string;
  pageHref: string;
  onOpen: (a: Assessment) => void;
  /** Shows a notice and moves focus to it. */
  say: (n: Notice) => void;
  /** Says something in the live region. */
  announce: (text: string) => void;
  focus: (id: string) => void;
}

export function AssessmentList({ list, activeId, modelVersion, pageHref, onOpen, say, announce, focus }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const { shared, share, copy, close } = useShareLink(pageHref, announce, focus);

  const panel = (set: (id: string | null) => void, id: string | null, target: string) => {
    set(id);
    focus(target);
  };
  const rename = (a: Assessment, title: string | null) => {
    setRenaming(null);
    if (title !== null) {
      storage.update(a.id, (x) => ({ ...x, title }));
      announce(s.list.renamed);
    }
    focus(`item-${a.id}`);
  };
  const followUp = (a: Assessment, opts: FollowUp | null) => {
    setDuplicating(null);
    if (!opts) return focus(`item-${a.id}`);
    const copy = storage.save(duplicateAsFollowUp(a, { ...opts, modelVersion }));
    storage.setActiveId(copy.id);
    say({ tone: 'ok', lines: [s.list.duplicated(opts.copyAnswers)] });
  };
  const remove = (a: Assessment) => {
    const d = deletion(a, activeId, list);
    storage.remove(a.id);
    if (d.wasActive) storage.setActiveId(null);
    setDeleting(null);
    say({ tone: 'ok', lines: [s.list.deleted(assessmentLabel(a, { date: false }))], undo: d });
  };
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{s.list.heading}</h2>
      {list.length === 0 ? <p>{s.list.empty}</p> : null}
      <ul class="assess-list">
        {list.map((a) => {
          const name = assessmentLabel(a, { date: false });
          const p = progress(a);
          return (
            <li key={a.id}>
              <h3 id={`item-${a.id}`} tabIndex={-1}>
                {name}
                {a.id === activeId ? ` (${s.list.active})` : ''}
              </h3>
              <p class="meta">
                {a.kind === 'consensus' ? s.list.consensus : s.list.individual} · {s.list.created} {a.createdAt.slice(0, 10)} ·{' '}
                {s.list.updated} {a.updatedAt.slice(0, 10)} · {s.flow.progress(p.answered, p.total)}
              </p>
              <div class="button-row">
                {[
                  { text: s.list.open, label: s.list.openLabel(name), act: () => onOpen(a) },
                  { text: s.list.rename, label: s.list.renameLabel(name), act: () => panel(setRenaming, a.id, `rename-${a.id}`) },
                  {
                    text: s.list.duplicate,
                    label: s.list.duplicateLabel(name),
                    act: () => panel(setDuplicating, a.id, `dup-legend-${a.id}`),
                  },
                ].map((b) => (
                  <button key={b.text} type="button" class="button" aria-label={b.label} onClick={b.act}>
                    {b.text}
                  </button>
                ))}
                <FileDownload label={s.list.exportOneLabel(name)} file={exportFile([a])} failed={s.io.loadFailed}>
                  {s.list.exportOne}
                </FileDownload>
                <button type="button" class="button" aria-label={s.list.shareLabel(name)} onClick={() => void share(a)}>
                  {s.list.share}
                </button>
                <button
                  type="button"
                  class="button button--danger"
                  aria-label={s.list.deleteLabel(name)}
                  onClick={() => panel(setDeleting, a.id, `del-${a.id}`)}
                >
                  {s.list.delete}
                </button>
              </div>
              {renaming === a.id ? <RenameForm a={a} onDone={(title) => rename(a, title)} /> : null}
              {duplicating === a.id ? <DuplicateForm a={a} onDone={(opts) => followUp(a, opts)} /> : null}
              {deleting === a.id ? (
                <DeleteConfirm
                  a={a}
                  name={name}
                  onYes={() => remove(a)}
                  onCancel={() => panel(setDeleting, null, `item-${a.id}`)}
                />
              ) : null}
              {shared?.id === a.id ? (
                <SharePanel url={shared.url} onCopy={(url) => void copy(url)} onClose={() => close(`item-${a.id}`)} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

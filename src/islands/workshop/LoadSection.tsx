/**
 * Step 1 of the workshop: participants' files (picker or drop) and pasted share links, what
 * could not be read, and the question about a participant who seems to be loaded already
 * (DuplicateQuestion.tsx, loaded with the views that come once participants are loaded).
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Role } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import type { DuplicateChoice, LoadProblem, Pending } from '../../lib/workshop-load';
import type { DuplicateQuestion } from './DuplicateQuestion';
import { t } from '../../i18n/sv';
import { FileDrop, FileProblems } from '../kit/FileDrop';

const s = t.workshop;

export interface Props {
  busy: boolean;
  /** The status line ('' when none); shown once loading is done. */
  status: string;
  problems: LoadProblem[];
  entries: Entry[];
  pending: Pending[];
  dupAll: boolean;
  hideNames: boolean;
  roleNames: Record<Role, string>;
  fileInput: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
  /** Resolves to true when every link could be read (the box is then emptied). */
  onLinks: (text: string) => Promise<boolean>;
  onClearProblems: () => void;
  onResolve: (choice: DuplicateChoice) => void;
  onDupAll: (on: boolean) => void;
  /** The question about a participant loaded twice, once its code is loaded (loaded.ts). */
  Duplicate: typeof DuplicateQuestion | undefined;
}

export function LoadSection(p: Props) {
  const [links, setLinks] = useState('');
  const loadLinks = async () => {
    if (links.trim() && (await p.onLinks(links))) setLinks('');
  };
  return (
    <section aria-labelledby="wk-load-h">
      <h2 id="wk-load-h">{s.load.heading}</h2>
      <FileDrop
        id="wk-files"
        label={s.load.fileLabel}
        hint={`${s.load.fileHint} ${s.privacy}`}
        disabled={p.busy}
        inputRef={p.fileInput}
        onFiles={p.onFiles}
      />
      <div class="field wk-links">
        <label for="wk-links">{s.load.linkLabel}</label>
        <span class="hint" id="wk-links-hint">
          {s.load.linkHint}
        </span>
        <textarea id="wk-links" aria-describedby="wk-links-hint" value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      </div>
      <div class="button-row">
        <button type="button" class="button" disabled={p.busy} onClick={() => void loadLinks()}>
          {s.load.linkButton}
        </button>
      </div>
      <p class="hint">{s.sessionNote}</p>
      {p.status && !p.busy && (
        <p class="notice notice--ok wk-loaded" aria-hidden="true">
          {p.status}
        </p>
      )}
      <FileProblems problems={p.problems} intro={s.load.problemsIntro} onClear={p.onClearProblems} />
      {p.pending[0] && p.Duplicate && <p.Duplicate {...p} first={p.pending[0]} />}
    </section>
  );
}

/**
 * Step 1 of the workshop: participants' files (picker or drop) and pasted share links, what
 * could not be read, and the question about a participant who seems to be loaded already.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { participantLabel, participantOf } from '../../lib/consensus';
import type { Role } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import type { DuplicateChoice, LoadProblem, Pending } from '../../lib/workshop-load';
import { t } from '../../i18n/sv';
import { FileDrop, FileProblems } from '../kit/FileDrop';

const s = t.workshop;

interface Props {
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
      {p.pending[0] && <DuplicateQuestion {...p} first={p.pending[0]} />}
    </section>
  );
}

function DuplicateQuestion(p: Props & { first: Pending }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.first.entry.key]);
  const a = p.first.entry.a;
  const who = participantLabel(
    p.entries.length,
    participantOf(a),
    p.hideNames,
    p.roleNames[participantOf(a).role],
    s.participants.person,
  );
  const other = p.entries.find((e) => e.key === p.first.existingKey)?.file ?? '';
  const choices: [DuplicateChoice, string][] = [
    ['replace', s.duplicate.replace],
    ['keep', s.duplicate.keepBoth],
    ['skip', s.duplicate.skip],
  ];
  return (
    <div class="notice notice--warn wk-dup" role="group" aria-labelledby="wk-dup-h">
      <h3 id="wk-dup-h" tabIndex={-1} ref={heading}>
        {s.duplicate.heading}
      </h3>
      <p>{s.duplicate.text(who, p.first.entry.file, other)}</p>
      <div class="button-row">
        {choices.map(([choice, label]) => (
          <button type="button" class="button" key={choice} onClick={() => p.onResolve(choice)}>
            {label}
          </button>
        ))}
      </div>
      {p.pending.length > 1 && (
        <div class="field wk-check">
          <label>
            <input type="checkbox" checked={p.dupAll} onChange={(e) => p.onDupAll(e.currentTarget.checked)} />{' '}
            {s.duplicate.all(p.pending.length - 1)}
          </label>
        </div>
      )}
    </div>
  );
}

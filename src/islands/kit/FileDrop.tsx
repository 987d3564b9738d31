/**
 * A file picker (multiple .json files) inside a drop zone. The picker is the keyboard and
 * screen-reader way in; dropping files on the zone is a shortcut for the mouse.
 * Used by /workshop/ and /jamfor/, together with FileProblems (the files that could not be read).
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { load as fileLoad } from '../../i18n/sv/file-loading';

interface Props {
  id: string;
  label: string;
  hint: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
}

export function FileDrop({ id, label, hint, disabled = false, inputRef, onFiles }: Props) {
  const [dragging, setDragging] = useState(false);
  const s = fileLoad;
  return (
    <div
      class={`wk-drop${dragging ? ' wk-drop--active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(droppedFiles(e));
      }}
    >
      <div class="field">
        <label for={id}>{label}</label>
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
        <input
          ref={inputRef}
          id={id}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          onChange={(e) => onFiles([...(e.currentTarget.files ?? [])])}
        />
      </div>
      <p class="wk-drop__text">{dragging ? s.dropActive : s.drop}</p>
    </div>
  );
}

/** A file that could not be read, and why (Swedish, shown as text). */
export interface FileProblem {
  name: string;
  reason: string;
}

/** The list of files that could not be read, announced as an alert. */
export function FileProblems({ problems, intro, onClear }: { problems: FileProblem[]; intro?: string; onClear?: () => void }) {
  if (problems.length === 0) return null;
  const s = fileLoad;
  return (
    <div class="notice notice--error wk-problems" role="alert">
      <h3>{s.problemsHeading(problems.length)}</h3>
      {intro && <p>{intro}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong class="wk-filename">{p.name}</strong>: {p.reason}
          </li>
        ))}
      </ul>
      {onClear && (
        <button type="button" class="button" onClick={onClear}>
          {s.clearProblems}
        </button>
      )}
    </div>
  );
}

/** Files from a drop event. */
function droppedFiles(e: DragEvent): File[] {
  return e.dataTransfer ? [...e.dataTransfer.files] : [];
}

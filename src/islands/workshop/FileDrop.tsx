/**
 * A file picker (multiple .json files) inside a drop zone. The picker is the keyboard and
 * screen-reader way in; dropping files on the zone is a shortcut for the mouse.
 * Used by /workshop/ and /jamfor/.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { droppedFiles } from './files';

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
  const s = t.workshop.load;
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

/**
 * Saving a file made in the browser: download() for code, FileDownload for a button. The file is
 * built only when the button is pressed (`file` is a function), so a list of buttons costs nothing;
 * it may return a promise, when the code that builds the file loads on first use. If that promise
 * fails (the code could not be fetched), `failed` is shown under the button as an alert.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface DownloadFile {
  name: string;
  text: string;
  /** MIME type; JSON unless told. */
  type?: string;
}

export function download({ name, text, type = 'application/json' }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
  file: () => DownloadFile | Promise<DownloadFile>;
  children: ComponentChildren;
  /** The accessible name when the visible text is short ("Exportera" → "Exportera Nordkommun som fil"). */
  label?: string;
  class?: string;
  /** What to say when the file could not be built. */
  failed: string;
}

export function FileDownload({ file, children, label, class: className = 'button', failed }: Props) {
  const [error, setError] = useState(false);
  const save = async () => {
    let built;
    try {
      built = await file();
    } catch (err) {
      console.error(err);
      return setError(true);
    }
    setError(false);
    download(built);
  };
  return (
    <>
      <button type="button" class={className} aria-label={label} onClick={() => void save()}>
        {children}
      </button>
      {error && (
        <p class="notice notice--error" role="alert">
          {failed}
        </p>
      )}
    </>
  );
}

/**
 * Saving a file made in the browser: download() for code, FileDownload for a button. The file is
 * built only when the button is pressed (`file` is a function), so a list of buttons costs nothing;
 * it may return a promise, when the code that builds the file loads on first use.
 */
import type { ComponentChildren } from 'preact';

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
}

export function FileDownload({ file, children, label, class: className = 'button' }: Props) {
  return (
    <button type="button" class={className} aria-label={label} onClick={async () => download(await file())}>
      {children}
    </button>
  );
}

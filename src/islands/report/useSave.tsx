/**
 * Saving one change to the shown assessment (store.update through the public API), with a
 * status line for a live region. Nothing the user typed is lost when saving fails: the field
 * keeps its text and the message says so.
 */
import { useState } from 'preact/hooks';
import type { Assessment } from '../../lib/schema';
import { store } from '../../lib/storage';
import { t } from '../../i18n/sv';

export interface SaveStatus {
  text: string;
  error: boolean;
}

export function useSave(id: string) {
  const [status, setStatus] = useState<SaveStatus>({ text: '', error: false });
  const save = (fn: (a: Assessment) => Assessment, message: string): boolean => {
    try {
      const saved = store.update(id, fn);
      setStatus(saved ? { text: message, error: false } : { text: t.report.saveFailed, error: true });
      return !!saved;
    } catch {
      setStatus({ text: t.report.saveFailed, error: true });
      return false;
    }
  };
  return { status, save };
}

export function StatusLine({ status, className = '' }: { status: SaveStatus; className?: string }) {
  return (
    <p class={`save-status no-print ${className}${status.error ? ' notice notice--error' : ''}`} role="status" aria-live="polite">
      {status.text}
    </p>
  );
}

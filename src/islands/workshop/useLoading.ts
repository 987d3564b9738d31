/**
 * Loading participants (files and pasted share links) into the workshop session, and opening a
 * workshop from an exported file: a file of participants' assessments is loaded as participants.
 */
import { useRef, useState } from 'preact/hooks';
import { entryKey } from '../../lib/session-entries';
import { MAX_IMPORT_BYTES } from '../../lib/stored-format';
import type { WorkshopSession } from '../../lib/schema';
import { keyed, type DuplicateChoice } from '../../lib/workshop-load';
import type { WorkshopAction, WorkshopState } from '../../lib/workshop-session';
import { workshopStore } from '../../lib/workshop-store';
import type { ImportError } from '../../lib/io';
import { t } from '../../i18n/sv';
import type { FactorTitle, FileOutcome } from '../kit/read-files';
import { loadWords } from './words';

const s = t.workshop;

// Reading files and links (validation, share-link decoding) loads when it is first needed.
const reader = () => import('../kit/read-files');

export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

export function useLoading(
  get: () => WorkshopState,
  dispatch: (a: WorkshopAction) => void,
  factorTitle: FactorTitle,
  open: (w: WorkshopSession, dropped: number) => void,
  /** Loads the views that show loaded participants (fetched with the reader, so they are there at once). */
  views: () => Promise<unknown>,
) {
  const withViews = async () => {
    const [r] = await Promise.all([reader(), views().catch((err: unknown) => console.error(err))]);
    return r;
  };
  const fileInput = useRef<HTMLInputElement>(null);
  const [importMsg, setImportMsg] = useState<Message | null>(null);
  const loaded = (outcomes: FileOutcome[]) => dispatch({ type: 'loaded', files: keyed(outcomes, entryKey), words: loadWords });

  async function loadFiles(files: File[]) {
    if (files.length === 0) return;
    dispatch({ type: 'loadStarted', reading: true });
    try {
      loaded(await (await withViews()).readFiles(files, factorTitle));
    } finally {
      dispatch({ type: 'loadFinished' });
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function loadLinks(text: string): Promise<boolean> {
    dispatch({ type: 'loadStarted', reading: false });
    try {
      const linkWord = s.load.linkName(0).replace(/\d+$/, '');
      const from = get().entries.filter((e) => e.file.startsWith(linkWord)).length + 1;
      const outcomes = await (await withViews()).readLinks(text, factorTitle, from);
      loaded(outcomes);
      return outcomes.every((o) => o.ok);
    } finally {
      dispatch({ type: 'loadFinished' });
    }
  }

  function resolve(choice: DuplicateChoice) {
    dispatch({ type: 'duplicateResolved', choice });
    if (get().pending.length === 0) fileInput.current?.focus();
  }

  /** Opens the workshop in an exported file (kept as a new saved workshop beside any with its id). */
  async function importWorkshop(files: File[]) {
    const file = files[0];
    if (!file) return;
    // The file code and the words for a failed import load on first use.
    const fail = async (error: ImportError) => {
      const { describeImportError } = await import('../../i18n/sv/import');
      const reason = describeImportError(error, factorTitle, 3).join(' ');
      setImportMsg({ kind: 'error', text: s.saved.importFailed(file.name, reason) });
    };
    if (file.size > MAX_IMPORT_BYTES) return fail({ code: 'too-large', size: file.size });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail({ code: 'read-failed' });
    }
    const { parseWorkshopText } = await import('../../lib/workshop-file');
    const r = parseWorkshopText(text);
    if (r.ok) {
      const added = workshopStore.insert(r.workshops, 'keep-both');
      if (added[0]) open(added[0], r.dropped);
      setImportMsg({ kind: 'ok', text: s.saved.imported(added.length) });
    } else if (r.error.code === 'assessments') {
      await loadFiles([file]);
      setImportMsg({ kind: 'ok', text: s.saved.importedParticipants });
    } else await fail(r.error);
  }

  return { fileInput, loadFiles, loadLinks, resolve, importWorkshop, importMsg, setImportMsg };
}

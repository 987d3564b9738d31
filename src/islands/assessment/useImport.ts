/**
 * Importing a file or a share link: the island's wiring of the decisions in
 * src/lib/import-decisions.ts (add at once, or ask when an id is stored already) to storage and
 * to the notices. Holds the open question (`pending`) and the share link's preview. Reading the
 * file or link is file-actions.ts, loaded when the first file is picked or a link is opened.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { activeAfterImport, planImport, type ImportMode } from '../../lib/import-decisions';
import type { Assessment } from '../../lib/schema';
import { store as storage } from '../../lib/storage';
import type { ReadResult } from './file-actions';
import type { Notice } from './messages';
import { loadFileActions } from './share-actions';

const s = t.assessment;

export interface Pending {
  items: Assessment[];
  conflicts: Assessment[];
}

interface Options {
  titleOf: (id: string) => string | undefined;
  say: (n: Notice | null) => void;
  focus: (id: string) => void;
}

/** Reads with the file code; if that code cannot be fetched, a result that says so. */
async function readWith(read: (m: Awaited<ReturnType<typeof loadFileActions>>) => Promise<ReadResult>): Promise<ReadResult> {
  let files;
  try {
    files = await loadFileActions();
  } catch (err) {
    console.error(err);
    return { ok: false, lines: [s.io.loadFailed] };
  }
  return read(files);
}

export function useImport({ titleOf, say, focus }: Options) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [preview, setPreview] = useState<ReadResult | null>(null);

  function finish(items: Assessment[], mode: ImportMode) {
    const added = storage.insert(items, mode);
    setPending(null);
    say({ tone: 'ok', lines: [s.io.imported(added.length)] });
    const id = activeAfterImport(added);
    if (id) storage.setActiveId(id);
  }

  function start(result: ReadResult, fromLink: boolean) {
    if (!result.ok) {
      say({ tone: 'error', heading: fromLink ? s.share.damagedHeading : s.io.errorHeading, lines: result.lines });
      return;
    }
    const plan = planImport(result.assessments, storage.list());
    if (plan.kind === 'add') return finish(plan.items, plan.mode);
    setPending({ items: plan.items, conflicts: plan.conflicts });
    focus('conflict-heading');
  }

  return {
    pending,
    preview,
    /** Reads a share link (a location hash). */
    readLink: (hash: string) => readWith((files) => files.readLink(hash, titleOf)),
    /** A share link was read: show its preview (or its error). */
    showPreview(r: ReadResult) {
      setPreview(r);
      focus('share-preview');
    },
    /** The preview's answer: import it, or not. */
    answerPreview(accept: boolean) {
      const r = preview;
      setPreview(null);
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
      if (accept && r) start(r, true);
      else say({ tone: 'ok', lines: [s.share.declined] });
    },
    async importFile(input: HTMLInputElement) {
      const file = input.files?.[0];
      if (!file) return;
      const r = await readWith((files) => files.readFile(file, titleOf));
      input.value = '';
      say(null);
      start(r, false);
    },
    /** The answer to "it is there already": replace, keep both, or cancel (null). */
    resolve(mode: ImportMode | null) {
      if (mode && pending) return finish(pending.items, mode);
      setPending(null);
      say({ tone: 'ok', lines: [s.io.cancelled] });
    },
  };
}

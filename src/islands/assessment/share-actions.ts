/**
 * The two ways an assessment leaves this browser, shared by the list, the summary and the
 * "Klart" step: its export file and a share link to copy. The code that builds both
 * (file-actions.ts) loads on the first click; until it is there the click waits for it, and if
 * it cannot be fetched (offline without the service worker's copy) the user is told so.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { shareUrl } from '../../lib/import-decisions';
import type { Assessment } from '../../lib/schema';
import type { DownloadFile } from '../kit/FileDownload';

/** The file and link code (file-actions.ts), fetched on first use; the browser keeps the module. */
export const loadFileActions = () => import('./file-actions');

/** The export file of `list` (one assessment or all), built when the button is pressed. */
export const exportFile = (list: Assessment[]) => async (): Promise<DownloadFile> => (await loadFileActions()).exportFileOf(list);

/** A share link panel's content: the link, or null when it could not be made. */
export interface Shared {
  id: string;
  url: string | null;
}

/**
 * A share link panel: share(a) builds the link and focuses the panel (#share-heading); copy()
 * puts it on the clipboard or, when the browser refuses, selects it in #share-url.
 */
export function useShareLink(pageHref: string, announce: (text: string) => void, focus: (id: string) => void) {
  const [shared, setShared] = useState<Shared | null>(null);
  const share = async (a: Assessment) => {
    let files;
    try {
      files = await loadFileActions();
    } catch (err) {
      console.error(err);
    }
    setShared({ id: a.id, url: files ? shareUrl(location.origin, pageHref, await files.shareFragment(a)) : null });
    focus('share-heading');
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      announce(t.assessment.share.copied);
    } catch {
      announce(t.assessment.share.copyFailed);
      const input = document.getElementById('share-url') as HTMLInputElement | null;
      input?.focus();
      input?.select();
    }
  };
  /** Closes the panel and moves focus to `target`. */
  const close = (target: string) => {
    setShared(null);
    focus(target);
  };
  return { shared, share, copy, close };
}

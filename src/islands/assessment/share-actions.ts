/**
 * The two ways an assessment leaves this browser, shared by the list, the summary and the
 * "Klart" step: its export file (named by file-names.ts) and a share link to copy.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { assessmentFileName } from '../../lib/file-names';
import { shareUrl } from '../../lib/import-decisions';
import { exportJson } from '../../lib/io';
import type { Assessment } from '../../lib/schema';
import { encodeShare } from '../../lib/share';
import type { DownloadFile } from '../kit/FileDownload';

/** The export file of one assessment, built when the button is pressed. */
export const exportFile = (a: Assessment) => (): DownloadFile => ({ name: assessmentFileName([a]), text: exportJson([a]) });

/**
 * A share link panel: share(a) builds the link and focuses the panel (#share-heading); copy()
 * puts it on the clipboard or, when the browser refuses, selects it in #share-url.
 */
export function useShareLink(pageHref: string, announce: (text: string) => void, focus: (id: string) => void) {
  const [shared, setShared] = useState<{ id: string; url: string } | null>(null);
  const share = async (a: Assessment) => {
    setShared({ id: a.id, url: shareUrl(location.origin, pageHref, await encodeShare(a)) });
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

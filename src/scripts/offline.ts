/**
 * On every page (from src/islands/offline/OfflineHead.astro):
 * 1. registers the service worker (workbox-window; the worker itself is written by the build,
 *    scripts/lib/service-worker.mjs), scoped to the site's own path (BASE);
 * 2. when a new version of the site has been published, says so in one calm line in a polite
 *    live region, with a button. The page never reloads by itself: only the button reloads,
 *    and only the tab whose button was pressed;
 * 3. asks the browser to keep the data once the first assessment exists (src/scripts/persist.ts).
 */
import { Workbox } from 'workbox-window';
import { offlineUpdate as s } from '../i18n/sv/offline';
import { persistWhenFirstAssessment } from './persist';

/** How often an open page looks for a new version (besides when it comes back into view or online). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/** The update line: an empty polite live region right after the header, filled when needed. */
function updateLine(): { show: (onReload: () => void | Promise<void>) => void } {
  const box = document.createElement('div');
  box.className = 'offline-update';
  box.dataset.pagefindIgnore = 'all';
  const text = document.createElement('p');
  text.className = 'offline-update__text';
  // A polite live region, without role="status": the tools' own status messages keep being the
  // page's status role (and the first one in document order).
  text.setAttribute('aria-live', 'polite');
  text.setAttribute('aria-atomic', 'true');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--small';
  button.textContent = s.reload;
  button.hidden = true;
  box.append(text, button);
  const header = document.querySelector('.site-header');
  if (header) header.after(box);
  else document.body.prepend(box);
  let shown = false;
  return {
    show(onReload) {
      if (shown) return;
      shown = true;
      box.classList.add('offline-update--shown');
      text.textContent = s.line;
      button.hidden = false;
      button.addEventListener('click', () => {
        button.disabled = true;
        void onReload();
      });
    },
  };
}

function register(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  const line = updateLine();
  let reloadRequested = false;

  wb.addEventListener('waiting', () => {
    line.show(async () => {
      // The user chose to reload: let the new version take over, then reload this tab only.
      // 'activated' also comes on a page the old worker did not control (the first visit);
      // 'controlling' comes on a controlled page. Whichever is first reloads, once.
      reloadRequested = true;
      // Another tab may have let it take over already: then there is nothing to wait for.
      const reg = await navigator.serviceWorker.getRegistration(base).catch(() => undefined);
      if (!reg?.waiting) return location.reload();
      let reloading = false;
      const reload = () => {
        if (reloading) return;
        reloading = true;
        location.reload();
      };
      wb.addEventListener('activated', reload);
      wb.addEventListener('controlling', reload);
      wb.messageSkipWaiting();
    });
  });
  // Another tab let the new version take over: this page keeps running as it is and says so.
  wb.addEventListener('controlling', (e) => {
    if (!reloadRequested && e.isUpdate) line.show(() => location.reload());
  });

  wb.register().catch(() => {
    /* no worker (private mode, blocked by policy): the site works online as before */
  });
  const check = () => {
    if (navigator.onLine) wb.update().catch(() => {});
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  addEventListener('online', check);
  setInterval(check, CHECK_EVERY_MS);
}

export function startOffline(): void {
  // Astro's dev server has no sw.js: register only in the built site.
  if (import.meta.env.PROD) register();
  void persistWhenFirstAssessment();
}

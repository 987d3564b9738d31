// The service worker step of the build (after Astro and Pagefind): Workbox's generateSW writes
// `sw.js` into the built site, precaching every page, stylesheet, script, the Pagefind index
// and its wasm, the manifest and the icons. No caching logic of our own: Workbox's precache
// serves each file from the cache and updates it when its content changes.
//
// - URLs are prefixed with BASE, so a site built for /tsi/ precaches /tsi/… only, and the
//   worker (at /tsi/sw.js, registered with scope /tsi/) controls nothing outside /tsi/.
// - Only files of the built site are listed: nothing from another host is ever cached
//   (no runtimeCaching; requests the precache does not know go to the network untouched).
// - skipWaiting is false: a new version waits until the page asks for it (the update line's
//   button) or every tab of the site is closed. clientsClaim is false for the same reason.
// - Query strings are ignored when matching (the search page is /sok/?q=…, and Pagefind asks
//   for pagefind-entry.json?ts=…), so those are served from the precache too.
// - No navigateFallback: a URL that is not a page of the site is not answered with another page.
import { generateSW } from 'workbox-build';

/** Name of the worker file in the built site (the one file a server must not cache long). */
export const SW_FILE = 'sw.js';

/** Files precached: everything the site is made of. */
export const GLOB_PATTERNS = [
  '**/*.{html,css,js,mjs,json,svg,png,ico,webmanifest,txt,wasm,pagefind,pf_meta,pf_index,pf_fragment}',
];

/**
 * Writes `<dir>/sw.js` for a site built with `base` (e.g. "/" or "/tsi/").
 * Returns { count, size, warnings, seconds }.
 */
export async function buildServiceWorker({ dir, base = '/' }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const t0 = performance.now();
  const result = await generateSW({
    globDirectory: dir,
    globPatterns: GLOB_PATTERNS,
    // The worker and its Workbox runtime are not precached by themselves. Pagefind also writes
    // its ready-made UIs and the wasm for pages without a language; the site uses neither.
    globIgnores: [
      SW_FILE,
      'workbox-*.js',
      '**/*.map',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.unknown.pagefind',
    ],
    swDest: `${dir}/${SW_FILE}`,
    modifyURLPrefix: { '': prefix },
    // Pagefind's wasm and the largest index chunks are well under this; a file over it would
    // be left out with a warning (and the build prints it).
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // Files under _astro/ carry a content hash in their name: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
  });
  return { ...result, seconds: (performance.now() - t0) / 1000 };
}

// Offline and installing (issue 14): what the service worker precaches, how long the build's
// service-worker step takes, how long a first visit takes until the site works offline, and
// whether Chromium finds the site installable.
//
// Installability: Lighthouse 13 has no PWA category and no manifest or installability audit
// any more (removed in Lighthouse 12), so Lighthouse is not used here. Chromium's install
// criteria are checked on the manifest as Chromium parsed it (scripts/lib/installability.mjs,
// which says why Page.getInstallabilityErrors alone cannot be trusted), on the start page and,
// as a control that the check can fail, on a file of the site that has no manifest.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildServiceWorker, SW_FILE } from '../lib/service-worker.mjs';
import { installability } from '../lib/installability.mjs';

const MB = (n) => (n / 1e6).toFixed(2);

export default async function ({ dist, baseUrl, browser, report, table }) {
  // 1. The build step (run again on the built site; the result is the same file).
  const t0 = performance.now();
  const sw = await buildServiceWorker({ dir: dist, base: '/' });
  report('Service worker step of the build (Workbox generateSW)', ((performance.now() - t0) / 1000).toFixed(1), 's');
  report('Precached files', sw.count, 'files');
  report('Precached size (raw)', MB(sw.size), 'MB');
  const urls = [...readFileSync(join(dist, SW_FILE), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const byKind = {};
  for (const u of urls) {
    const kind = u.startsWith('/pagefind/')
      ? 'pagefind'
      : u.endsWith('.html')
        ? 'html'
        : u.endsWith('.js')
          ? 'js'
          : u.endsWith('.css')
            ? 'css'
            : 'other';
    byKind[kind] ??= [0, 0];
    byKind[kind][0]++;
    byKind[kind][1] += statSync(join(dist, u)).size;
  }
  table(
    'Precache by kind',
    ['kind', 'files', 'KB'],
    Object.entries(byKind).map(([k, [n, b]]) => [k, n, (b / 1024).toFixed(1)]),
  );
  report('sw.js itself', (statSync(join(dist, SW_FILE)).size / 1024).toFixed(1), 'KB');

  // 2. First visit in Chromium: until the worker is active (= the whole site is precached).
  const b = await browser();
  const times = [];
  let checks = [];
  let controlFails = 0;
  for (let run = 0; run < 3; run++) {
    const context = await b.newContext();
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(baseUrl);
    await page.evaluate(() =>
      navigator.serviceWorker.ready.then(
        (reg) =>
          new Promise((resolve) => {
            const w = reg.active;
            if (w.state === 'activated') resolve(null);
            else w.addEventListener('statechange', () => w.state === 'activated' && resolve(null));
          }),
      ),
    );
    times.push(performance.now() - start);
    if (run === 0) {
      checks = await installability(page);
      // Control: a URL of the site without a manifest must fail the same checks.
      const control = await context.newPage();
      await control.goto(new URL('pagefind/pagefind-entry.json', baseUrl).href);
      controlFails = (await installability(control)).filter((c) => !c.ok).length;
      // The start URL, opened offline.
      await context.setOffline(true);
      const response = await page.goto(baseUrl);
      checks.push({
        check: 'Start URL served by the worker when offline',
        ok: response?.status() === 200 && response.fromServiceWorker(),
        detail: String(response?.status()),
      });
    }
    await context.close();
  }
  times.sort((a, b) => a - b);
  report('First visit → site precached and worker active (median of 3)', (times[1] / 1000).toFixed(2), 's');
  table(
    'Installability on the start page (Chromium install criteria; Lighthouse 13 has no such audit)',
    ['check', 'pass', 'detail'],
    checks.map((c) => [c.check, c.info ? '(info)' : c.ok ? 'yes' : 'NO', c.detail]),
  );
  const failed = checks.filter((c) => !c.ok).length;
  report(
    'Installability checks passed on the start page',
    `${checks.length - failed - checks.filter((c) => c.info).length} of ${checks.length - checks.filter((c) => c.info).length}`,
    '',
  );
  report('  control: checks failed on a URL without a manifest (must be > 0)', controlFails, '');
}

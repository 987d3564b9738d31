// Lighthouse for `npm run bench`: the npm package `lighthouse`, driven through puppeteer-core
// on the same Chromium the tests use (prepareChromium()). Mobile, simulated throttling (the
// Lighthouse defaults), one fresh browser context per run.
//
// "With data" runs seed storage first: the run's tab opens the site's favicon (a same-origin
// document that registers no service worker), storage is written there, and Lighthouse then
// loads the page in that tab with disableStorageReset, so localStorage and this tab's
// sessionStorage are what a returning user has.
//
// Nothing is fetched from other hosts: Chromium resolves every host but localhost to
// "not found", and each run's requests are checked (externalRequests).
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, CHROMIUM_ARGS, prepareChromium } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Launches Chromium for Lighthouse; call `close()` when done. */
export async function lighthouseBrowser() {
  const scratch = join(CACHE_DIR, 'scratch');
  mkdirSync(scratch, { recursive: true });
  return puppeteer.launch({
    executablePath: await prepareChromium(),
    headless: 'shell',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'],
    env: { ...process.env, TMPDIR: scratch },
  });
}

/**
 * One Lighthouse run of `url` in a fresh context. `seed` (optional) is { local, session }:
 * key → string maps written before the run. Returns the figures of the report.
 */
export async function runLighthouse(browser, url, seed) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (seed) {
      await page.goto(new URL('/favicon.svg', url).href);
      await page.evaluate(({ local, session }) => {
        for (const [k, v] of Object.entries(local ?? {})) localStorage.setItem(k, v);
        for (const [k, v] of Object.entries(session ?? {})) sessionStorage.setItem(k, v);
      }, seed);
    }
    const result = await lighthouse(
      url,
      { output: 'json', logLevel: 'error', disableStorageReset: true, onlyCategories: CATEGORIES },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return figures(result.lhr, new URL(url).origin);
  } finally {
    await context.close();
  }
}

function figures(lhr, origin) {
  const score = (id) => (lhr.categories[id]?.score == null ? 'n/a' : Math.round(lhr.categories[id].score * 100));
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytesOf = (type) =>
    requests.filter((r) => type === undefined || r.resourceType === type).reduce((s, r) => s + (r.transferSize ?? 0), 0);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    bytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
    /** Transferred bytes (gzip as sent) by resource type: Document, Stylesheet, Script, … */
    byType: { html: bytesOf('Document'), css: bytesOf('Stylesheet'), js: bytesOf('Script') },
    scripts: requests.filter((r) => r.resourceType === 'Script').map((r) => ({ url: r.url, bytes: r.transferSize ?? 0 })),
    /** The HTML and the stylesheets (URLs), for the first-round-trip budget. */
    stylesheets: requests.filter((r) => r.resourceType === 'Stylesheet').map((r) => ({ url: r.url, bytes: r.transferSize ?? 0 })),
    htmlCss: requests.filter((r) => r.resourceType === 'Document' || r.resourceType === 'Stylesheet').map((r) => r.url),
    externalRequests: requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
    failing,
    runtimeError: lhr.runtimeError?.message,
    /** Lighthouse's measure of this machine's CPU speed (higher is faster); TBT scales with it. */
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    warnings: lhr.runWarnings ?? [],
  };
}

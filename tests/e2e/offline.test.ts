/**
 * Offline after one visit: the start page is visited once, the service worker becomes active,
 * the browser goes offline, and then every page opens (also pages never visited), search
 * works, a factor is answered (and shows in its chapter), /profil/ draws its chart, /rapport/ prints to PDF, /workshop/ and
 * /jamfor/ read files. No console error, no request leaves localhost. Also: the manifest, the
 * request for persistent storage when the first assessment is created, and the status box on
 * /om-dina-uppgifter/.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { sitePages, waitForActiveWorker } from './offline-helpers';
import { installability } from '../../scripts/lib/installability.mjs';
import { offline } from '../../src/i18n/sv/offline';

afterAll(closeBrowser);

const dist = process.env.TSI_OUT ?? 'dist';
const workshopFiles = [
  'deltagare-1-skola.json',
  'deltagare-2-socialtjanst.json',
  'deltagare-3-elevhalsa.json',
  'deltagare-4-polis.json',
].map((f) => resolve('tests/fixtures/workshop', f));

/** Counts calls of navigator.storage.persist() in every page of the context. */
const COUNT_PERSIST = () => {
  const original = navigator.storage.persist.bind(navigator.storage);
  navigator.storage.persist = () => {
    localStorage.setItem('test:persist-calls', String(Number(localStorage.getItem('test:persist-calls') ?? 0) + 1));
    return original();
  };
};

describe('offline after one visit', () => {
  it('opens every page, searches, answers a factor, draws, prints and reads files with the network off', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    await context.addInitScript(COUNT_PERSIST);
    await page.goto(url(''));
    expect(await waitForActiveWorker(page)).toBe(url(''));

    const failed: string[] = [];
    // Requests cancelled because the test navigates on (net::ERR_ABORTED) are not failures.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(r.url()));
    await context.setOffline(true);
    // Really offline: a URL the site does not have cannot be fetched (Chromium logs that one
    // failed request as a console error; it is the only one expected).
    expect(
      await page.evaluate(
        (u) =>
          fetch(u).then(
            () => 'fetched',
            () => 'failed',
          ),
        url('finns-inte/'),
      ),
    ).toBe('failed');
    expect(failed).toEqual([url('finns-inte/')]);
    expect(errors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    errors.length = 0;
    failed.length = 0;

    // Every page, most of them never visited, comes from the service worker.
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('framgangsfaktorer/folj-upp-resultatet/');
    for (const p of pages) {
      const response = await page.goto(url(p));
      expect(response?.status(), p).toBe(200);
      expect(response?.fromServiceWorker(), p).toBe(true);
      await page.locator('h1').first().waitFor({ timeout: 10_000 });
    }

    // Search: Pagefind's index and wasm from the cache (pagefind-entry.json?ts=… included).
    await page.goto(url(`sok/?q=${encodeURIComponent('tvärprofessionella')}`));
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/träff/);

    // Self-assessment: start one and answer factor 1.
    await page.goto(url('sjalvskattning/'));
    await page.locator('#start-org').fill('Nätlösa kommunen');
    await page.locator('#start-heading ~ form button[type=submit]').click();
    await page.locator('#flow-heading').waitFor();
    await page.locator('input[name="flow-1-level"]').nth(2).check();
    await expect
      .poll(
        () => page.evaluate(() => JSON.parse(localStorage.getItem('tsi-boken:assessments') ?? '{}').assessments?.[0]?.answers),
        { timeout: 10_000 },
      )
      .toMatchObject({ 'prioritera-forebyggande-arbetet': { level: 2 } });
    // The first assessment made the site ask the browser to keep the data, once.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('test:persist-calls')), { timeout: 10_000 }).toBe('1');

    // The chapter's assessment: its script (loaded when scrolled near) comes from the cache too.
    await page.goto(url('framgangsfaktorer/prioritera-forebyggande-arbetet/'));
    await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
    await page.locator('.assess-chapter fieldset').waitFor({ timeout: 10_000 });
    expect(await page.locator('.assess-chapter input[type=radio][value="2"]').isChecked()).toBe(true);

    // Profile with its chart.
    await page.goto(url('profil/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 15_000 });

    // Report, printed to PDF.
    await page.goto(url('rapport/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 15_000 });
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.text).toContain('Nätlösa kommunen');

    // Workshop: participant files.
    await page.goto(url('workshop/'));
    await page.setInputFiles('#wk-files', workshopFiles);
    await expect.poll(() => page.locator('.wk-people tbody tr').count(), { timeout: 10_000 }).toBe(4);

    // Compare: the same files as municipalities' assessments.
    await page.goto(url('jamfor/'));
    await page.setInputFiles('#cmp-files', workshopFiles);
    await expect.poll(() => page.locator('.cmp-table tbody tr').count(), { timeout: 10_000 }).toBe(4);

    // No update line on an unchanged site, and no request failed.
    expect(await page.locator('.offline-update__text').textContent()).toBe('');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('has a Swedish manifest whose start URL and scope are the site, with the icons browsers ask for', async () => {
    const { page, context, errors } = await newPage();
    await page.goto(url(''));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate((h) => fetch(h!).then((r) => r.json()), href);
    expect(manifest).toMatchObject({
      name: 'TSI-boken digital',
      short_name: 'TSI-boken',
      lang: 'sv',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of icons) expect(await page.evaluate((s) => fetch(s).then((r) => r.status), icon.src), icon.src).toBe(200);
    expect(await page.locator('meta[name="theme-color"]').count()).toBe(2);
    // Chromium's install criteria, on the manifest as Chromium parsed it (scripts/lib/installability.mjs).
    await waitForActiveWorker(page);
    const checks = await installability(page);
    expect(checks.filter((c) => !c.ok).map((c) => `${c.check}: ${c.detail}`)).toEqual([]);
    expect(checks.length).toBeGreaterThan(10);
    // …which do fail where there is no manifest.
    const control = await context.newPage();
    await control.goto(url('pagefind/pagefind-entry.json'));
    expect((await installability(control)).filter((c) => !c.ok).map((c) => c.check)).toEqual(
      expect.arrayContaining([
        'Manifest linked and parsed without errors',
        'Icon of 192×192 px (PNG that loads)',
        'Display standalone, fullscreen or minimal-ui',
      ]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/om-dina-uppgifter/ says whether the browser keeps the data, how much is stored, and that a file is the safe copy', async () => {
    const s = offline.status;
    const { page, context, errors, externalRequests } = await newPage();
    await page.goto(url('sjalvskattning/'));
    await page.locator('#start-org').fill('Lagringskommunen');
    await page.locator('#start-heading ~ form button[type=submit]').click();
    await page.locator('#flow-heading').waitFor();

    await page.goto(url('om-dina-uppgifter/'));
    const box = page.locator('.storage-status');
    await expect.poll(() => box.locator('li').first().textContent(), { timeout: 10_000 }).not.toBe(s.loading);
    const granted = await page.evaluate(() => navigator.storage.persisted());
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(granted ? s.persisted : s.notPersisted);
    expect(text).toContain(s.saved(1));
    expect(text).toMatch(/Det du har skrivit i verktygen tar ungefär \d+ (byte|kB)\./);
    expect(text).toMatch(/Totalt använder webbplatsen ungefär [\d,]+ (byte|kB|MB) i webbläsaren/);
    expect(text).toContain(s.safeCopy);
    // The worker finishes installing (precaching the whole site) in the background.
    await expect.poll(async () => (await box.innerText()).includes(s.offlineReady), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#storage-status-ask').isVisible()).toBe(!granted);
    expect(await axeViolations(page)).toEqual([]);

    // Pressing the button asks again; the browser's answer is shown. (Playwright's contexts are
    // like private windows, where Chromium always says no.)
    if (!granted) {
      await page.locator('#storage-status-ask').click();
      await expect.poll(async () => (await box.innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toContain(s.askDenied);
    }
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('/om-dina-uppgifter/ says so when the browser has promised to keep the data', async () => {
    const s = offline.status;
    const { page, context, errors, externalRequests } = await newPage();
    // A browser that has granted persistent storage (Chromium does so by itself, e.g. for an
    // installed app or a bookmarked site; a test context cannot get there).
    await context.addInitScript(() => {
      navigator.storage.persisted = () => Promise.resolve(true);
      navigator.storage.persist = () => Promise.resolve(true);
    });
    await page.goto(url('om-dina-uppgifter/'));
    const box = page.locator('.storage-status');
    await expect.poll(async () => (await box.innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toContain(s.persisted);
    expect(await box.innerText()).toContain(s.none);
    expect(await page.locator('#storage-status-ask').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

/**
 * Updates without surprises: a copy of the built site is served, visited once (the service
 * worker becomes active), and someone starts typing on a page. Then a new version is
 * published: one page changes and the build's service-worker step runs again over the copy
 * (exactly what `scripts/build.mjs` does last; the Astro build itself is not repeated, to spare
 * the shared machine). The open page must show the one update line in a polite live region,
 * keep the typed text and never reload by itself, also when a second tab's button lets the new
 * version take over. Pressing the line's button loads the new version, and the stored
 * assessments are still there. Last, the removal worker
 * (scripts/sw-remove.js, README) replaces sw.js: the worker and its cache go, the data stays.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { buildServiceWorker } from '../../scripts/lib/service-worker.mjs';
import { axeViolations, closeBrowser, newPage, trackedPage } from './browser';
import { waitForActiveWorker } from './offline-helpers';
import { offline } from '../../src/i18n/sv/offline';

const dist = process.env.TSI_OUT ?? 'dist';
const stored = JSON.parse(readFileSync('tests/fixtures/v1-stored.json', 'utf8')) as Record<string, string>;
let dir = '';
let site = '';
let server: Server | undefined;
let siteUrl = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsi-offline-update-'));
  site = join(dir, 'site');
  cpSync(dist, site, { recursive: true });
  const s = (await serve({ dir: site, port: 0 })) as { server: Server; url: string };
  server = s.server;
  siteUrl = s.url;
});

/** A page on the copied site, controlled by its worker, with the v1 stored fixture in storage. */
async function openWithData() {
  const tracked = await newPage();
  await tracked.page.goto(siteUrl);
  await waitForActiveWorker(tracked.page);
  await tracked.page.evaluate((data) => {
    for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
  }, stored);
  return tracked;
}

afterAll(async () => {
  await closeBrowser();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a new version is published while the site is open', () => {
  it('shows one calm update line, keeps typed text, never reloads by itself; the button loads the new version', async () => {
    const { page, context, errors, externalRequests } = await openWithData();

    // The next page is controlled by the worker, as on every visit after the first.
    await page.goto(`${siteUrl}om-tsi/`);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    let navigations = 0;
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations++);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.locator('#site-search-q').fill('samverkan i län');
    await page.locator('#site-search-q').focus();
    const line = page.locator('.offline-update__text');
    expect(await line.textContent()).toBe('');

    // Publish a new version: one page changed, the worker rebuilt.
    const before = readFileSync(join(site, 'sw.js'), 'utf8');
    const pagePath = join(site, 'om-tsi', 'index.html');
    writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace('<h1', '<p id="ny-version">Ny version</p><h1'));
    await buildServiceWorker({ dir: site, base: '/' });
    expect(readFileSync(join(site, 'sw.js'), 'utf8')).not.toBe(before);

    // The page looks for a new version when it comes back online (also when shown again, and
    // every half hour).
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toBe(offline.update.line);
    expect(await line.getAttribute('aria-live')).toBe('polite');
    expect(await line.getAttribute('aria-atomic')).toBe('true');
    expect(await line.getAttribute('role')).toBeNull(); // the tools' own status stays the page's first role=status
    expect(await page.locator('dialog, [role="dialog"], [role="alertdialog"]').count()).toBe(0);
    const button = page.getByRole('button', { name: offline.update.reload });
    expect(await button.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing reloads by itself: the typed text, focus and the page's own state stay.
    await page.waitForTimeout(2_000);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.locator('#site-search-q').inputValue()).toBe('samverkan i län');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(await page.locator('#ny-version').count()).toBe(0);

    // A second tab shows the same line; pressing its button reloads that tab only.
    const other = await trackedPage(context);
    await other.page.goto(`${siteUrl}om-tsi/`);
    await expect
      .poll(() => other.page.locator('.offline-update__text').textContent(), { timeout: 20_000 })
      .toBe(offline.update.line);
    expect(await other.page.locator('#ny-version').count()).toBe(0); // still the old version
    await Promise.all([other.page.waitForEvent('load'), other.page.getByRole('button', { name: offline.update.reload }).click()]);
    await other.page.locator('#ny-version').waitFor();
    await page.waitForTimeout(2_000);
    expect(navigations).toBe(0);
    expect(await page.locator('#site-search-q').inputValue()).toBe('samverkan i län');
    expect(await line.textContent()).toBe(offline.update.line);
    expect(other.errors).toEqual([]);
    await other.page.close();

    // The user chooses to reload: the new version, the stored data unchanged, no line.
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await page.locator('#ny-version').waitFor();
    expect(navigations).toBe(1);
    const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    for (const [k, v] of Object.entries(stored)) expect(after[k], k).toBe(v);
    await page.waitForTimeout(1_000);
    expect(await page.locator('.offline-update__text').textContent()).toBe('');
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('a withdrawn deployment: scripts/sw-remove.js in place of sw.js empties the cache and unregisters, data kept', async () => {
    const { page, context, errors, externalRequests } = await openWithData();
    expect((await page.evaluate(() => caches.keys())).some((k) => k.includes('precache'))).toBe(true);

    cpSync('scripts/sw-remove.js', join(site, 'sw.js'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), { timeout: 20_000 })
      .toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 }).toEqual([]);
    // The open page was not reloaded; the next one comes from the server.
    const response = await page.goto(`${siteUrl}om-tsi/`);
    expect(response?.fromServiceWorker()).toBe(false);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(false);
    const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    for (const [k, v] of Object.entries(stored)) expect(after[k], k).toBe(v);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

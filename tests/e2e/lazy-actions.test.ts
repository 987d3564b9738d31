/**
 * Code that is not in a tool page's first load (issue 15) and loads on first use:
 * /sjalvskattning/'s file and share link code (src/islands/assessment/file-actions.ts, on the
 * first click on Exportera, Dela som länk or a file to import), the rarer storage notices
 * (kit/StorageNoticesView.tsx, when the stored data needs one) and /workshop/'s group code
 * (workshop/loaded.ts, with the first participant or on the first save). The first click must
 * still do its work (no lost click), offline too, and when the code cannot be fetched the user is
 * told so in Swedish instead of nothing happening.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage, url } from './browser';
import { waitForActiveWorker } from './offline-helpers';

afterAll(closeBrowser);

const KEY = 'tsi-boken:assessments';
const fixture = readFileSync('tests/fixtures/v1-export.json', 'utf8');
const ORG = JSON.parse(fixture).assessments[0].organisation as string;
/** The chunks that read and write files and links (the entry file-actions and what only it needs). */
const FILE_CODE = /\/_astro\/(file-actions|io|share|import)\.[\w-]+\.js$/;
const LOAD_FAILED = 'Det gick inte att hämta den del av sidan som behövs för det här.';

/** Opens /sjalvskattning/ with the fixture's two assessments stored; returns the file code requests seen. */
async function openWithData(page: Page): Promise<string[]> {
  await page.goto(url('sjalvskattning/'));
  await page.evaluate(([k, doc]) => localStorage.setItem(k!, doc!), [KEY, fixture]);
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (FILE_CODE.test(path)) requested.push(path);
  });
  await page.reload();
  await page.locator('#list-heading').waitFor();
  await page.waitForLoadState('networkidle');
  return requested;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const exportButton = (page: Page) => page.getByRole('button', { name: new RegExp(`^Exportera ${ORG}.* som fil$`) });
const shareButton = (page: Page) => page.getByRole('button', { name: new RegExp(`^Dela som länk: ${ORG}`) });

describe('file and link code loads on first use', () => {
  it('the first click on Exportera downloads the file; the code was not loaded before', async () => {
    const { page, errors, context } = await newPage();
    const requested = await openWithData(page);
    expect(requested).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).first().press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^sjalvskattning-testkommun-a-.*\.json$/);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).assessments[0].organisation).toBe(ORG);
    expect(requested.some((p) => /file-actions/.test(p))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the first click on Dela som länk shows the link and moves focus to it', async () => {
    const { page, errors, context } = await newPage();
    const requested = await openWithData(page);
    expect(requested).toEqual([]);

    await shareButton(page).first().press('Enter');
    await page.locator('#share-url').waitFor();
    expect(await page.locator('#share-url').inputValue()).toMatch(/\/sjalvskattning\/#dela=2\./);
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('share-heading');
    expect(requested.some((p) => /file-actions/.test(p))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the first file picked is imported; the code was not loaded before', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url('sjalvskattning/'));
    const requested: string[] = [];
    page.on('request', (r) => {
      if (FILE_CODE.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await page.locator('#start-heading').waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);

    await page
      .locator('#import-file')
      .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
    await page.locator('#notice').waitFor();
    expect(await page.locator('#notice').innerText()).toContain('2 självskattningar är importerade.');
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('notice');
    expect(requested.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the rarer storage notices load only when one is needed', () => {
  const NOTICES = /\/_astro\/StorageNoticesView\.[\w-]+\.js$/;
  async function open(page: Page, stored: string): Promise<string[]> {
    await page.goto(url('sjalvskattning/'));
    await page.evaluate(([k, doc]) => localStorage.setItem(k!, doc!), [KEY, stored]);
    const requested: string[] = [];
    page.on('request', (r) => {
      if (NOTICES.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await page.reload();
    await page.locator('#start-heading').waitFor();
    await page.waitForLoadState('networkidle');
    return requested;
  }

  it('readable data: no notice and no notice code', async () => {
    const { page, errors, context } = await newPage();
    expect(await open(page, fixture)).toEqual([]);
    expect(await page.locator('.notice--warn').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('unreadable data: the notice with its download is in the first view', async () => {
    const { page, errors, context } = await newPage();
    // The island draws nothing but its placeholder until the notice can be drawn with it.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: boolean[] };
      w.__seen = [];
      new MutationObserver(() => {
        if (document.querySelector('#start-heading')) w.__seen.push(!!document.querySelector('.notice--warn button'));
      }).observe(document, { childList: true, subtree: true });
    });
    expect((await open(page, '{"kaputt')).length).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain('som inte gick att läsa');
    const seen = await page.evaluate(() => (window as unknown as { __seen: boolean[] }).__seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offline after one visit (the service worker has every chunk)', () => {
  it('Exportera, Dela som länk and Importera work on the first click with the network off', async () => {
    const { page, context, errors } = await newPage();
    await page.goto(url(''));
    expect(await waitForActiveWorker(page)).toBe(url(''));
    await context.setOffline(true);
    const requested = await openWithData(page);
    expect(requested).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).first().press('Enter')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).assessments[0].organisation).toBe(ORG);
    await shareButton(page).first().press('Enter');
    await page.locator('#share-url').waitFor();
    expect(await page.locator('#share-url').inputValue()).toMatch(/#dela=2\./);
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
    await page.locator('#conflict-heading').waitFor(); // the same two assessments: it asks
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('when the file code cannot be fetched', () => {
  it('Exportera, Dela som länk and Importera say so in Swedish, and nothing changes', async () => {
    // No service worker (it would answer from its cache), and the file code's chunk fails.
    const { page, context } = await newPage({ serviceWorkers: 'block' });
    await page.route(/\/_astro\/file-actions\.[\w-]+\.js$/, (r) => r.abort());
    await openWithData(page);
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);

    await exportButton(page).first().press('Enter');
    const alert = page.locator('.assess-list [role=alert]').first();
    await alert.waitFor();
    expect(await alert.innerText()).toContain(LOAD_FAILED);

    await shareButton(page).first().press('Enter');
    await page.locator('#share-heading').waitFor();
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('share-heading');
    expect(await page.locator('.assess-share').innerText()).toContain(LOAD_FAILED);
    expect(await page.locator('#share-url').count()).toBe(0);

    await page
      .locator('#import-file')
      .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
    await page.locator('#notice').waitFor();
    const notice = await page.locator('#notice').innerText();
    expect(notice).toContain('Filen kunde inte importeras');
    expect(notice).toContain(LOAD_FAILED);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    await context.close();
  });
});

describe('/workshop/: the group code loads with the first participant, or on the first save', () => {
  const GROUP_CODE = /\/_astro\/loaded\.[\w-]+\.js$/;
  async function openWorkshop(page: Page): Promise<string[]> {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (GROUP_CODE.test(new URL(r.url()).pathname)) requested.push(r.url());
    });
    await page.goto(url('workshop/'));
    await page.locator('#wk-org').waitFor();
    await page.waitForLoadState('networkidle');
    return requested;
  }

  it('saving the group before any participant is loaded works on the first click', async () => {
    const { page, errors, context } = await newPage();
    const requested = await openWorkshop(page);
    expect(requested).toEqual([]);

    await page.locator('#wk-org').fill('Tomkommun');
    await page.getByRole('button', { name: 'Spara gruppens skattning' }).press('Enter');
    await page.locator('#wk-group-msg p').waitFor();
    expect(await page.locator('#wk-group-msg').innerText()).toContain('Gruppens skattning är skapad och vald.');
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').assessments, KEY);
    expect(stored).toMatchObject([{ kind: 'consensus', organisation: 'Tomkommun' }]);
    expect(requested.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so in Swedish when that code cannot be fetched, and stores nothing', async () => {
    const { page, context } = await newPage({ serviceWorkers: 'block' });
    await page.route(GROUP_CODE, (r) => r.abort());
    await openWorkshop(page);
    await page.locator('#wk-org').fill('Tomkommun');
    await page.getByRole('button', { name: 'Spara gruppens skattning' }).press('Enter');
    await page.locator('#wk-group-msg p').waitFor();
    expect(await page.locator('#wk-group-msg').innerText()).toContain('en del av sidan gick inte att hämta');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await context.close();
  });
});

/**
 * Issue 10 ("Nothing lost, ever"), the tab cases, with two real pages in one browser context
 * (one localStorage, real `storage` events, real Web Locks) and, for case 1, a REAL quota error:
 * localStorage is filled with a filler key until setItem throws, then about 1 KB is left free.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, trackedPage, url, type TrackedPage } from './browser';

afterAll(closeBrowser);

const KEY = 'tsi-boken:assessments';
const ACTIVE = 'tsi-boken:active';
const FILLER = 'e2e-filler';
const fixtureDoc = JSON.parse(readFileSync('tests/fixtures/v1-export.json', 'utf8'));
const base = fixtureDoc.assessments[0];
const F1 = 'prioritera-forebyggande-arbetet';
const F2 = 'kartlagg-problembilden';

interface Stored {
  id: string;
  organisation: string;
  answers: Record<string, { level?: unknown; evidence?: string; nextStep?: string }>;
}

const assessment = (id: string, organisation: string) => ({ ...base, id, organisation, title: '', answers: {} });

async function seed(page: Page, assessments: unknown[], active?: string) {
  await page.goto(url(''));
  await page.evaluate(
    ([k, a, doc, id]) => {
      localStorage.setItem(k!, doc!);
      if (id) localStorage.setItem(a!, id);
    },
    [KEY, ACTIVE, JSON.stringify({ ...fixtureDoc, assessments }), active ?? ''],
  );
}

async function storedList(page: Page): Promise<Stored[]> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return raw ? JSON.parse(raw).assessments : [];
}

/** Two tabs of one browser (one storage), each with console errors and requests tracked. */
async function twoTabs(): Promise<{ a: TrackedPage; b: TrackedPage; context: BrowserContext }> {
  const a = await newPage();
  const b = await trackedPage(a.context);
  return { a, b, context: a.context };
}

async function openChapter(page: Page, factor: string) {
  await page.goto(url(`framgangsfaktorer/${factor}/`));
  await page.locator('.assess-chapter').scrollIntoViewIfNeeded(); // the island loads when visible
  await page.locator('.assess-chapter fieldset').waitFor();
}

/**
 * Fills localStorage with one filler key until setItem throws (a real QuotaExceededError), then
 * shrinks it so that about `free` characters fit. Returns the filler's length.
 */
async function fillStorage(page: Page, free: number): Promise<number> {
  return page.evaluate(
    ([key, leave]) => {
      let lo = 0;
      let hi = 1;
      const fits = (n: number) => {
        try {
          localStorage.setItem(key, 'x'.repeat(n));
          return true;
        } catch (e) {
          if ((e as DOMException).name !== 'QuotaExceededError') throw e;
          return false;
        }
      };
      while (fits(hi)) hi *= 2;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      localStorage.setItem(key, 'x'.repeat(lo - leave));
      return lo - leave;
    },
    [FILLER, free] as const,
  );
}

describe('case 1: a full storage never makes a tab overwrite another tab’s answers', () => {
  it('A cannot save a long text, B saves a level, A shortens the text: both answers are stored', async () => {
    const { a, b, context } = await twoTabs();
    await seed(a.page, [assessment('x', 'Kvotkommun')], 'x');
    await openChapter(a.page, F1);
    await openChapter(b.page, F2);
    const filler = await fillStorage(a.page, 1024);
    expect(filler).toBeGreaterThan(1_000_000);
    // A real quota error, not a patched setItem: 3 000 characters do not fit.
    expect(
      await a.page.evaluate(() => {
        try {
          localStorage.setItem('probe', 'p'.repeat(3000));
          return 'stored';
        } catch (e) {
          return (e as DOMException).name;
        }
      }),
    ).toBe('QuotaExceededError');

    await a.page.getByLabel('Hur vet vi det?').fill('Lång text. '.repeat(273)); // 3 003 characters
    await a.page.getByText('Svaren kan inte sparas i webbläsaren just nu').waitFor(); // A warns

    await b.page.getByLabel(/Nivå 3/).check();
    await expect.poll(async () => (await storedList(b.page))[0]?.answers[F2]?.level).toBe(3);

    await a.page.getByLabel('Hur vet vi det?').fill('Kort text.');
    await expect.poll(async () => (await storedList(a.page))[0]?.answers[F1]?.evidence).toBe('Kort text.');
    const stored = (await storedList(a.page))[0]!;
    expect(stored.answers[F2]?.level).toBe(3); // before the fix: null (A wrote its stale list back)
    await a.page.getByText('Svaren kan inte sparas i webbläsaren just nu').waitFor({ state: 'detached' });
    expect(await b.page.getByLabel(/Nivå 3/).isChecked()).toBe(true);
    expect(await a.page.evaluate((k) => localStorage.getItem(k)?.length, FILLER)).toBe(filler); // nothing else touched
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('case 2: two tabs typing at once lose no characters', () => {
  it('each tab types into its own field at the same time; every character is stored and shown', async () => {
    const { a, b, context } = await twoTabs();
    await seed(a.page, [assessment('x', 'Skrivkommun')], 'x');
    await openChapter(a.page, F1);
    await openChapter(b.page, F1);
    const textA = 'Flik A skriver här, tecken för tecken, medan flik B också skriver.';
    const textB = 'Tab B skriver där, samtidigt, och inget tecken får försvinna.';
    await Promise.all([
      a.page.getByLabel('Hur vet vi det?').pressSequentially(textA, { delay: 15 }),
      b.page.getByLabel('Nästa steg').pressSequentially(textB, { delay: 15 }),
    ]);
    // What each tab typed is what its field shows (never reset from the other tab's copy) …
    expect(await a.page.getByLabel('Hur vet vi det?').inputValue()).toBe(textA);
    expect(await b.page.getByLabel('Nästa steg').inputValue()).toBe(textB);
    // … and what is stored; each tab shows the other's text too.
    await expect
      .poll(async () => {
        const s = (await storedList(a.page))[0]!.answers[F1];
        return [s?.evidence, s?.nextStep];
      })
      .toEqual([textA, textB]);
    await a.page.keyboard.press('Tab');
    await expect.poll(() => a.page.getByLabel('Nästa steg').inputValue()).toBe(textB);
    await expect.poll(() => b.page.getByLabel('Hur vet vi det?').inputValue()).toBe(textA);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('case 7: a tab that meets a newer stored version stops writing', () => {
  it('refuses every write, moves nothing aside, and tells the user to reload', async () => {
    const { a, b, context } = await twoTabs();
    const four = ['n1', 'n2', 'n3', 'n4'].map((id) => assessment(id, `Kommun ${id}`));
    await seed(a.page, four.slice(0, 3), 'n1');
    await openChapter(a.page, F1);
    // Another tab, running a newer version of the site, writes version 99.
    await b.page.goto(url(''));
    const newer = JSON.stringify({ ...fixtureDoc, schemaVersion: 99, assessments: four });
    await b.page.evaluate(([k, raw]) => localStorage.setItem(k!, raw!), [KEY, newer]);
    await a.page.getByText('En nyare version av webbplatsen har sparat uppgifter').waitFor();
    expect(await a.page.locator('.assess-chapter [role=alert]').innerText()).toContain('Ladda om sidan');
    await a.page.getByLabel(/Nivå 2/).check();
    await a.page.getByLabel('Hur vet vi det?').fill('Skrivs inte.');
    await a.page.goto(url('sjalvskattning/')); // leaving the page (pagehide) writes nothing either
    await a.page.locator('.assess [role=alert]').waitFor();
    expect(await a.page.locator('.assess [role=alert]').innerText()).toContain('Ladda om sidan');
    const all = await a.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(all[KEY]).toBe(newer);
    expect(Object.keys(all).filter((k) => k.startsWith('tsi-boken:unreadable:'))).toEqual([]);
    expect(await axeViolations(a.page)).toEqual([]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('case 9: two stored assessments with the same id', () => {
  it('are split (the later one gets a new id) with a notice, and an edit of one leaves the other alone', async () => {
    const { page, errors, context } = await newPage();
    await seed(page, [assessment('samma', 'Första kommunen'), assessment('samma', 'Andra kommunen')], 'samma');
    await page.goto(url('sjalvskattning/'));
    await page.getByText('Två sparade självskattningar hade samma id').waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Första kommunen');
    expect(main).toContain('Andra kommunen');
    const split = await storedList(page);
    expect(split.map((x) => x.organisation)).toEqual(['Första kommunen', 'Andra kommunen']);
    expect(split[0]!.id).toBe('samma');
    expect(split[1]!.id).not.toBe('samma');
    expect(await axeViolations(page)).toEqual([]);

    await openChapter(page, F1); // the active one is 'samma', the first
    await page.getByLabel(/Nivå 4/).check();
    await expect.poll(async () => (await storedList(page))[0]?.answers[F1]?.level).toBe(4);
    const after = await storedList(page);
    expect(after[1]).toEqual(split[1]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('case 10: one decoder for files on every page', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const doc = (id: string) => JSON.stringify({ ...fixtureDoc, assessments: [{ ...base, id, organisation: 'Åre kommun' }] });

  it('a Latin-1 file is refused with a message on saving as UTF-8; UTF-16 with a BOM imports', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url('sjalvskattning/'));
    await page.locator('#import-file').waitFor({ state: 'attached' });
    const latin1 = Buffer.from(doc('latin'), 'latin1'); // Å as the single byte 0xC5
    await page.locator('#import-file').setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
    await page.locator('#notice').waitFor();
    expect(await page.locator('#notice').innerText()).toContain('inte sparad som UTF-8');
    expect(await storedList(page)).toEqual([]); // before: stored as "�re kommun", "importerad"
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16le(doc('utf16')) });
    await expect.poll(async () => (await storedList(page)).map((a) => a.organisation)).toEqual(['Åre kommun']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/workshop/ reads the same UTF-16 file and refuses the same Latin-1 file', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url('workshop/'));
    await page.waitForSelector('#wk-files');
    await page.setInputFiles('#wk-files', [
      { name: 'utf16.json', mimeType: 'application/json', buffer: utf16le(doc('w16')) },
      { name: 'latin1.json', mimeType: 'application/json', buffer: Buffer.from(doc('wl1'), 'latin1') },
    ]);
    await page.locator('.wk-problems li').waitFor();
    expect(await page.locator('.wk-problems li').innerText()).toMatch(/latin1\.json[\s\S]*inte sparad som UTF-8/);
    expect(await page.locator('.wk-people tbody tr').count()).toBe(1);
    expect(await page.locator('.wk-people tbody').innerText()).toContain('utf16.json');
    expect(errors).toEqual([]);
    await context.close();
  });
});

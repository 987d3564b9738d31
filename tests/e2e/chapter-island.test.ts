/**
 * The assessment at the end of a factor chapter (server markup upgraded by
 * src/islands/assessment/chapter-upgrade.ts, no Preact): it loads only when scrolled near, the
 * start form's error, the level choice by keyboard with its clear button and live messages,
 * storage notices, two tabs typing, dark mode and 320 px, and no CSP violation.
 * The start-to-/sjalvskattning/ path and no-JS are in assessment.test.ts; the tab cases with
 * full or newer storage in data-safety.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, trackedPage, url } from './browser';
import { chapterIsland as s, factorForm as f } from '../../src/i18n/sv/assessment-chapter';
import { MAX_SHORT_TEXT, MAX_TEXT } from '../../src/lib/text-limits';

afterAll(closeBrowser);

const KEY = 'tsi-boken:assessments';
const ACTIVE = 'tsi-boken:active';
const FACTOR = 'tvarprofessionella-team'; // factor 6: ids f6-…, org field bedom-tvarprofessionella-team-org
const CHAPTER = `framgangsfaktorer/${FACTOR}/`;
const fixtureDoc = JSON.parse(readFileSync('tests/fixtures/v1-export.json', 'utf8'));
const base = fixtureDoc.assessments[0];

interface StoredAnswer {
  level?: unknown;
  evidence?: string;
  nextStep?: string;
}

async function seed(context: BrowserContext, organisation: string) {
  const page = await context.newPage();
  await page.goto(url(''));
  const doc = JSON.stringify({ ...fixtureDoc, assessments: [{ ...base, id: 'x', organisation, title: '', answers: {} }] });
  await page.evaluate(([k, a, d]) => (localStorage.setItem(k!, d!), localStorage.setItem(a!, 'x')), [KEY, ACTIVE, doc]);
  await page.close();
}

async function answer(page: Page): Promise<StoredAnswer | undefined> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return raw ? JSON.parse(raw).assessments[0]?.answers[FACTOR] : undefined;
}

async function openChapter(page: Page, ready = '.assess-chapter fieldset') {
  await page.goto(url(CHAPTER));
  await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
  await page.locator(ready).waitFor();
}

const live = (page: Page) => page.locator('.assess-chapter [role=status]').innerText();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the chapter assessment loads when it nears the viewport', () => {
  it('before: only the heading and the hint, no script for it; after scrolling: the form, with no CSP violation', async () => {
    const { page, errors, externalRequests, context } = await newPage();
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(url(CHAPTER), { waitUntil: 'networkidle' });
    expect(scripts.filter((p) => p.includes('chapter-upgrade'))).toEqual([]);
    expect(scripts.filter((p) => /preact|client\./.test(p))).toEqual([]);
    expect(await page.locator('.assess-chapter').innerText()).toContain(s.noJs);
    expect(await page.locator('.assess-chapter form, .assess-chapter fieldset, .assess-chapter input').count()).toBe(0);

    await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
    await page.locator('.assess-chapter form').waitFor();
    expect(scripts.filter((p) => p.includes('chapter-upgrade'))).toHaveLength(1);
    expect(scripts.filter((p) => /preact|client\./.test(p))).toEqual([]);
    const text = await page.locator('.assess-chapter').innerText();
    expect(text).not.toContain(s.noJs);
    expect(text).toContain(s.noActive);
    expect(await page.locator('.assess-chapter template').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('when its script cannot be fetched, the hint says so in Swedish instead of asking for JavaScript', async () => {
    const { page, context } = await newPage();
    await page.route(/chapter-upgrade\.[\w-]+\.js$/, (r) => r.abort());
    await page.goto(url(CHAPTER), { waitUntil: 'networkidle' });
    await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
    const notice = page.locator('.assess-chapter > .notice');
    await notice.waitFor();
    expect(await notice.innerText()).toBe(s.loadFailed);
    expect(await page.locator('.assess-chapter').innerText()).not.toContain(s.noJs);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the short start form', () => {
  it('empty: a Swedish error in the field, named by aria-describedby, focus on the field; typing removes it; starting announces it', async () => {
    const { page, errors, context } = await newPage();
    await openChapter(page, '.assess-chapter form');
    const org = page.locator('#bedom-tvarprofessionella-team-org');
    expect(await org.getAttribute('aria-describedby')).toBe('bedom-tvarprofessionella-team-org-hint');
    expect(await org.getAttribute('aria-invalid')).toBeNull();
    expect(await org.getAttribute('maxlength')).toBe(String(MAX_SHORT_TEXT));
    expect(await page.locator('.assess-chapter .field__error').count()).toBe(0);
    expect(await page.getByRole('link', { name: s.startFull }).getAttribute('href')).toBe('/sjalvskattning/');

    await page.getByRole('button', { name: s.start }).click();
    expect(await page.locator('#bedom-tvarprofessionella-team-org-error').innerText()).toBe(s.organisationMissing);
    expect(await org.getAttribute('aria-invalid')).toBe('true');
    expect(await org.getAttribute('aria-describedby')).toBe(
      'bedom-tvarprofessionella-team-org-hint bedom-tvarprofessionella-team-org-error',
    );
    expect(await focusedId(page)).toBe('bedom-tvarprofessionella-team-org');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull(); // nothing started

    await page.keyboard.type('Ale');
    expect(await page.locator('.assess-chapter .field__error').count()).toBe(0);
    expect(await org.getAttribute('aria-invalid')).toBeNull();
    expect(await org.getAttribute('aria-describedby')).toBe('bedom-tvarprofessionella-team-org-hint');
    await page.keyboard.type(' kommun');
    await page.keyboard.press('Enter');
    await page.locator('.assess-chapter fieldset').waitFor();
    expect(await live(page)).toBe(s.started);
    // Focus moves on to the first level, not to the page.
    expect(await focusedId(page)).toBe('f6-level-0');
    expect(await page.locator('.assess-chapter__active').innerText()).toBe(
      `${s.activeIn('Ale kommun')} · ${s.progress(0, 10)} · ${s.change}`,
    );
    const list = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).assessments;
    expect(list.map((a: { organisation: string }) => a.organisation)).toEqual(['Ale kommun']);
    expect(await page.evaluate((a) => localStorage.getItem(a), ACTIVE)).toBe(list[0].id);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the level choice and the texts', () => {
  it('arrow keys choose and save at once; the clear button shows only with a level; "saved" is announced; progress follows', async () => {
    const { page, errors, context } = await newPage();
    await seed(context, 'Nivåkommun');
    await openChapter(page);
    const clear = page.getByRole('button', { name: f.clear });
    expect(await clear.isVisible()).toBe(false);
    expect(await page.locator('.af__option--checked').count()).toBe(0);
    expect(await live(page)).toBe('');

    await page.getByLabel(/Nivå 0/).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await answer(page))?.level).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await answer(page))?.level).toBe(2);
    expect(await page.getByLabel(/Nivå 2/).isChecked()).toBe(true);
    expect(await page.locator('.af__option--checked input').getAttribute('value')).toBe('2');
    expect(await live(page)).toBe(s.saved);
    expect(await page.locator('.assess-chapter__active').innerText()).toContain(s.progress(1, 10));
    expect(await clear.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await answer(page))?.level).toBeNull();
    expect(await clear.isVisible()).toBe(false);
    // The button is hidden: focus is back in the level choice, not lost to the page.
    expect(await focusedId(page)).toBe('f6-level-0');
    expect(await page.locator('.af__option--checked').count()).toBe(0);
    expect(await page.locator('.assess-chapter input[type=radio]:checked').count()).toBe(0);
    expect(await page.locator('.assess-chapter__active').innerText()).toContain(s.progress(0, 10));

    for (const label of [f.evidence, f.nextStep])
      expect(await page.getByLabel(label).getAttribute('maxlength')).toBe(String(MAX_TEXT));
    await page.getByLabel(f.nextStep).fill('Boka ett möte.');
    await expect.poll(async () => (await answer(page))?.nextStep).toBe('Boka ett möte.');
    await page.reload();
    await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
    await page.locator('.assess-chapter fieldset').waitFor();
    expect(await page.getByLabel(f.nextStep).inputValue()).toBe('Boka ett möte.');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs on the same chapter', () => {
  it('the text being typed stays while the other tab saves the same field; the rest of the view follows', async () => {
    const { page: a, errors, context } = await newPage();
    await seed(context, 'Tvåflikskommun');
    const other = await trackedPage(context);
    const b = other.page;
    await openChapter(a);
    await openChapter(b);

    await a.getByLabel(f.evidence).focus();
    await a.keyboard.type('Flik A skriver');
    await expect.poll(async () => (await answer(a))?.evidence).toBe('Flik A skriver');
    // B saves the same field, a level and the next step while A's field has focus.
    await b.getByLabel(f.evidence).fill('Flik B sparar');
    await b.getByLabel(/Nivå 3/).check();
    await b.getByLabel(f.nextStep).fill('Steg från B');
    await expect.poll(() => a.getByLabel(f.nextStep).inputValue()).toBe('Steg från B');
    await expect.poll(() => a.getByLabel(/Nivå 3/).isChecked()).toBe(true);
    expect(await a.getByLabel(f.evidence).inputValue()).toBe('Flik A skriver');
    // A types on: its own text is kept and saved (the newest change of the field wins).
    await a.keyboard.type(', och fortsätter.');
    expect(await a.getByLabel(f.evidence).inputValue()).toBe('Flik A skriver, och fortsätter.');
    await expect.poll(async () => (await answer(a))?.evidence).toBe('Flik A skriver, och fortsätter.');
    expect(await answer(a)).toMatchObject({ level: 3, nextStep: 'Steg från B' });
    await expect.poll(() => b.getByLabel(f.evidence).inputValue()).toBe('Flik A skriver, och fortsätter.');

    // Once A leaves the field, it shows what is stored: here B's newer text.
    await b.getByLabel(f.evidence).fill('B skrev sist');
    await expect.poll(async () => (await answer(a))?.evidence).toBe('B skrev sist');
    expect(await a.getByLabel(f.evidence).inputValue()).toBe('Flik A skriver, och fortsätter.');
    await a.keyboard.press('Tab');
    await expect.poll(() => a.getByLabel(f.evidence).inputValue()).toBe('B skrev sist');
    expect([...errors, ...other.errors]).toEqual([]);
    await context.close();
  });
});

describe('storage notices in the chapter', () => {
  it('storage blocked: says answers live only in this tab, and still works', async () => {
    const { page, errors, context } = await newPage();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openChapter(page, '.assess-chapter form');
    expect(await page.locator('.assess-chapter .notice').innerText()).toBe(s.memoryOnly);
    expect(await page.locator('.assess-chapter [role=alert]').count()).toBe(0);
    await page.getByLabel(s.organisation).fill('Minneskommun');
    await page.keyboard.press('Enter');
    await page.getByLabel(/Nivå 1/).check();
    expect(await page.locator('.assess-chapter__active').innerText()).toContain(s.progress(1, 10));
    expect(await page.locator('.assess-chapter .notice').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('unreadable data: kept aside, and a link to /sjalvskattning/ says so', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url(''));
    await page.evaluate((k) => localStorage.setItem(k, '{trasig data'), KEY);
    await openChapter(page, '.assess-chapter form');
    const link = page.getByRole('link', { name: s.unreadable });
    expect(await link.getAttribute('href')).toBe('/sjalvskattning/');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsi-boken:unreadable:')));
    expect(kept).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('dark mode and a narrow screen', () => {
  it('axe-clean in dark mode, with a level chosen and its clear button; no sideways scroll at 320 px', async () => {
    const { page, errors, context } = await newPage({ colorScheme: 'dark', viewport: { width: 320, height: 700 } });
    await seed(context, 'Smal kommun med ett mycket långt namn som måste få plats på en smal skärm');
    await openChapter(page);
    await page.getByLabel(/Nivå 4/).check();
    await page.getByRole('button', { name: f.clear }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(errors).toEqual([]);
    await context.close();
  });
});

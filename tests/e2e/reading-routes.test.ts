/**
 * Every route of the built site (listed from the build, so new pages are covered without
 * touching this file) loads in Chromium with no console error and no CSP violation,
 * no failed request, no request to another host, lang="sv", and no axe violation
 * (wcag2a, wcag2aa, wcag21a, wcag21aa).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url, type TrackedPage } from './browser';
import { htmlFiles, pagePath } from './crawl';

const routes = htmlFiles(process.env.TSI_OUT ?? 'dist').map((f) => pagePath(f, '/').slice(1));

let tracked: TrackedPage;
const failed: string[] = [];

/** CSP violations the page reported (securitypolicyviolation events), besides console errors. */
const violations = (page: TrackedPage['page']) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

beforeAll(async () => {
  tracked = await newPage();
  await tracked.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  tracked.page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  tracked.page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/404.html')) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
});
afterAll(closeBrowser);

describe('every route', () => {
  it('is listed from the build', () => {
    expect(routes).toContain('');
    expect(routes).toContain('framgangsfaktorer/tvarprofessionella-team/');
    expect(routes).toContain('sok/');
    expect(routes).toContain('skriv-ut/');
    // The tools too, so that axe and the error checks below always cover them.
    for (const r of [
      'sjalvskattning/',
      'sjalvskattning/genomfora/',
      'profil/',
      'rapport/',
      'workshop/',
      'jamfor/',
      'om-dina-uppgifter/',
      'tillganglighet/',
    ])
      expect(routes).toContain(r);
  });

  it.each(routes)('/%s loads cleanly and passes axe', async (route) => {
    const { page, errors, externalRequests } = tracked;
    errors.length = 0;
    externalRequests.length = 0;
    failed.length = 0;
    await page.goto(url(route), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('main#innehall').count()).toBe(1);
    expect(await page.locator('h1').count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('/sok/ with a query searches with no console error (CSP allows Pagefind) and stays on localhost', async () => {
    const { page, errors, externalRequests } = tracked;
    errors.length = 0;
    externalRequests.length = 0;
    failed.length = 0;
    await page.goto(url('sok/?q=team'), { waitUntil: 'networkidle' });
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/träff/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});

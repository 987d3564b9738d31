/**
 * Search finds what people type: inflected forms find the same pages, only words that match
 * are marked, and a word that is on no page gives no hits (issue: "tvärprofessionellt" gave 1
 * hit where "tvärprofessionella" gave 9; "SIP" marked the S in "T, S och I"; "barnkonventionen"
 * listed pages that only say "barn").
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage, url } from './browser';

afterAll(closeBrowser);

async function search(page: Page, q: string) {
  await page.goto(url(`sok/?q=${encodeURIComponent(q)}`));
  await page.waitForFunction(() => {
    const t = document.getElementById('search-status')?.textContent ?? '';
    return t !== '' && !t.includes('Söker');
  });
  const items = page.locator('#search-results > li');
  const results = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      title: li.querySelector('h2')?.textContent ?? '',
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      marks: [...li.querySelectorAll('p mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { status: (await page.locator('#search-status').textContent()) ?? '', results };
}

describe('search', () => {
  it('finds the same pages for inflected forms of a word, and marks the forms', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    const a = await search(page, 'tvärprofessionellt');
    const b = await search(page, 'tvärprofessionella');
    expect(a.results.length).toBeGreaterThan(1);
    expect(a.results.map((r) => r.href)).toEqual(b.results.map((r) => r.href));
    for (const r of a.results) {
      expect(r.marks.length, r.title).toBeGreaterThan(0);
      for (const m of r.marks) expect(m.toLowerCase().startsWith('tvärprofessionell'), m).toBe(true);
    }
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('finds the law page first for "SIP", "barnkonventionen" and "socialtjänstlagen"', async () => {
    const { page, context, errors } = await newPage();
    for (const q of ['SIP', 'barnkonventionen', 'socialtjänstlagen']) {
      const { results } = await search(page, q);
      expect(results.length, q).toBeGreaterThan(0);
      expect(results[0]!.href, q).toMatch(/\/lagar-och-regler\/$/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks only whole words that match, and lists only pages that hold the word', async () => {
    const { page, context, errors } = await newPage();
    for (const [q, stem] of [
      ['SIP', 'sip'],
      ['barnkonventionen', 'barnkonvention'],
      ['socialtjänstlagen', 'socialtjänstlag'],
    ] as const) {
      const { status, results } = await search(page, q);
      if (!results.length) expect(status).toContain('Inga träffar');
      for (const r of results) {
        expect(r.marks.length, `${q}: ${r.title}`).toBeGreaterThan(0);
        for (const m of r.marks) expect(m.toLowerCase().startsWith(stem), `${q}: mark "${m}" in ${r.title}`).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

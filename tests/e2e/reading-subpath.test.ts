/**
 * The site works under a sub-path: uses the BASE=/tsi/ build shared with offline-subpath.test.ts
 * (tests/e2e/subpath.ts; built once per run, about 10 s), crawls every link and asset of that build, then serves it under /tsi/ and
 * reads a chapter and searches in Chromium. Set TSI_SKIP_SUBPATH=1 to leave it out while
 * working on something else; `npm test` runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, useSubpathSite } from './subpath';
import { newPage } from './browser';
import { crawl } from './crawl';

describe.skipIf(process.env.TSI_SKIP_SUBPATH === '1')('the site built for a sub-path (BASE=/tsi/)', () => {
  const sub = useSubpathSite();

  it('has every internal link and asset under /tsi/ and resolving', () => {
    const result = crawl(sub.site, BASE);
    expect(result.pages).toContain('/tsi/framgangsfaktorer/tvarprofessionella-team/');
    expect(result.problems).toEqual([]);
    // Links written in the chapters' MDX ("/om-tsi/") were given the base too.
    const start = readFileSync(join(sub.site, 'index.html'), 'utf8');
    expect(start).not.toMatch(/href="\/(?!tsi\/)[a-z]/);
  });

  it('reads a chapter and searches, with no error and no request outside /tsi/', async () => {
    const { page, errors, externalRequests, context } = await newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(`${sub.url}framgangsfaktorer/tvarprofessionella-team/`);
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/tvärprofessionella/i);
    await page.fill('#site-search-q', 'tvärprofessionellt');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/tsi\/sok\/\?q=/);
    const first = page.locator('#search-results > li h2 a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/tsi\/framgangsfaktorer\//);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

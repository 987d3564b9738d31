/**
 * The service worker of a site built with BASE=/tsi/: uses the sub-path build shared with
 * reading-subpath.test.ts (tests/e2e/subpath.ts; built once per run, about 10 s), serves it under /tsi/, and checks that the worker's scope is /tsi/, that
 * it precaches only /tsi/ URLs, that the manifest installs /tsi/, and that a page never
 * visited opens offline. Set TSI_SKIP_SUBPATH=1 to leave it out (like reading-subpath.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, useSubpathSite } from './subpath';
import { newPage } from './browser';
import { precachedUrls, waitForActiveWorker } from './offline-helpers';

describe.skipIf(process.env.TSI_SKIP_SUBPATH === '1')('offline under a sub-path (BASE=/tsi/)', () => {
  const sub = useSubpathSite();

  it('precaches only /tsi/ URLs and the manifest installs /tsi/', () => {
    const urls = precachedUrls(readFileSync(join(sub.site, 'sw.js'), 'utf8'));
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls).toContain('/tsi/pagefind/pagefind.js');
    expect(urls).toContain('/tsi/pagefind/wasm.sv.pagefind');
    expect(urls).toContain('/tsi/framgangsfaktorer/folj-upp-resultatet/index.html');
    const manifest = JSON.parse(readFileSync(join(sub.site, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
    for (const icon of manifest.icons as { src: string }[]) expect(icon.src.startsWith(BASE), icon.src).toBe(true);
  });

  it('registers a worker scoped to /tsi/ and opens a page never visited offline', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(sub.url);
    expect(await waitForActiveWorker(page)).toBe(sub.url);
    const regs = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => [r.scope, r.active?.scriptURL]),
    );
    expect(regs).toEqual([[sub.url, `${sub.url}sw.js`]]);

    await context.setOffline(true);
    const response = await page.goto(`${sub.url}framgangsfaktorer/samma-modell-i-lanet/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('h1').waitFor();
    await page.goto(`${sub.url}sok/?q=${encodeURIComponent('tvärprofessionella')}`);
    await page.locator('#search-results > li').first().waitFor();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

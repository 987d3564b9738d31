/**
 * The service worker of a site built with BASE=/tsi/: builds the site once more into its own
 * folder (about 10 s), serves it under /tsi/, and checks that the worker's scope is /tsi/, that
 * it precaches only /tsi/ URLs, that the manifest installs /tsi/, and that a page never
 * visited opens offline. Set TSI_SKIP_SUBPATH=1 to leave it out (like reading-subpath.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { closeBrowser, newPage } from './browser';
import { precachedUrls, waitForActiveWorker } from './offline-helpers';

const BASE = '/tsi/';
let dir = '';
let server: Server | undefined;
let siteUrl = '';

describe.skipIf(process.env.TSI_SKIP_SUBPATH === '1')('offline under a sub-path (BASE=/tsi/)', () => {
  beforeAll(async () => {
    // Built inside the project on purpose: Astro puts the prerender bundle of a build whose
    // output folder lies outside the working directory into one shared ./.astro/.prerender/,
    // so this build and reading-subpath.test.ts's (in the temporary folder, at the same time)
    // would overwrite each other's. Inside the project it goes to <output>/.prerender/.
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(resolve('node_modules/.cache'), 'tsi-offline-subpath-'));
    // Vitest mirrors Vite's import.meta.env into process.env; the build must not inherit it.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)),
    );
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...env, BASE, TSI_OUT: join(dir, 'site') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const s = (await serve({ dir: join(dir, 'site'), port: 0, base: BASE })) as { server: Server; url: string };
    server = s.server;
    siteUrl = s.url;
  }, 180_000);

  afterAll(async () => {
    await closeBrowser();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('precaches only /tsi/ URLs and the manifest installs /tsi/', () => {
    const urls = precachedUrls(readFileSync(join(dir, 'site', 'sw.js'), 'utf8'));
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls).toContain('/tsi/pagefind/pagefind.js');
    expect(urls).toContain('/tsi/pagefind/wasm.sv.pagefind');
    expect(urls).toContain('/tsi/framgangsfaktorer/folj-upp-resultatet/index.html');
    const manifest = JSON.parse(readFileSync(join(dir, 'site', 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
    for (const icon of manifest.icons as { src: string }[]) expect(icon.src.startsWith(BASE), icon.src).toBe(true);
  });

  it('registers a worker scoped to /tsi/ and opens a page never visited offline', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(siteUrl);
    expect(await waitForActiveWorker(page)).toBe(siteUrl);
    const regs = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => [r.scope, r.active?.scriptURL]),
    );
    expect(regs).toEqual([[siteUrl, `${siteUrl}sw.js`]]);

    await context.setOffline(true);
    const response = await page.goto(`${siteUrl}framgangsfaktorer/samma-modell-i-lanet/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('h1').waitFor();
    await page.goto(`${siteUrl}sok/?q=${encodeURIComponent('tvärprofessionella')}`);
    await page.locator('#search-results > li').first().waitFor();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

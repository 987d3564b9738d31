/**
 * The site works under a sub-path: builds it once more with BASE=/tsi/ into its own folder
 * (about 10 s), crawls every link and asset of that build, then serves it under /tsi/ and
 * reads a chapter and searches in Chromium. Set TSI_SKIP_SUBPATH=1 to leave it out while
 * working on something else; `npm test` runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { closeBrowser, newPage } from './browser';
import { crawl } from './crawl';

const BASE = '/tsi/';
let dir = '';
let server: Server | undefined;
let siteUrl = '';

describe.skipIf(process.env.TSI_SKIP_SUBPATH === '1')('the site built for a sub-path (BASE=/tsi/)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsi-subpath-'));
    // Vitest mirrors Vite's import.meta.env (BASE_URL, MODE, …) into process.env; a build
    // started from here must not inherit those.
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

  it('has every internal link and asset under /tsi/ and resolving', () => {
    const result = crawl(join(dir, 'site'), BASE);
    expect(result.pages).toContain('/tsi/framgangsfaktorer/tvarprofessionella-team/');
    expect(result.problems).toEqual([]);
    // Links written in the chapters' MDX ("/om-tsi/") were given the base too.
    const start = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(start).not.toMatch(/href="\/(?!tsi\/)[a-z]/);
  });

  it('reads a chapter and searches, with no error and no request outside /tsi/', async () => {
    const { page, errors, externalRequests, context } = await newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(`${siteUrl}framgangsfaktorer/tvarprofessionella-team/`);
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

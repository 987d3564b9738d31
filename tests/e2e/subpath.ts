/**
 * The site built for a sub-path (BASE=/tsi/), shared by every test file that needs it: the
 * first file to ask builds it (about 10 s) under an atomic lock, the others wait and reuse it,
 * so a test run builds it once. It is built inside the project on purpose: Astro puts the
 * prerender bundle of a build whose output lies outside the working directory into one shared
 * ./.astro/.prerender/, where two builds would overwrite each other. global-setup.ts removes
 * the folder when the run ends.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { closeBrowser } from './browser';

export const BASE = '/tsi/';

/** The folder of this run's sub-path build (one per test run, named by global-setup.ts). */
export const subpathRoot = (): string => resolve('node_modules/.cache', inject('subpathRun'));

async function built(root: string): Promise<string> {
  const site = join(root, 'site');
  const done = join(root, 'done');
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  let builder = false;
  try {
    mkdirSync(root); // atomic: exactly one file builds
    builder = true;
  } catch {
    /* another file is building or has built */
  }
  if (builder) {
    try {
      // Vitest mirrors Vite's import.meta.env into process.env; the build must not inherit it.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)),
      );
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: { ...env, BASE, TSI_OUT: site },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      writeFileSync(done, 'ok');
    } catch (err) {
      writeFileSync(done, `failed: ${String(err)}`);
      throw err;
    }
  } else {
    for (let waited = 0; !existsSync(done); waited += 200) {
      if (waited > 170_000) throw new Error('the sub-path build did not finish');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return site;
}

/** Builds (once per run) and serves the sub-path site; returns its folder, URL and server. */
export async function serveSubpathSite(): Promise<{ site: string; url: string; server: Server }> {
  const site = await built(subpathRoot());
  if (!existsSync(join(site, 'index.html'))) throw new Error('the sub-path build failed (see the other sub-path test)');
  const s = (await serve({ dir: site, port: 0, base: BASE })) as { server: Server; url: string };
  return { site, url: s.url, server: s.server };
}

/** Removes a run's sub-path build (global-setup.ts, at the end of the run). */
export function removeSubpathBuild(run: string): void {
  rmSync(resolve('node_modules/.cache', run), { recursive: true, force: true });
}

/**
 * Serves the shared sub-path build for the tests of one file: before they run, and closed (with
 * the browser) after. The returned object is filled in by then.
 */
export function useSubpathSite(): { site: string; url: string } {
  const sub = { site: '', url: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveSubpathSite();
    ({ site: sub.site, url: sub.url, server } = served);
  }, 180_000);
  afterAll(async () => {
    await closeBrowser();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return sub;
}

/** Helpers for the offline tests: the service worker's state and the site's list of pages. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';

/** Waits until the page's service worker registration has an activated worker; returns its scope. */
export async function waitForActiveWorker(page: Page, timeout = 30_000): Promise<string> {
  return page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(
          (reg) =>
            new Promise<string>((resolve) => {
              const w = reg.active!;
              if (w.state === 'activated') resolve(reg.scope);
              else w.addEventListener('statechange', () => w.state === 'activated' && resolve(reg.scope));
            }),
        ),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no active service worker')), ms)),
      ]),
    timeout,
  );
}

/** Every page of a built site, as site paths ("", "om-tsi/", …), without 404.html. */
export function sitePages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') pages.push(relative(dir, d).split('\\').join('/').replace(/(.)$/, '$1/'));
    }
  };
  walk(dir);
  return pages.sort();
}

/** Precached URLs listed in a built sw.js. */
export function precachedUrls(swText: string): string[] {
  return [...swText.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

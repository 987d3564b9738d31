/**
 * Shared e2e helpers: a real headless Chromium (CHROME_PATH, else the one that the npm
 * package @sparticuz/chromium ships, unpacked once by global-setup.ts, so no test downloads
 * a browser and no two workers unpack it at once), pages that record
 * console errors and every request that would leave localhost, and axe.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { returningUser } from '../support/returning-user';

export const baseUrl = (): string => inject('baseUrl');
/** Absolute URL of a site path, e.g. url('sjalvskattning/'). */
export const url = (path = ''): string => new URL(path.replace(/^\//, ''), baseUrl()).href;

let browserPromise: Promise<Browser> | undefined;

/** One browser per test file (call closeBrowser in afterAll). */
export function browser(): Promise<Browser> {
  browserPromise ??= launchChromium(inject('chromePath'));
  return browserPromise;
}

export async function closeBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Requests to any host other than localhost (must stay empty). */
  externalRequests: string[];
}

/** A fresh context (empty storage) and page that records errors and external requests. */
export async function newPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await (await browser()).newContext({ locale: 'sv-SE', acceptDownloads: true, ...options });
  return trackedPage(context);
}

export async function trackedPage(context: BrowserContext): Promise<TrackedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && !['localhost', '127.0.0.1'].includes(u.hostname))
      externalRequests.push(r.url());
  });
  return { page, context, errors, externalRequests };
}

/** Axe with the WCAG 2.1 A/AA rule sets. Returns violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

/** Puts a returning user's storage (tests/support/returning-user.ts) in the page's origin, this tab. */
export async function storeReturningUser(page: Page): Promise<void> {
  await page.goto(url('favicon.svg'));
  await page.evaluate(({ local, session }) => {
    for (const [k, v] of Object.entries(local)) localStorage.setItem(k, v);
    for (const [k, v] of Object.entries(session)) sessionStorage.setItem(k, v);
  }, returningUser());
}

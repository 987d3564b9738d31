/**
 * No layout shift when the tool islands hydrate (issue 15): the cumulative layout shift of
 * each tool route stays ≤ 0.01, empty and (for /sjalvskattning/) with saved data.
 *
 * The page loads on a phone-sized screen over a slow emulated network (fixed latency and
 * bandwidth), so the server's HTML is painted well before the islands' JavaScript arrives:
 * that is when a placeholder of another shape than the hydrated view shifts the page. CLS is
 * read from a buffered PerformanceObserver('layout-shift') after every island has hydrated
 * (no `ssr` attribute left) and the network is idle. It is a layout fact, not a time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage, storeReturningUser, url } from './browser';
import { fixtures, seed } from './profile-seed';

afterAll(closeBrowser);

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

interface Shift {
  value: number;
  sources: string[];
}

/** Loads `path` slowly, waits for hydration, and returns the layout shifts (without input). */
async function shiftsOf(page: Page, path: string): Promise<Shift[]> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      }[]) {
        if (e.hadRecentInput) continue;
        w.__shifts.push({
          value: e.value,
          sources: e.sources.map((s) => {
            const n = s.node as Element | null | undefined;
            return n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}.${n.className || ''}` : '?';
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // About a slow 3G line: the HTML paints long before the island's scripts have arrived.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 100_000,
  });
  await page.goto(url(path));
  await page.waitForFunction(
    () => document.querySelectorAll('astro-island').length > 0 && document.querySelectorAll('astro-island[ssr]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  // The client:only islands draw their view one task after hydration (kit/afterYield.tsx).
  await page.waitForFunction(
    () => [...document.querySelectorAll('astro-island')].every((i) => i.childElementCount > 0),
    undefined,
    {
      timeout: 30_000,
    },
  );
  await page.waitForLoadState('networkidle');
  // Two frames, so that what hydration rendered has been laid out and observed.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

const total = (shifts: Shift[]) => shifts.reduce((s, x) => s + x.value, 0);

describe('layout shift (CLS ≤ 0.01) while the islands hydrate, phone screen, slow network', () => {
  for (const path of ['sjalvskattning/', 'profil/', 'rapport/', 'workshop/', 'jamfor/']) {
    it(`/${path}, empty`, async () => {
      const { page, errors, context } = await newPage(PHONE);
      const shifts = await shiftsOf(page, path);
      expect(total(shifts), JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('/sjalvskattning/ with saved assessments (one active)', async () => {
    const { page, errors, context } = await newPage(PHONE);
    const { current, earlier } = fixtures();
    await seed(context, [current, earlier], current.id);
    const shifts = await shiftsOf(page, 'sjalvskattning/');
    // The hydrated view shows the stored data (so the seed was read).
    expect(await page.locator('#active-heading').innerText()).toContain(current.organisation);
    expect(total(shifts), JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the tool islands yield between running their code and drawing their view', () => {
  // Astro runs an island's code and renders it in one task; on a slow phone that is one long
  // task. The client:only islands draw in the next task instead (kit/afterYield.tsx), so the
  // browser can handle input in between. Observed: when Astro reports the island hydrated
  // (astro:hydrate, same task as its render call), the island is still empty; then it fills.
  for (const path of ['profil/', 'rapport/', 'workshop/', 'jamfor/']) {
    it(`/${path} with data`, async () => {
      const { page, errors, context } = await newPage(PHONE);
      await storeReturningUser(page);
      await page.addInitScript(() => {
        const seen: number[] = [];
        (window as unknown as { childrenAtHydrate: number[] }).childrenAtHydrate = seen;
        document.addEventListener('astro:hydrate', (e) => seen.push((e.target as Element).childElementCount), true);
      });
      await page.goto(url(path));
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => i.childElementCount > 0));
      const atHydrate = await page.evaluate(() => (window as unknown as { childrenAtHydrate: number[] }).childrenAtHydrate);
      expect(atHydrate).toEqual([0]);
      // …and the view that follows shows the stored data.
      expect(await page.locator('main').innerText()).toMatch(/Provkommun|Norrby|Alva/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

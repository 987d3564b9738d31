import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { fixtures, seed } from './profile-seed';
import { model } from '../../src/lib/model-data';
import { makeAssessment } from './profile-seed';
import { chartPixels } from './chart-pixels';

afterAll(closeBrowser);

/** Table rows as [header, ...cells] text. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

const levelText = (v: unknown) =>
  typeof v === 'number' ? `${v} ${model.scale.levels[v]!.name}` : v === 'vet-ej' ? 'Vet ej' : 'Inte besvarad';

describe('/profil/', () => {
  it('explains the empty state and links to the self-assessment (axe clean)', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url('profil/'));
    await expect.poll(() => page.getByRole('heading', { name: 'Det finns ingen skattning ännu' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Gör självskattningen' }).last().getAttribute('href')).toMatch(
      /\/sjalvskattning\/$/,
    );
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the radar and bar charts from the active assessment, with tables that match the scores', async () => {
    const { current, earlier } = fixtures();
    const { page, errors, externalRequests, context } = await newPage();
    await seed(context, [earlier, current], current.id);
    await page.goto(url('profil/'));
    await page.waitForSelector('#profil-radar-caption');
    await expect.poll(() => page.locator('[data-chart-state="ready"]').count(), { timeout: 10_000 }).toBe(2);
    expect(await chartPixels(page, '[data-chart-kind="radar"] canvas')).toBeGreaterThan(1000);
    expect(await chartPixels(page, '[data-chart-kind="bar"] canvas')).toBeGreaterThan(1000);
    // Each chart has role="img" with a summary as its name, and the print image is made.
    const name = await page.locator('[data-chart-kind="radar"] [role="img"]').getAttribute('aria-label');
    expect(name).toContain('Provkommunen');
    expect(name).toContain('8 faktorer av 10 har en nivå');
    expect(await page.locator('[data-chart-kind="radar"] img.chart__print').getAttribute('src')).toMatch(
      /^data:image\/png;base64,/,
    );

    // The radar's table: ten factors in order, with the current levels.
    const rows = await tableRows(page, '[data-chart-kind="radar"] table');
    expect(rows).toHaveLength(10);
    model.factors.forEach((f, i) => {
      expect(rows[i]![0]).toBe(`${f.number}. ${f.shortLabel}`);
      expect(rows[i]![1]).toBe(levelText(current.answers[f.id]!.level));
    });
    // The bar chart's table is sorted: highest level first, factors without a level last.
    const barRows = await tableRows(page, '[data-chart-kind="bar"] table');
    expect(barRows.map((r) => r[0]!.split('.')[0])).toEqual(['6', '4', '10', '1', '8', '2', '3', '7', '5', '9']);

    // What to do next comes first: the three lowest, with the group's own step where written.
    // No composite score: how many factors are at each level, "Vet ej" and unanswered apart.
    const distribution = await tableRows(page, '#profil-fordelning');
    expect(distribution.map((r) => r[1])).toEqual(['1', '2', '2', '2', '1', '1', '1']);
    expect(await page.locator('main').textContent()).not.toMatch(/av 100|Mognadsindex|Mognadsläge/);
    // The summary in words leads: how many answered, where furthest, where the need is greatest.
    const summary = await page.locator('[data-testid="summary"] p').allTextContents();
    expect(summary[0]).toBe('Ni har gett en nivå till 8 av 10 faktorer. 1 ”Vet ej” och 1 obesvarad.');
    expect(summary.length).toBeGreaterThanOrEqual(3);
    const priorities = page.locator('[data-testid="priorities"] > li');
    expect(await priorities.count()).toBe(3);
    expect(await priorities.nth(0).textContent()).toContain(model.factors[6]!.title);
    expect(await priorities.nth(1).textContent()).toContain('Boka ett möte om gemensam lägesbild.');
    expect(await priorities.nth(2).textContent()).toContain(model.factors[2]!.nextSteps[1]);
    expect(await page.locator('[data-testid="unknowns"] li').allTextContents()).toEqual([
      expect.stringContaining(model.factors[4]!.title),
    ]);
    expect(await page.locator('[data-testid="strengths"] li').count()).toBe(3);
    // Chapter links.
    expect(await priorities.nth(0).locator('a').getAttribute('href')).toMatch(
      new RegExp(`/framgangsfaktorer/${model.factors[6]!.chapter}/$`),
    );
    // The heading order leads with the next steps.
    const h2 = await page.locator('main h2').allTextContents();
    expect(h2.indexOf('Gör det här härnäst')).toBeLessThan(h2.indexOf('Det här fungerar bäst'));

    // Every link in the profile leads somewhere (chapters, report, self-assessment).
    const links = await page.$$eval('main a[href]', (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect((await page.request.get(l)).status(), l).toBe(200);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('compares with an earlier assessment: dashed series, change table, link to the report', async () => {
    const { current, earlier } = fixtures();
    const { page, errors, context } = await newPage();
    await seed(context, [current, earlier], current.id);
    await page.goto(url('profil/'));
    await page.waitForSelector('#profil-jamfor');
    await page.focus('#profil-jamfor');
    await page.selectOption('#profil-jamfor', earlier.id);
    expect(new URL(page.url()).searchParams.get('jamfor')).toBe(earlier.id);
    await expect.poll(() => page.locator('[data-chart-state="ready"]').count(), { timeout: 10_000 }).toBe(2);
    // Legend: two series, the earlier one marked as dashed line for non-visual users too.
    const legend = await page.locator('[data-chart-kind="radar"] .chart__legend li').allTextContents();
    expect(legend).toHaveLength(2);
    expect(legend[1]).toContain('Våren 2025');
    expect(legend[1]).toContain('streckad linje');
    expect(
      await page.locator('[data-chart-kind="radar"] .chart__legend li:nth-child(2) line').getAttribute('stroke-dasharray'),
    ).toBeTruthy();
    const rows = await tableRows(page, '[data-chart-kind="radar"] table');
    expect(rows[0]).toEqual([`1. ${model.factors[0]!.shortLabel}`, levelText(2), levelText(1)]);
    // Change table.
    const change = await tableRows(page, '#profil-change');
    expect(change[0]![3]).toBe('Upp 1 nivå');
    expect(change[2]![3]).toBe('Ned 1 nivå');
    expect(change[4]![3]).toBe('Går inte att jämföra');
    expect(await page.locator('main').textContent()).not.toMatch(/av 100|Mognadsindex/);
    // The report link carries the same selection.
    const href = await page.getByRole('link', { name: 'Visa rapporten för utskrift' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`/rapport/\\?id=${current.id}&jamfor=${earlier.id}$`));
    expect(await axeViolations(page)).toEqual([]);

    // Showing the earlier assessment instead drops the comparison with itself.
    await page.selectOption('#profil-val', earlier.id);
    await expect.poll(() => page.locator('.profile').getAttribute('data-assessment-id')).toBe(earlier.id);
    expect(new URL(page.url()).searchParams.get('jamfor')).toBeNull();
    expect(await page.locator('#profil-change').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws in a worker, Chart.js never on the page itself; without OffscreenCanvas the page draws the same', async () => {
    const { current } = fixtures();
    for (const offscreen of [true, false]) {
      const { page, errors, context } = await newPage({ viewport: { width: 1280, height: 900 } });
      if (!offscreen)
        await context.addInitScript(() => {
          delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
        });
      await seed(context, [current], current.id);
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(url('profil/'));
      await expect.poll(() => page.locator('[data-chart-state="ready"]').count(), { timeout: 10_000 }).toBe(2);
      expect(await chartPixels(page, '[data-chart-kind="radar"] canvas')).toBeGreaterThan(1000);
      expect(await chartPixels(page, '[data-chart-kind="bar"] canvas')).toBeGreaterThan(1000);
      expect(
        workers.some((u) => u.includes('chart-worker')),
        `worker (offscreen ${offscreen})`,
      ).toBe(offscreen);
      expect(
        // The main-thread drawing (Chart.js in it) is fetched only without OffscreenCanvas.
        requested.some((p) => /\/draw-here\.[^/]+\.js$/.test(p)),
        `draw-here chunk (offscreen ${offscreen})`,
      ).toBe(!offscreen);
      expect(await page.locator('[data-chart-kind="radar"] img.chart__print').getAttribute('src')).toMatch(
        /^data:image\/png;base64,/,
      );

      // Another colour scheme draws the same canvas anew in the page's dark colours
      // (the first series is #8cc4ea in dark mode, charts.css).
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect
        .poll(() => chartPixels(page, '[data-chart-kind="radar"] canvas', [0x8c, 0xc4, 0xea]), { timeout: 10_000 })
        .toBeGreaterThan(200);

      // A phone-wide window: the radar follows its box and becomes square (axes by number).
      await page.setViewportSize({ width: 375, height: 800 });
      const box = () =>
        page.$eval('[data-chart-kind="radar"] canvas', (c) => {
          const r = c.getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height), box: c.parentElement!.clientWidth };
        });
      await expect
        .poll(async () => {
          const b = await box();
          return b.width === b.box && Math.abs(b.height - b.width) <= 1;
        })
        .toBe(true);
      await expect.poll(() => chartPixels(page, '[data-chart-kind="radar"] canvas')).toBeGreaterThan(1000);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('loads Chart.js only on pages that draw a chart', async () => {
    const { current } = fixtures();
    const scripts = async (path: string, wait: (p: Page) => Promise<unknown>) => {
      const { page, context } = await newPage();
      await seed(context, [current], current.id);
      // Every script response's body is read before the page closes; a body that cannot be
      // read fails the test rather than counting as a script without Chart.js.
      const bodies: Promise<string>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') bodies.push(r.text());
      });
      await page.goto(url(path));
      await wait(page);
      await page.waitForLoadState('networkidle');
      const texts = await Promise.all(bodies);
      await context.close();
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(t.length).toBeGreaterThan(0);
      return texts;
    };
    // Chart.js registers its radial scale under the id "radialLinear".
    const profile = await scripts('profil/', (p) => p.waitForSelector('[data-chart-state="ready"]'));
    expect(profile.some((b) => b.includes('radialLinear'))).toBe(true);
    // The chapter's assessment loads its script when it comes into view: scroll to it so the
    // page loads its scripts, then check that none of them is Chart.js.
    const chapter = await scripts(`framgangsfaktorer/${model.factors[0]!.chapter}/`, async (p) => {
      await p.locator('.assess-chapter').scrollIntoViewIfNeeded();
      await p.locator('.assess-chapter form, .assess-chapter fieldset').first().waitFor();
    });
    expect(chapter.some((b) => b.includes('radialLinear'))).toBe(false);
  });

  it('shows the change over three assessments as a table with dates; names never repeat', async () => {
    const { current, earlier } = fixtures();
    const named = makeAssessment({
      id: 'ale-2026',
      organisation: 'Provkommunen',
      title: 'Provkommunen',
      createdAt: '2026-05-10T09:00:00.000Z',
      levels: [2, 2, 1, 2, 'vet-ej', 3, 1, 2, 1, 2],
    });
    const { page, errors, context } = await newPage();
    await seed(context, [earlier, named, current], current.id);
    await page.goto(url('profil/'));
    await page.waitForSelector('#profil-historik-tabell');
    const head = await page.locator('#profil-historik-tabell thead th').allTextContents();
    expect(head.map((h) => h.slice(0, 10))).toEqual(['Faktor', '2025-04-02', '2026-05-10', '2026-11-20']);
    const rows = await tableRows(page, '#profil-historik-tabell');
    expect(rows[0]).toEqual([`1. ${model.factors[0]!.shortLabel}`, '1', '2', '2']);
    expect(rows[4]).toEqual([`5. ${model.factors[4]!.shortLabel}`, '1', 'Vet ej', 'Vet ej']);
    // The selector says each name once: a title that is the organisation is not repeated.
    const options = await page.locator('#profil-val option').allTextContents();
    expect(options).toContain('Provkommunen (2026-05-10)');
    for (const o of options) expect(o.split('Provkommunen').length - 1, o).toBeLessThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('dark mode: the charts take the page’s colours, and /profil/ and /rapport/ are axe clean', async () => {
    const { current, earlier } = fixtures();
    /** Painted pixels of the radar close to an RGB colour. */
    const near = (page: Page, rgb: [number, number, number]) => chartPixels(page, '[data-chart-kind="radar"] canvas', rgb);
    for (const colorScheme of ['dark', 'light'] as const) {
      const { page, errors, context } = await newPage({ colorScheme });
      await seed(context, [earlier, current], current.id);
      await page.goto(url(`profil/?jamfor=${earlier.id}`));
      await expect.poll(() => page.locator('[data-chart-state="ready"]').count(), { timeout: 10_000 }).toBe(2);
      // The first series is #8cc4ea in dark mode and #1d4f6e in light mode (charts.css).
      const dark = await near(page, [0x8c, 0xc4, 0xea]);
      const light = await near(page, [0x1d, 0x4f, 0x6e]);
      if (colorScheme === 'dark') expect([dark > 200, light]).toEqual([true, 0]);
      else expect([light > 200, dark]).toEqual([true, 0]);
      expect(await axeViolations(page), `/profil/ ${colorScheme}`).toEqual([]);
      await page.goto(url(`rapport/?jamfor=${earlier.id}`));
      await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
      expect(await axeViolations(page), `/rapport/ ${colorScheme}`).toEqual([]);
      // The print image is always drawn light: paper is light.
      const printSrc = await page.locator('#rapport-radar-print').getAttribute('src');
      expect(printSrc).toMatch(/^data:image\/png;base64,/);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('on a 375 px phone the radar names its axes by number with the names beside it', async () => {
    const { current } = fixtures();
    const { page, context } = await newPage({ viewport: { width: 375, height: 812 } });
    await seed(context, [current], current.id);
    await page.goto(url('profil/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    const key = page.locator('[data-chart-kind="radar"] .chart__key');
    expect(await key.isVisible()).toBe(true);
    expect(await key.locator('li').allTextContents()).toEqual(model.factors.map((f) => `${f.number}. ${f.shortLabel}`));
    const width = await page.locator('[data-chart-kind="radar"] canvas').evaluate((c) => c.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(300);
    // Nothing sticks out of the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(url('rapport/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    expect(await page.locator('#rapport-radar .chart__key, [data-chart-kind="radar"] .chart__key').first().isVisible()).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

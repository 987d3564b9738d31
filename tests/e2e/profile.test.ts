import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { fixtures, seed } from './profile-seed';
import { model } from '../../src/lib/model-data';
import { scoreAssessment } from '../../src/lib/scoring';

afterAll(closeBrowser);

/** Non-transparent pixels on the chart's canvas (0 = nothing drawn). */
async function drawnPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

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
    expect(await drawnPixels(page, '[data-chart-kind="radar"] canvas')).toBeGreaterThan(1000);
    expect(await drawnPixels(page, '[data-chart-kind="bar"] canvas')).toBeGreaterThan(1000);
    // Each chart has role="img" with a summary as its name, and the print image is made.
    const name = await page.locator('[data-chart-kind="radar"] [role="img"]').getAttribute('aria-label');
    expect(name).toContain('Provkommunen');
    expect(name).toContain(`mognadsindex ${scoreAssessment(current).index} av 100`);
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
    expect(await page.locator('[data-testid="index"]').textContent()).toBe(`${scoreAssessment(current).index} av 100`);
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
    expect(await page.locator('main').textContent()).toContain(
      `Mognadsindex: ${scoreAssessment(earlier).index} → ${scoreAssessment(current).index}.`,
    );
    // The report link carries the same selection.
    const href = await page.getByRole('link', { name: 'Visa rapporten för utskrift' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`/rapport/\\?id=${current.id}&jamfor=${earlier.id}$`));
    expect(await axeViolations(page)).toEqual([]);

    // Showing the earlier assessment instead drops the comparison with itself.
    await page.selectOption('#profil-val', earlier.id);
    await expect.poll(() => page.locator('[data-testid="index"]').textContent()).toBe(`${scoreAssessment(earlier).index} av 100`);
    expect(new URL(page.url()).searchParams.get('jamfor')).toBeNull();
    expect(await page.locator('#profil-change').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws without animation when the user prefers reduced motion', async () => {
    const { current } = fixtures();
    for (const [reducedMotion, expected] of [
      ['reduce', 'off'],
      ['no-preference', 'on'],
    ] as const) {
      const { page, context } = await newPage({ reducedMotion });
      await seed(context, [current], current.id);
      await page.goto(url('profil/'));
      await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
      expect(
        await page
          .locator('figure[data-chart-animation]')
          .evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart-animation'))),
      ).toEqual([expected, expected]);
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
    // The chapter's assessment island hydrates when it comes into view: scroll to it so the
    // page loads its scripts, then check that none of them is Chart.js.
    const chapter = await scripts(`framgangsfaktorer/${model.factors[0]!.chapter}/`, async (p) => {
      await p.locator('astro-island').first().scrollIntoViewIfNeeded();
      await p.waitForSelector('astro-island:not([ssr])');
    });
    expect(chapter.some((b) => b.includes('radialLinear'))).toBe(false);
  });
});

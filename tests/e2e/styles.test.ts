/**
 * The shared component styles' cascade: a modifier always wins over the base style, whatever
 * the element (cascade layers, see src/styles/global.css).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { htmlFiles, pagePath } from './crawl';

afterAll(closeBrowser);

const BRAND = 'rgb(29, 79, 110)';
const ERROR = 'rgb(176, 25, 30)';
const WHITE = 'rgb(255, 255, 255)';

describe('button system', () => {
  it('a <button> marked primary is filled, a danger button is red, a plain one is outlined', async () => {
    const { page, context, errors } = await newPage();
    await page.goto(url('sjalvskattning/'));
    const primary = page.locator('button.button--primary').first();
    await primary.waitFor();
    const style = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { bg: s.backgroundColor, fg: s.color, border: s.borderTopColor };
        });
    expect(await style('button.button--primary')).toEqual({ bg: BRAND, fg: WHITE, border: BRAND });
    // The same classes on other buttons and a link: the modifier wins on every element.
    await page.evaluate(() => {
      const host = document.querySelector('main')!;
      host.insertAdjacentHTML(
        'beforeend',
        '<button type="button" class="button button--danger" id="t-danger">Ta bort</button>' +
          '<button type="button" class="button" id="t-plain">Avbryt</button>' +
          '<a class="button button--primary" id="t-link" href="#">Länk</a>',
      );
    });
    expect(await style('#t-danger')).toEqual({ bg: ERROR, fg: WHITE, border: ERROR });
    expect(await style('#t-plain')).toEqual({ bg: WHITE, fg: BRAND, border: BRAND });
    expect(await style('#t-link')).toEqual({ bg: BRAND, fg: WHITE, border: BRAND });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('dark mode', () => {
  const routes = htmlFiles(process.env.TSI_OUT ?? 'dist').map((f) => pagePath(f, '/').slice(1));
  let dark: Awaited<ReturnType<typeof newPage>>;
  beforeAll(async () => {
    dark = await newPage({ colorScheme: 'dark' });
  });
  afterAll(() => dark.context.close());
  const bodyColours = () =>
    dark.page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { bg: s.backgroundColor, fg: s.color };
    });

  it('follows the system setting on screen and prints light', async () => {
    await dark.page.goto(url(''));
    expect(await bodyColours()).toEqual({ bg: 'rgb(18, 20, 23)', fg: 'rgb(232, 234, 237)' });
    await dark.page.emulateMedia({ media: 'print' });
    expect(await bodyColours()).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)' });
    await dark.page.emulateMedia({ media: 'screen' });
  });

  it.each(routes)('/%s keeps AA contrast in the dark scheme (axe)', async (route) => {
    await dark.page.goto(url(route), { waitUntil: 'networkidle' });
    expect(await bodyColours()).toEqual({ bg: 'rgb(18, 20, 23)', fg: 'rgb(232, 234, 237)' });
    expect(await axeViolations(dark.page)).toEqual([]);
  });
});

describe('header on phones', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`is under 120 px at 375 px and opens search and menu from the keyboard (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const { page, context } = await newPage({ viewport: { width: 375, height: 812 }, javaScriptEnabled });
      await page.goto(url('om-tsi/'));
      const height = await page.locator('header.site-header').evaluate((e) => e.getBoundingClientRect().height);
      expect(height).toBeLessThan(120);
      expect(await page.locator('#site-search-q').isVisible()).toBe(false);
      expect(await page.locator('.main-nav a').first().isVisible()).toBe(false);
      // Skip link, site name, then the search button: Enter opens a real search field.
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.id);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Sök');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
      await page.keyboard.type('team');
      await Promise.all([page.waitForURL(/\/sok\/\?q=team/), page.keyboard.press('Enter')]);
      // The menu button opens the navigation.
      await page.locator('.header-fold--menu > summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Om TSI');
      expect(await page.locator('.main-nav a').first().isVisible()).toBe(true);
      await context.close();
    });
  }

  it('shows the search box and the menu without buttons on a wide screen', async () => {
    const { page, context } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url('om-tsi/'));
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    expect(await page.locator('.main-nav a').first().isVisible()).toBe(true);
    expect(await page.locator('.header-fold__button').first().isVisible()).toBe(false);
    await context.close();
  });
});

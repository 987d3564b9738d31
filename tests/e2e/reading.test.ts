/**
 * Reading the guide in Chromium: keyboard use of a chapter (skip link, header search,
 * main and chapter navigation), Swedish search, the maturity grid indexed for search,
 * a chapter without JavaScript, and print to PDF (a chapter and /skriv-ut/).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { t } from '../../src/i18n/sv';

const CHAPTER = 'framgangsfaktorer/tvarprofessionella-team/';
const factor = JSON.parse(readFileSync('content/model/factors/06-tvarprofessionella-team.json', 'utf8')) as {
  title: string;
  levels: string[];
  nextSteps: string[];
  reflectionQuestions: string[];
};
/**
 * Whether PDF text holds a table cell's text: its first words in order (the first line of
 * the cell), and every word somewhere (lines of neighbouring cells interleave in a PDF).
 */
function hasCellText(pdfText: string, cell: string): boolean {
  const words = cell.split(/\s+/);
  return pdfText.includes(words.slice(0, 3).join(' ')) && words.every((w) => pdfText.includes(w));
}
const SECTIONS = ['Vad faktorn innebär', 'Varför den är viktig', 'Så kommer ni i gång', 'Exempel', 'Vanliga fallgropar'];

afterAll(closeBrowser);

/** What has focus: tag, id, href and whether it is inside the given selectors. */
const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      href: el?.getAttribute('href') ?? '',
      inMainNav: !!el?.closest('.main-nav'),
      inChapterNav: !!el?.closest('.chapter-nav'),
      outline: el ? getComputedStyle(el).outlineStyle : '',
    };
  });

describe('a chapter by keyboard', () => {
  it('skip link, search box, main navigation and chapter navigation all work with Tab and Enter', async () => {
    const { page, errors, context } = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(CHAPTER));

    // 1. The first Tab shows the skip link; Enter moves focus to <main>.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.href).toBe('#innehall');
    expect(skip.outline).not.toBe('none');
    const box = await page.locator('.skip-link[href="#innehall"]').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('innehall');

    // 2. From the top, Tab reaches the search box and the main navigation, each visibly focused.
    await page.goto(url(CHAPTER));
    const seen: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      seen.push(f);
      if (f.inChapterNav && f.href.includes('/framgangsfaktorer/')) break;
    }
    expect(seen.some((f) => f.id === 'site-search-q')).toBe(true);
    expect(seen.some((f) => f.inMainNav)).toBe(true);
    expect(seen.every((f) => f.outline !== 'none')).toBe(true);

    // 3. A chapter link in the chapter navigation opens with Enter.
    const link = seen.at(-1)!;
    expect(link.inChapterNav).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith(link.href.replace(/^.*?(\/framgangsfaktorer\/)/, '$1')));
    expect(await page.locator('.chapter-nav a[aria-current="page"]').getAttribute('href')).toBe(link.href);

    // 4. Typing a query in the header box and pressing Enter lands on /sok/ with results.
    await page.focus('#site-search-q');
    await page.keyboard.type('tvärprofessionellt');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=/);
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/träff/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the chapter list is collapsed and opens from the keyboard', async () => {
    const { page, context } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url(CHAPTER));
    const list = page.locator('.chapter-nav ol');
    expect(await list.isVisible()).toBe(false);
    // The chapter heading is on the first screen, not pushed down by navigation.
    const h1 = await page.locator('main h1').boundingBox();
    expect(h1!.y).toBeLessThan(640);
    await page.focus('.chapter-nav summary');
    await page.keyboard.press('Enter');
    expect(await list.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).inChapterNav).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  it('"tvärprofessionellt" finds the chapter on tvärprofessionella team first', async () => {
    const { page, errors, externalRequests, context } = await newPage();
    await page.goto(url(`sok/?q=${encodeURIComponent('tvärprofessionellt')}`));
    const first = page.locator('#search-results > li h2 a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, url()).pathname).toBe(new URL(url(CHAPTER)).pathname);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('indexes the maturity grid (level texts) and chapter bodies, but not navigation', async () => {
    const { page, context } = await newPage();
    await page.goto(url('sok/'));
    // A string, so that vitest does not rewrite the dynamic import meant for the browser.
    const base = JSON.stringify(new URL(url()).pathname);
    const content = (await page.evaluate(`(async () => {
      const pf = await import(${base} + 'pagefind/pagefind.js');
      await pf.options({ baseUrl: ${base} });
      const search = await pf.search('tvärprofessionella');
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, content: d.content }));
    })()`)) as { url: string; content: string }[];
    const chapter = content.find((d) => d.url.endsWith(`/${CHAPTER}`));
    expect(chapter).toBeDefined();
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    expect(norm(chapter!.content)).toContain(norm(factor.levels[3]!));
    expect(norm(chapter!.content)).toContain(norm(factor.nextSteps[0]!));
    // Navigation, header and footer are not part of any page's indexed text.
    for (const d of content) {
      expect(d.content).not.toContain('Hoppa till innehållet');
      expect(d.content).not.toContain('Du läser kapitel');
      expect(d.content).not.toContain('Allt du skriver sparas bara i din webbläsare');
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a chapter shows its full text, reflection questions and maturity grid', async () => {
    const { page, context } = await newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await page.goto(url(CHAPTER));
    const h2 = await page.locator('main h2').allTextContents();
    for (const s of SECTIONS) expect(h2).toContain(s);
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const q of factor.reflectionQuestions) expect(main).toContain(q.replace(/\s+/g, ' '));
    const table = page.locator('table.maturity__table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(5);
    for (const level of factor.levels) expect(await table.innerText()).toContain(level.slice(0, 60));
    // Chapter navigation works without JavaScript too.
    expect(await page.locator('.chapter-nav a').count()).toBe(11);
    await context.close();
  });
});

describe('print', () => {
  it('a chapter prints to A4 with its text and maturity grid but no navigation', async () => {
    const { page, context } = await newPage();
    await page.goto(url(CHAPTER), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain(factor.title);
    for (const s of SECTIONS) expect(text).toContain(s);
    for (const level of factor.levels) expect(hasCellText(text, level), level).toBe(true);
    expect(text).not.toContain('Hoppa till innehållet');
    expect(text).not.toContain('Jämför kommuner');
    expect(text).not.toContain('Du läser kapitel');
    // The assessment island is for the screen; the printed chapter has the static grid.
    expect(text).not.toContain(t.assessment.chapterIsland.heading);
    expect(text).toMatch(/Sida 1 av \d+/);
    await context.close();
  });

  it('every chapter prints: its title, page numbers, no navigation, no empty page', async () => {
    const { page, context } = await newPage();
    await page.goto(url('om-tsi/'));
    const chapters = await page.locator('.chapter-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(chapters).toHaveLength(11);
    for (const href of chapters) {
      await page.goto(href, { waitUntil: 'networkidle' });
      const title = (await page.locator('main h1').textContent())!.trim();
      const pdf = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text, href).toContain(title);
      expect(text, href).toMatch(new RegExp(`Sida ${pdf.pages} av ${pdf.pages}`));
      expect(text, href).not.toContain('Hoppa till innehållet');
      expect(text, href).not.toContain('Du läser kapitel');
      // Every page carries more than its page number.
      for (const [i, t] of pdf.pageTexts.entries())
        expect(t.replace(/Sida \d+ av \d+/, '').trim().length, `${href} page ${i + 1}`).toBeGreaterThan(20);
    }
    await context.close();
  });

  it('/skriv-ut/ prints the whole guide: every chapter with its maturity grid', async () => {
    const { page, context } = await newPage();
    await page.goto(url('skriv-ut/'), { waitUntil: 'networkidle' });
    const titles = await page.locator('.print-chapter h2[id^="rubrik-"]').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(12);
    const pdf = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.pages).toBeGreaterThanOrEqual(titles.length);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const t of titles) expect(text).toContain(t.replace(/\s+/g, ' ').trim());
    expect(hasCellText(text, factor.levels[2]!)).toBe(true);
    expect(text).not.toContain('Hoppa till innehållet');
    await context.close();
  });
});

describe('chapter skip link to the assessment', () => {
  it('reaches the factor’s assessment form in a few key presses on a desktop', async () => {
    const { page, context, errors } = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('framgangsfaktorer/samordna-strukturen/'));
    await page.keyboard.press('Tab'); // "Hoppa till innehållet"
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(link).toEqual({ text: 'Hoppa till: Skatta er på den här faktorn', href: '#skatta' });
    // Visible when focused.
    expect(await page.locator('a.skip-link[href="#skatta"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#skatta');
    // The assessment's script loads when the section comes into view and shows the form.
    await page.locator('#skatta form, #skatta fieldset').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('skatta');
    // The next Tab lands in the form, not back at the top of the chapter.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => !!document.activeElement?.closest('#skatta') && document.activeElement !== document.getElementById('skatta'),
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

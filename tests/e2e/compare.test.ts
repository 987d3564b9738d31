import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { envelopeDoc } from '../support/data';
import { FACTOR_IDS } from '../../src/lib/factors';
import { SESSION_KEYS } from '../../src/lib/stored-format';
import type { Page } from 'playwright-core';

afterAll(closeBrowser);

const F = FACTOR_IDS;

function group(id: string, organisation: string, levels: unknown[]) {
  const answers: Record<string, unknown> = {};
  F.forEach((f, i) => {
    if (levels[i] !== undefined) answers[f] = { level: levels[i], evidence: '', nextStep: '', notes: '', owner: '', due: '' };
  });
  return {
    id,
    kind: 'consensus',
    organisation,
    title: 'Gruppskattning',
    participant: null,
    createdAt: '2026-04-02T09:00:00.000Z',
    updatedAt: '2026-04-02T09:00:00.000Z',
    modelVersion: '2026.1',
    answers,
  };
}
function individual(id: string, organisation: string, name: string, levels: unknown[]) {
  return { ...group(id, organisation, levels), kind: 'individual', title: '', participant: { name, role: 'skola' } };
}
const doc = (...assessments: unknown[]) => envelopeDoc(assessments, '2026-04-02T10:00:00.000Z');
const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

describe('compare municipalities', () => {
  it('loads files and stored assessments, shows the heatmap with numbers, sorts, charts, exports CSV and prints', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    // One group assessment already stored in this browser.
    await context.addInitScript(
      (stored) => {
        if (!localStorage.getItem('tsi-boken:assessments')) localStorage.setItem('tsi-boken:assessments', JSON.stringify(stored));
      },
      doc(group('k-c', 'Testkommun Ä', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3])),
    );
    await page.goto(url('jamfor/'));
    await page.waitForSelector('#cmp-files');
    expect(await page.locator('main').innerText()).toContain('ingen lista över bästa kommun');
    expect(await axeViolations(page), 'axe, empty').toEqual([]);

    // Two files: one with two municipalities (å, ö, a "formula" name), one broken.
    await page.setInputFiles('#cmp-files', [
      file(
        'lan.json',
        doc(group('k-a', 'Testkommun Å', [1, 'vet-ej', 2, 4, 0, 1, 2, 3, 4, 2]), group('k-b', '=Testkommun Ö', [4, 2, 1])),
      ),
      file('trasig.json', '{"format":"tsi-sjalvskattning"'),
    ]);
    await page.locator('.wk-problems li', { hasText: 'trasig.json' }).waitFor();
    expect(await page.locator('.wk-problems li').innerText()).toContain('JSON');
    // Pick the stored one.
    await page.getByLabel(/Testkommun Ä/).check();
    await page.getByRole('button', { name: 'Lägg till valda' }).click();
    const rows = page.locator('.cmp-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await axeViolations(page), 'axe, loaded with errors').toEqual([]);

    // Default order: by name. Numbers are written in the cells; vet ej and missing as text.
    const rowA = rows.filter({ hasText: 'Testkommun Å' });
    const cells = await rowA.locator('td.cmp-cell').allInnerTexts();
    expect(cells).toEqual(['1', 'Vet ej', '2', '4', '0', '1', '2', '3', '4', '2']);
    expect(await rows.filter({ hasText: 'Testkommun Ö' }).locator('td.cmp-cell').nth(5).innerText()).toBe('Saknas');
    expect(await rowA.locator('td.cmp-cell').first().getAttribute('class')).toContain('cmp-l1');
    // Median across the län for factor 1: 1, 4, 3 → 3; spread 1–4.
    const foot = page.locator('.cmp-table tfoot tr');
    expect((await foot.nth(0).locator('td.cmp-cell').allInnerTexts())[0]).toBe('3');
    expect((await foot.nth(1).locator('td.cmp-cell').allInnerTexts())[0]).toBe('1–4');
    // No total score anywhere.
    expect(await page.locator('.cmp-table thead').innerText()).not.toMatch(/\b(total|totalt|summa|rangordning|placering|bäst)/i);

    // Sort by factor 1: highest first, then lowest first (aria-sort follows).
    const h1 = page.locator('.cmp-table thead th').nth(2);
    await h1.getByRole('button').click();
    expect(await h1.getAttribute('aria-sort')).toBe('descending');
    expect(await rows.locator('th').allInnerTexts()).toEqual(['=Testkommun Ö', 'Testkommun Ä', 'Testkommun Å']);
    await h1.getByRole('button').press('Enter');
    expect(await h1.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows.locator('th').allInnerTexts()).toEqual(['Testkommun Å', 'Testkommun Ä', '=Testkommun Ö']);
    expect(await page.locator('.cmp-table thead th[aria-sort]').count()).toBe(1);

    // Radar overlay for chosen municipalities (at most five).
    await page.getByLabel('Visa Testkommun Å i diagrammet').check();
    await page.getByLabel('Visa =Testkommun Ö i diagrammet').check();
    await page.locator('#jamfor-radar-caption').waitFor();
    await expect
      .poll(() => page.locator('.cmp-chart [data-chart-state="ready"] .chart__legend li').count(), { timeout: 15_000 })
      .toBe(2);
    expect(await axeViolations(page), 'axe, with chart').toEqual([]);

    // CSV: UTF-8 with BOM, ';', the rows in the table's order, formula neutralised.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner tabellen som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('jamforelse-kommuner.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Kommun;Rubrik;Datum;Typ;1\. [^;]+;2\. /);
    expect(lines[0]!.split(';')).toHaveLength(14);
    expect(lines[1]).toBe('Testkommun Å;Gruppskattning;2026-04-02;Grupp;1;Vet ej;2;4;0;1;2;3;4;2');
    expect(lines[2]).toBe('Testkommun Ä;Gruppskattning;2026-04-02;Grupp;3;3;3;3;3;3;3;3;3;3');
    expect(lines[3]).toBe("'=Testkommun Ö;Gruppskattning;2026-04-02;Grupp;4;2;1;;;;;;;");
    expect(lines[4]).toBe('Median i länet;;;;3;2,5;2;3,5;1,5;2;2,5;3;3,5;2,5');

    // Printable: the table (not the controls) is in the PDF.
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.text).toContain('Testkommun Å');
    expect(pdf.text).toContain('Median i länet');
    expect(pdf.text).not.toContain('Lägg till valda');
    // Sections are numbered from 1 on paper (the load step is not printed).
    expect(pdf.text).toContain('1. Faktor för faktor');
    expect(pdf.text).toContain('2. Diagram för upp till fem kommuner');
    expect(pdf.text).not.toMatch(/3\. Diagram|Läs in kommunernas/);

    // At most five in the chart: the sixth box stays unchecked and the page says why.
    await page.emulateMedia({ media: 'screen' });
    await page.setInputFiles('#cmp-files', [
      file(
        'fler.json',
        doc(group('k-d', 'Testkommun D', [1]), group('k-e', 'Testkommun E', [2]), group('k-f', 'Testkommun F', [3])),
      ),
    ]);
    await expect.poll(() => rows.count()).toBe(6);
    for (const n of ['Ä', 'D', 'E']) await page.getByLabel(`Visa Testkommun ${n} i diagrammet`).check();
    await page.getByLabel('Visa Testkommun F i diagrammet').click();
    expect(await page.getByLabel('Visa Testkommun F i diagrammet').isChecked()).toBe(false);
    await page.getByText('Ni kan visa högst fem kommuner i diagrammet.').waitFor();
    await expect.poll(() => page.locator('.cmp-chart [data-chart-state] .chart__legend li').count()).toBe(5);

    // A reload keeps what was loaded (sessionStorage).
    await page.reload();
    await expect.poll(() => page.locator('.cmp-table tbody tr').count()).toBe(6);
    expect(await page.getByLabel('Visa Testkommun Å i diagrammet').isChecked()).toBe(true);

    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  }, 120_000);

  it('accepts files dropped on the drop zone', async () => {
    const { page, context } = await newPage();
    await page.goto(url('jamfor/'));
    await page.waitForSelector('#cmp-files');
    const json = JSON.stringify(doc(group('k-x', 'Testkommun X', [2, 2])));
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'slappt.json', { type: 'application/json' }));
      const zone = document.querySelector('.wk-drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, json);
    await expect.poll(() => page.locator('.cmp-table tbody tr').count()).toBe(1);
    expect(await page.locator('.cmp-table tbody th').innerText()).toBe('Testkommun X');
    await context.close();
  });

  it('marks individuals and counts them only when included; a repeat is a notice; undo after "Ta bort alla"; CSV and print', async () => {
    const { page, context, errors } = await newPage();
    await page.goto(url('jamfor/'));
    await page.waitForSelector('#cmp-files');
    await page.setInputFiles('#cmp-files', [
      file('ale.json', doc(group('g-a', 'Ale kommun', [1, 1]))),
      file('bjuv.json', doc(group('g-b', 'Bjuvs kommun', [3, 3]))),
      file('anna.json', doc(individual('p-1', 'Ale kommun', 'Anna', [4, 4]))),
    ]);
    const rows = page.locator('.cmp-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const annaRow = rows.filter({ hasText: 'Enskild skattning' });
    expect(await annaRow.count()).toBe(1);
    const foot = page.locator('.cmp-table tfoot tr');
    const footFirst = async (n: number) => (await foot.nth(n).locator('td.cmp-cell').allInnerTexts())[0];
    // Median and spread of factor 1 from the two groups only: 1, 3 → 2; 1–3; 2 with a level.
    expect([await footFirst(0), await footFirst(1), await footFirst(2)]).toEqual(['2', '1–3', '2']);
    expect(await page.locator('main').innerText()).toContain('1 enskild skattning räknas inte med i median och spridning');
    expect(await axeViolations(page), 'axe, with an individual').toEqual([]);
    // The coordinator includes it: a real checkbox, named with the visible words first.
    expect(await annaRow.locator('th').innerText()).toMatch(/^Ale kommun \(Anna, /);
    const include = annaRow.getByRole('checkbox', { name: /^Ta med i länets median: Ale kommun \(Anna, / });
    await include.check();
    expect([await footFirst(0), await footFirst(1), await footFirst(2)]).toEqual(['3', '1–4', '3']);
    expect(await page.locator('main').innerText()).not.toContain('räknas inte med i median');
    await include.uncheck();
    expect(await footFirst(0)).toBe('2');

    // The same assessment again (renamed in the file): a notice naming the loaded organisation.
    await page.setInputFiles('#cmp-files', [file('ale-igen.json', doc(group('g-a', 'Omdöpt kommun', [1, 1])))]);
    await page.locator('.cmp-dups').waitFor();
    expect(await page.locator('.cmp-dups').innerText()).toContain('ale-igen.json: Skattningen från Ale kommun är redan inläst');
    expect(await page.locator('.cmp-dups').innerText()).not.toContain('Omdöpt');
    expect(await page.locator('.wk-problems, [role="alert"]').count()).toBe(0);
    expect(await rows.count()).toBe(3);
    expect(await axeViolations(page), 'axe, repeat notice').toEqual([]);

    // Column headers never break inside a word: every word of every header is on one line.
    expect(await brokenHeaderWords(page)).toEqual([]);
    const region = page.getByRole('region', { name: /Tabellen nivå per faktor och kommun/ });
    expect(await region.getAttribute('tabindex')).toBe('0');

    // CSV: the median is the län's figure (the individual not counted).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner tabellen som CSV' }).click(),
    ]);
    const lines = (await readFile((await download.path())!)).subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(1, 4).map((l) => l.split(';')[3])).toEqual(['Enskild, räknas inte i medianen', 'Grupp', 'Grupp']);
    expect(lines.find((l) => l.startsWith('Median i länet'))).toBe('Median i länet;;;;2;2;;;;;;;;');

    // Print: a title with the date, the compared files, sections numbered from 1, whole words.
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    const today = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(new Date());
    expect(pdf.text).toContain(`Jämförelse av kommuner, utskriven ${today}`);
    expect(pdf.text).toContain('Jämförda skattningar');
    for (const f of ['Ale kommun: ale.json', 'Bjuvs kommun: bjuv.json', 'Ale kommun: anna.json']) expect(pdf.text).toContain(f);
    expect(pdf.text).toContain('1. Faktor för faktor');
    // No municipality chosen for the chart: no chart section on paper.
    expect(pdf.text).not.toMatch(/Diagram för upp till|Läs in kommunernas/);
    expect(pdf.text).toContain('Enskild skattning');
    expect(pdf.text).toContain('Gruppskattning');
    expect(pdf.text).not.toMatch(/S aknas|Sa knas|Sak nas|Sakn as|Sakna s/);
    const headerWords = (await page.locator('.cmp-table thead .cmp-sort').allTextContents())
      .flatMap((h) => h.replace(/^Sortera efter/, '').split(/\s+/))
      .filter((w) => /\p{L}{4,}/u.test(w));
    expect(headerWords.length).toBeGreaterThan(15);
    for (const w of headerWords) expect(pdf.text, `header word "${w}" whole in the PDF`).toContain(w.replace(/[↕▲▼]/g, ''));
    await page.emulateMedia({ media: 'screen' });

    // "Ta bort alla": gone at once, with a focused notice offering "Ångra" that restores exactly.
    await annaRow.getByRole('checkbox', { name: /Ta med/ }).check();
    await page.getByLabel('Visa Bjuvs kommun i diagrammet').check();
    await page.getByRole('button', { name: 'Ta bort alla' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cmp-removed');
    expect(await page.locator('#cmp-removed').innerText()).toContain('3 skattningar är borttagna från jämförelsen.');
    expect(await axeViolations(page), 'axe, removed with undo').toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ångra');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cmp-table-h');
    expect(await page.locator('#cmp-removed').count()).toBe(0);
    expect(await annaRow.getByRole('checkbox', { name: /Ta med/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Visa Bjuvs kommun i diagrammet').isChecked()).toBe(true);
    expect(await footFirst(0)).toBe('3');
    expect(await axeViolations(page), 'axe, restored').toEqual([]);
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual([
      'Ale kommun (Anna, 2026-04-02)',
      'Ale kommun (Gruppskattning, 2026-04-02)',
      'Bjuvs kommun',
    ]);

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('corrupt session data does not blank the page: the readable part stays, a notice says what happened', async () => {
    const { page, context, errors } = await newPage();
    const good = { key: 'k1', file: 'ale.json', a: group('g-a', 'Ale kommun', [2, 2]) };
    await context.addInitScript(
      ([small, big, entries]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        sessionStorage.setItem(small!, '{"chosen":5}');
        sessionStorage.setItem(big!, entries!);
      },
      [
        SESSION_KEYS.countyComparison,
        SESSION_KEYS.countyComparisonAssessments,
        JSON.stringify({ entries: [good, { key: null, file: null, a: null }, null] }),
      ],
    );
    await page.goto(url('jamfor/'));
    await page.waitForSelector('#cmp-files');
    await page.getByText('En del av det som var inläst i den här fliken gick inte att läsa').waitFor();
    const rows = page.locator('.cmp-table tbody tr');
    expect(await rows.locator('th').allInnerTexts()).toEqual(['Ale kommun']);
    expect(await axeViolations(page), 'axe, session notice').toEqual([]);
    // The page works: choose for the chart, load another file.
    await page.getByLabel('Visa Ale kommun i diagrammet').check();
    await page.setInputFiles('#cmp-files', [file('bjuv.json', doc(group('g-b', 'Bjuvs kommun', [3])))]);
    await expect.poll(() => rows.count()).toBe(2);
    // What is written back is sound: a reload shows both without a notice.
    await page.reload();
    await expect.poll(() => page.locator('.cmp-table tbody tr').count()).toBe(2);
    expect(await page.getByLabel('Visa Ale kommun i diagrammet').isChecked()).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain('gick inte att läsa');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 320 px nothing is clipped or scrolls the page sideways; the table scrolls in its own region', async () => {
    const { page, context } = await newPage({ viewport: { width: 320, height: 740 } });
    await page.goto(url('jamfor/'));
    await page.waitForSelector('#cmp-files');
    expect(await overflow(page), 'empty').toEqual({ scrollWidth: 320, outside: [] });
    await page.setInputFiles('#cmp-files', [
      file('lan.json', doc(group('g-a', 'Ale kommun', [1, 2, 3]), group('g-b', 'Sollentuna kommun med långt namn', [4]))),
      file('anna.json', doc(individual('p-1', 'Ale kommun', 'Anna', [4, 4]))),
      file('trasig.json', '{'),
    ]);
    await expect.poll(() => page.locator('.cmp-table tbody tr').count()).toBe(3);
    await page.setInputFiles('#cmp-files', [file('lan-igen.json', doc(group('g-a', 'Ale kommun', [1])))]);
    await page.locator('.cmp-dups').waitFor();
    await page.getByLabel('Visa Sollentuna kommun med långt namn i diagrammet').check();
    await page.locator('#jamfor-radar-caption').waitFor();
    expect(await overflow(page), 'loaded').toEqual({ scrollWidth: 320, outside: [] });
    // The table is wider than the phone: its region scrolls (by keyboard too), the page does not.
    const region = page.getByRole('region', { name: /Tabellen nivå per faktor och kommun/ });
    const r = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(r.scroll).toBeGreaterThan(r.client);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await brokenHeaderWords(page)).toEqual([]);
    expect(await axeViolations(page), 'axe, 320 px').toEqual([]);
    await page.getByRole('button', { name: 'Ta bort alla' }).click();
    await page.locator('#cmp-removed').waitFor();
    expect(await overflow(page), 'removed').toEqual({ scrollWidth: 320, outside: [] });
    await context.close();
  });
});

/**
 * The page's scroll width, and every control outside a scrolling table region whose box
 * reaches past the viewport's width.
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('button, input, select, textarea, a[href], [tabindex], label, h2, h3, p, li')]
      .filter((el) => !el.closest('[role="region"] table'))
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.left < -0.5 || b.right > width + 0.5);
      })
      .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 40)}`);
    return { scrollWidth: document.scrollingElement!.scrollWidth, outside };
  });
}

/** Words of the table's column headers that the layout broke over two lines. */
async function brokenHeaderWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const th of document.querySelectorAll('.cmp-table thead th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.parentElement as HTMLElement).closest('.visually-hidden')) continue;
        for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { envelopeDoc } from '../support/data';
import { FACTOR_IDS } from '../../src/lib/factors';

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
    expect(lines[0]).toMatch(/^Kommun;Rubrik;Datum;1\. [^;]+;2\. /);
    expect(lines[0]!.split(';')).toHaveLength(13);
    expect(lines[1]).toBe('Testkommun Å;Gruppskattning;2026-04-02;1;Vet ej;2;4;0;1;2;3;4;2');
    expect(lines[2]).toBe('Testkommun Ä;Gruppskattning;2026-04-02;3;3;3;3;3;3;3;3;3;3');
    expect(lines[3]).toBe("'=Testkommun Ö;Gruppskattning;2026-04-02;4;2;1;;;;;;;");
    expect(lines[4]).toBe('Median i länet;;;3;2,5;2;3,5;1,5;2;2,5;3;3,5;2,5');

    // Printable: the table (not the controls) is in the PDF.
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.text).toContain('Testkommun Å');
    expect(pdf.text).toContain('Median i länet');
    expect(pdf.text).not.toContain('Lägg till valda');

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
});

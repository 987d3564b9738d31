import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { fixtures, seed } from './profile-seed';
import { model } from '../../src/lib/model-data';
import { documentSchema } from '../../src/lib/schema';
import { t } from '../../src/i18n/sv';

afterAll(closeBrowser);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Types a date into the focused <input type="date"> with the keyboard. The order of the
 * field's segments follows the browser's own locale, so the key sequence is first found on a
 * throw-away probe input, then replayed on the real one.
 */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const candidates = [
    [m, d, y],
    [d, m, y],
    [y, 'ArrowRight', m, d],
  ];
  const target = await page.evaluateHandle(() => document.activeElement);
  for (const keys of candidates) {
    await page.evaluate(() => {
      document.getElementById('date-probe')?.remove();
      const i = document.createElement('input');
      i.type = 'date';
      i.id = 'date-probe';
      document.body.append(i);
    });
    await page.focus('#date-probe');
    for (const k of keys) await (k.startsWith('Arrow') ? page.keyboard.press(k) : page.keyboard.type(k));
    const ok = (await page.inputValue('#date-probe')) === iso;
    await page.evaluate(() => document.getElementById('date-probe')?.remove());
    if (ok) {
      await target.asElement()!.focus();
      for (const k of keys) await (k.startsWith('Arrow') ? page.keyboard.press(k) : page.keyboard.type(k));
      return;
    }
  }
  throw new Error('could not type a date into the date field');
}

describe('/rapport/', () => {
  it('explains the empty state (axe clean)', async () => {
    const { page, errors, context } = await newPage();
    await page.goto(url('rapport/'));
    await expect.poll(() => page.getByRole('heading', { name: 'Det finns ingen skattning ännu' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mognadsrapport');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fills the action plan with the keyboard, saves it, and prints a complete report to PDF', async () => {
    const { current, earlier } = fixtures();
    const { page, errors, externalRequests, context } = await newPage();
    await seed(context, [earlier, current], current.id);
    await page.goto(url('rapport/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });

    // Title block: real data only.
    const header = norm((await page.locator('.report__header').textContent()) ?? '');
    expect(header).toContain('Provkommunen');
    expect(header).toContain('Styrgruppen hösten 2026');
    expect(header).toContain('2026-11-20');
    expect(header).toContain('Gruppens gemensamma skattning');
    expect(header).toContain('Bertil Provare, socialtjänst');
    expect(header).toContain(current.modelVersion);

    // Choose the comparison with the keyboard (the only candidate is the earlier assessment).
    await page.focus('#rapport-jamfor');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#rapport-jamfor')).toBe(earlier.id);
    await page.waitForSelector('#rapport-jamforelse');
    await expect.poll(() => page.locator('[data-chart-state="ready"] .chart__legend li').count(), { timeout: 10_000 }).toBe(2);

    // Action plan: first row is the lowest level (factor 7, level 0). Fill it with the keyboard.
    const firstRow = page.locator('.plan-table tbody tr').first();
    expect(await firstRow.getAttribute('data-factor')).toBe(model.factors[6]!.id);
    const owner = firstRow.locator('input[type="text"]');
    await owner.focus();
    await page.keyboard.type('Förvaltningschef skola');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date');
    await typeDate(page, '2027-03-31');
    await page.keyboard.press('Tab');
    expect(await firstRow.locator('input[type="date"]').inputValue()).toBe('2027-03-31');
    await expect
      .poll(() => page.locator('.plan-status').textContent())
      .toBe(`Sparat: klart senast för 7. ${model.factors[6]!.title}.`);

    // Second row: owner only.
    const second = page.locator('.plan-table tbody tr').nth(1);
    await second.locator('input[type="text"]').focus();
    await page.keyboard.type('Socialchef');
    await page.keyboard.press('Tab');

    // Saved with the assessment (schema-valid), and still there after a reload.
    const stored = documentSchema.parse(JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:assessments')))!));
    const saved = stored.assessments.find((a) => a.id === current.id)!;
    expect(saved.answers[model.factors[6]!.id]).toMatchObject({ owner: 'Förvaltningschef skola', due: '2027-03-31' });
    expect(saved.answers[model.factors[1]!.id]).toMatchObject({ owner: 'Socialchef', due: '' });
    await page.reload();
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    expect(await page.locator('.plan-table tbody tr').first().locator('input[type="text"]').inputValue()).toBe(
      'Förvaltningschef skola',
    );
    expect(new URL(page.url()).searchParams.get('jamfor')).toBe(earlier.id);
    await expect.poll(() => page.locator('[data-chart-state="ready"] .chart__legend li').count(), { timeout: 10_000 }).toBe(2);

    // Disagreement section: spread, agreed level and how the group settled it.
    const dis = norm((await page.locator('.disagreement').textContent()) ?? '');
    expect(await page.locator('.disagreement').count()).toBe(1);
    expect(dis).toContain(model.factors[2]!.title);
    expect(dis).toContain('lägst 0, högst 3');
    expect(dis).toContain(`0 ${model.scale.levels[0]!.name}: 1`);
    expect(dis).toContain('Vet ej: 1');
    expect(dis).toContain(`1 ${model.scale.levels[1]!.name}`);
    expect(dis).toContain('Beslut saknas, därför nivå 1.');

    // User text is text, never markup.
    expect(await page.locator('.report b').count()).toBe(0);
    expect(await page.locator('.report').textContent()).toContain('Protokoll <b>inte fet</b> från styrgruppen');

    expect(await axeViolations(page)).toEqual([]);

    // The print button (keyboard) opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // In print, the action plan shows its values as text, not input boxes; the chart is an image.
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) =>
      page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible('.report input')).toBe(0);
    expect(await visible('.plan-value')).toBe(2 * (await page.locator('.plan-table tbody tr').count()));
    expect(await visible('.report img.chart__print')).toBe(1);
    expect(await visible('.report canvas')).toBe(0);
    expect(await visible('.site-header, .main-nav, .site-footer, .selection')).toBe(0);
    await page.emulateMedia({ media: null });

    // Print to PDF (Chromium uses print media).
    const buffer = await page.pdf({ format: 'A4', printBackground: true });
    if (process.env.REPORT_PDF) writeFileSync(process.env.REPORT_PDF, buffer);
    const pdf = await readPdf(buffer);
    // Compare without whitespace: PDF text breaks lines (and ligatures) with spaces.
    const squash = (t: string) => t.replace(/\s+/g, '');
    const text = squash(pdf.text);
    const has = (t: string) => expect(text, t).toContain(squash(t));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(12);
    has('Provkommunen');
    expect(text).toMatch(/mognadsrapport/i);
    for (const f of model.factors) has(f.title);
    for (const l of model.scale.levels) has(`${l.level} ${l.name}`);
    has('Vet ej');
    has('Handlingsplan');
    has('Förvaltningschef skola');
    has('2027-03-31');
    has('Socialchef');
    has('Där gruppen var oenig');
    has('Beslut saknas, därför nivå 1.');
    has('Jämförelse med tidigare skattning');
    // The chart arrives as an image; no navigation or controls in print.
    expect(pdf.imagesPerPage.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(squash('Hoppa till innehållet'));
    expect(text).not.toContain(squash('Skriv ut / spara som PDF'));
    expect(text).not.toContain(squash('Skattning att visa'));
    expect(text).not.toContain(squash(t.common.search.label));
    // Page numbers where the browser supports them (Chromium does).
    has(`Sida 1 av ${pdf.pages}`);

    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('hides participants’ names when the workshop asked for it', async () => {
    const { current } = fixtures();
    const hidden = { ...current, workshop: { ...current.workshop!, hideNames: true } };
    const { page, context } = await newPage();
    await seed(context, [hidden], hidden.id);
    await page.goto(url('rapport/'));
    await page.waitForSelector('.report__header');
    const header = norm((await page.locator('.report__header').textContent()) ?? '');
    expect(header).toContain('3 deltagare (namnen visas inte)');
    expect(header).not.toContain('Alva');
    expect(header).not.toContain('Bertil');
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    // The PDF is the report (a blank or wrong PDF fails here), and the names are not in it.
    const text = pdf.text.replace(/\s+/g, '');
    expect(pdf.pages).toBeGreaterThan(0);
    expect(text).toContain(hidden.organisation.replace(/\s+/g, ''));
    expect(text).toContain('3deltagare(namnenvisasinte)');
    expect(pdf.text).not.toContain('Alva');
    expect(pdf.text).not.toContain('Bertil');
    await context.close();
  });
});

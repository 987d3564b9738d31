/**
 * A long unbroken word (an address pasted into "Nästa steg") must not widen the page or push
 * the report's other columns out, on screen and in the PDF.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { makeAssessment, seed } from './profile-seed';

afterAll(closeBrowser);

const address = `https://exempel.se/?${'ForebyggandeArbeteISamverkan'.repeat(9)}`;

describe('long words', () => {
  it('wrap in /rapport/ on screen and in print; the plan keeps its columns and the whole text', async () => {
    expect(address.length).toBeGreaterThan(250);
    const a = makeAssessment({
      id: 'lang-text',
      organisation: 'Långordskommun',
      levels: [1, 2, 3, 2, 1, 0, 2, 3, 4, 'vet-ej'],
      extra: { 'samordna-strukturen': { nextStep: address, owner: 'Ansvarig person', due: '2027-03-01' } },
    });
    const { page, context, errors } = await newPage({ viewport: { width: 375, height: 812 } });
    await seed(context, [a], a.id);
    await page.goto(url('rapport/'));
    await page.waitForSelector('.report__header');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 812 });
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(widths.page, `at ${width} px`).toBeLessThanOrEqual(widths.view);
    }

    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    const squashed = pdf.text.replace(/\s+/g, '');
    expect(squashed).toContain(address);
    expect(squashed).toContain('Ansvarigperson');
    expect(squashed).toContain('2027-03-01');
    expect(errors).toEqual([]);
    await context.close();
  });
});

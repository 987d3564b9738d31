import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';

afterAll(closeBrowser);

describe('smoke', () => {
  it('serves the start page in Swedish with no errors or external requests', async () => {
    const { page, errors, externalRequests, context } = await newPage();
    await page.goto(url(''));
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.text).toContain('framgångsfaktorerna');
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

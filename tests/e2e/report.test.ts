import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, url } from './browser';
import { readPdf } from './pdf';
import { fixtures, groupReport, seed } from './profile-seed';
import { readZipEntry } from '../support/unzip';
import { model } from '../../src/lib/model-data';
import { documentSchema } from '../../src/lib/schema';

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

  it('chooses the plan with the keyboard (checkboxes, move buttons), fills it and saves it', async () => {
    const { current, earlier } = fixtures();
    const { page, errors, context } = await newPage();
    await seed(context, [earlier, current], current.id);
    await page.goto(url('rapport/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });

    // Title block: real data only.
    const header = norm((await page.locator('.report__header').textContent()) ?? '');
    for (const part of ['Provkommunen', 'Styrgruppen hösten 2026', '2026-11-20', 'Gruppens gemensamma skattning'])
      expect(header).toContain(part);
    expect(header).toContain('Bertil Provare, socialtjänst');
    expect(header).toContain(current.modelVersion);

    // No plan chosen yet: the default is the factors with a written step (only factor 2 here).
    const planFactors = () =>
      page.locator('.plan-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-factor')));
    expect(await planFactors()).toEqual([model.factors[1]!.id]);

    // Include factor 7 with the keyboard (a real checkbox), then move it up to first place.
    const f7 = model.factors[6]!;
    await page.focus(`#plan-med-${f7.id}`);
    await page.keyboard.press('Space');
    await expect.poll(planFactors).toEqual([model.factors[1]!.id, f7.id]);
    await expect.poll(() => page.locator('.plan-status').textContent()).toBe(`7. ${f7.title} är med i planen.`);
    await page.focus(`#plan-upp-${f7.id}`);
    await page.keyboard.press('Enter');
    await expect.poll(planFactors).toEqual([f7.id, model.factors[1]!.id]);
    // Focus stays with the factor that moved (its "up" button is now disabled, so "down").
    // (It moves there in an effect after the list is drawn: wait for it.)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`plan-ned-${f7.id}`);

    // Owner, date, status and comment of the first row.
    const firstRow = page.locator('.plan-table tbody tr').first();
    await firstRow.locator('input[type="text"]').first().focus();
    await page.keyboard.type('Förvaltningschef skola');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date');
    await typeDate(page, '2027-03-31');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.plan-status').textContent()).toBe(`Sparat: klart senast för 7. ${f7.title}.`);
    await page.selectOption(`#plan-status-${f7.id}`, 'pagar');
    await page.focus(`#plan-comment-${f7.id}`);
    await page.keyboard.type('Möte med elevråden bokat.');
    await page.keyboard.press('Tab');

    // Saved with the assessment (schema-valid), and still there after a reload.
    const stored = documentSchema.parse(JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:assessments')))!));
    const saved = stored.assessments.find((a) => a.id === current.id)!;
    expect(saved.answers[f7.id]).toMatchObject({ owner: 'Förvaltningschef skola', due: '2027-03-31' });
    expect(saved.plan).toEqual([
      { factor: f7.id, status: 'pagar', comment: 'Möte med elevråden bokat.' },
      { factor: model.factors[1]!.id, status: 'inte-paborjat', comment: '' },
    ]);
    await page.reload();
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    expect(await planFactors()).toEqual([f7.id, model.factors[1]!.id]);
    expect(await page.inputValue(`#plan-owner-${f7.id}`)).toBe('Förvaltningschef skola');

    // The decision block: real fields (the kit's Field), printed only when filled.
    expect(await page.locator('.report__header').textContent()).not.toContain('Fastställd av');
    await page.getByLabel('Fastställd av').fill('Socialnämnden');
    await page.getByLabel('Diarienummer').fill('SN 2026/9');
    await page.getByLabel('Diarienummer').press('Tab');
    await expect.poll(() => page.locator('.report__header').textContent()).toContain('Socialnämnden');
    expect(await page.locator('.report__header').textContent()).toContain('SN 2026/9');

    // User text is text, never markup.
    expect(await page.locator('.report b').count()).toBe(0);
    expect(await page.locator('.report').textContent()).toContain('Protokoll <b>inte fet</b> från styrgruppen');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a follow-up of the earlier plan and reports what became of it', async () => {
    const { current: group, earlier } = groupReport();
    // The earlier assessment had the group's plan; the new one follows it up.
    const previous = {
      ...group,
      id: 'forra-2026',
      createdAt: '2026-03-01T09:00:00.000Z',
      title: 'Våren 2026',
      followUp: undefined,
    };
    const next = { ...earlier, id: 'nu-2026', createdAt: '2026-11-22T09:00:00.000Z', title: 'Hösten 2026', plan: undefined };
    const { page, errors, context } = await newPage();
    await seed(context, [previous, next], next.id);
    await page.goto(url(`rapport/?id=${next.id}&jamfor=${previous.id}`));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Följ upp förra handlingsplanen' }).focus();
    await page.keyboard.press('Enter');
    // It opens with the previous plan, in its order, each step as it was written.
    await expect.poll(() => page.locator('.loop-item').count()).toBe(4);
    const legends = await page.locator('.loop-item legend').allTextContents();
    expect(legends.map((l) => l.split('.')[0])).toEqual(['5', '2', '7', '3']);
    expect(await page.locator('.loop-item').nth(1).textContent()).toContain('Boka ett möte om gemensam lägesbild.');
    const f2 = model.factors[1]!.id;
    await page.selectOption(`#uppfoljning-status-${f2}`, 'genomfort');
    await page.getByLabel('Kommentar').nth(1).fill('Lägesbilden klar i oktober.');
    await page.getByLabel('Kommentar').nth(1).press('Tab');
    const since = norm((await page.locator('.report-since').textContent()) ?? '');
    expect(since).toContain('Sedan förra skattningen');
    expect(since).toContain('Lägesbilden klar i oktober.');
    expect(await page.locator(`#rapport-sedan-tabell tr[data-factor="${f2}"]`).textContent()).toContain('Genomfört');
    const stored = documentSchema.parse(JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:assessments')))!));
    const fu = stored.assessments.find((a) => a.id === next.id)!.followUp!;
    expect(fu.previousId).toBe(previous.id);
    expect(fu.items.find((i) => i.factor === f2)).toMatchObject({ status: 'genomfort', comment: 'Lägesbilden klar i oktober.' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a group assessment to file: running header, summary and legend on page 1, the group’s plan, no stranded heading or table header', async () => {
    const { current, earlier } = groupReport();
    const { page, errors, externalRequests, context } = await newPage();
    await seed(context, [earlier, current], current.id);
    await page.goto(url(`rapport/?jamfor=${earlier.id}`));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });

    // In print the fields are text and the chart an image; no controls.
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) =>
      page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible('.report input, .report select, .report button')).toBe(0);
    expect(await visible('.report img.chart__print')).toBe(1);
    expect(await visible('.report canvas')).toBe(0);
    const headings = (await page
      .locator('.report h1, .report h2, .report h3')
      .evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent ?? ''),
      )) as string[];
    // A table's header row is a heading too: it must not stand alone at the foot of a page.
    const tableHeads = (await page
      .locator('.report thead')
      .evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent ?? ''),
      )) as string[];
    expect(tableHeads.length).toBeGreaterThanOrEqual(4);
    await page.emulateMedia({ media: null });

    const buffer = await page.pdf({ format: 'A4' });
    if (process.env.REPORT_PDF) writeFileSync(process.env.REPORT_PDF, buffer);
    const pdf = await readPdf(buffer);
    const squash = (t: string) => t.replace(/\s+/g, '');
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    const running = squash('Provkommunen · Styrgruppen hösten 2026 · 2026-11-20');
    pdf.pageTexts.forEach((text, i) => {
      expect(squash(text), `page ${i + 1}`).toContain(running);
      expect(squash(text), `page ${i + 1}`).toContain(squash(`Sida ${i + 1} av ${pdf.pages}`));
    });
    // Page 1: title block with the decision, the summary in words and the scale legend.
    const first = squash(pdf.pageTexts[0]!);
    for (const part of [
      'Sammanfattning',
      'Ni har gett en nivå till 8 av 10 faktorer',
      'Så läser ni nivåerna',
      'Eva Test, fritid',
    ])
      expect(first, part).toContain(squash(part));
    for (const l of model.scale.levels) expect(first).toContain(squash(`${l.level} ${l.name}`));
    for (const part of ['Barn- och utbildningsnämnden', '2026-12-10', 'BUN 2026/123']) expect(first).toContain(squash(part));
    // No page ends with a heading (the running header and page number are not part of the flow).
    pdf.pageTexts.forEach((text, i) => {
      const flow = squash(text)
        .replace(running, '')
        .replace(squash(`Sida ${i + 1} av ${pdf.pages}`), '');
      for (const h of [...headings, ...tableHeads])
        expect(flow.endsWith(squash(h)), `page ${i + 1} ends with “${h}”`).toBe(false);
    });
    // The plan in the group's order: factors 5, 2, 7, 3.
    const all = squash(pdf.text);
    const plan = all.slice(all.indexOf('Handlingsplan'), all.indexOf(squash('Sedan förra skattningen')));
    const order = [4, 1, 6, 2].map((i) => plan.indexOf(squash(`${i + 1}. ${model.factors[i]!.title}`)));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const part of ['Socialchef', '2027-02-28', 'Pågår', 'Datum föreslaget.', 'Genomfört'])
      expect(plan).toContain(squash(part));
    // Follow-up, disagreement as a table, and no composite score or placeholder text anywhere.
    for (const part of ['Rapport klar i oktober.', 'Struket', 'Där gruppen var oenig', 'Beslut saknas, därför nivå 1.', 'Lägst'])
      expect(all).toContain(squash(part));
    expect(pdf.text).not.toMatch(/av 100|Mognadsindex|Inte antecknat/);
    expect(pdf.imagesPerPage.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(all).not.toContain(squash('Skriv ut / spara som PDF'));
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it('downloads the report as a Word file with the plan, loading docx only on the click', async () => {
    const { current, earlier } = groupReport();
    const { page, errors, context } = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await seed(context, [earlier, current], current.id);
    await page.goto(url('rapport/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 10_000 });
    const before = scripts.length;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner som Word' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('mognadsrapport-provkommunen-2026-11-20.docx');
    expect(scripts.length).toBeGreaterThan(before);
    const zip = readFileSync((await file.path())!);
    const xml = readZipEntry(zip, 'word/document.xml')!;
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Handlingsplan');
    const order = [4, 1, 6, 2].map((i) => text.indexOf(`${i + 1}. ${model.factors[i]!.title}`, text.indexOf('Handlingsplan')));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Datum föreslaget.');
    expect(text).toContain('BUN 2026/123');
    expect(text).not.toContain('av 100');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toMatch(/<pic:pic|<a:blip/);
    await expect.poll(() => page.locator('#word-status').textContent()).toContain('är nedladdad');
    expect(errors).toEqual([]);
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

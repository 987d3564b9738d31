import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, newPage, storeReturningUser, trackedPage, url } from './browser';
import { fiveParticipantFiles } from '../support/workshop';
import { readPdf } from './pdf';
import { encodeShare } from '../../src/lib/share';
import { assessmentSchema } from '../../src/lib/schema';

afterAll(closeBrowser);

const dir = resolve('tests/fixtures/workshop');
const fixtures = [
  'deltagare-1-skola.json',
  'deltagare-2-socialtjanst.json',
  'deltagare-3-elevhalsa.json',
  'deltagare-4-polis.json',
  'deltagare-5-trasig.json',
].map((f) => resolve(dir, f));
const F1 = 'prioritera-forebyggande-arbetet';
const F2 = 'kartlagg-problembilden';

interface Stored {
  assessments: {
    id: string;
    kind: string;
    organisation: string;
    answers: Record<string, { level: unknown; evidence: string; nextStep: string }>;
    workshop?: {
      participants: { name: string; role: string }[];
      hideNames: boolean;
      factors: Record<string, { levels: unknown[]; disagreement: boolean; resolution: string }>;
    };
  }[];
}

describe('workshop', () => {
  it('merges participant files, flags disagreement, records consensus that reaches profile and report', async () => {
    const { page, context, errors, externalRequests } = await newPage();
    await page.goto(url('workshop/'));
    await page.waitForSelector('#wk-files');
    expect(await axeViolations(page), 'axe, empty').toEqual([]);

    // Five files at once, one broken.
    await page.setInputFiles('#wk-files', fixtures);
    const problems = page.locator('.wk-problems');
    await problems.waitFor();
    expect(await problems.locator('li').count()).toBe(1);
    const problem = await problems.locator('li').innerText();
    expect(problem).toContain('deltagare-5-trasig.json');
    expect(problem).toMatch(/Fel i filen: .*nivå: har ett ogiltigt värde/);
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);

    // Factor 1 is 1, 3, 2 and "vet ej" (consensus 0.72): "Viss spridning" in text, in the heading
    // and the summary table, "vet ej" counted apart; factor 2 is 2, 2, 3: "Samstämmiga".
    const f1 = page.locator(`section[aria-labelledby="wk-f-${F1}"]`);
    const f2 = page.locator(`section[aria-labelledby="wk-f-${F2}"]`);
    expect(await f1.locator('h3').textContent()).toContain('Viss spridning');
    expect(await f1.locator('.wk-flag').textContent()).toContain('1 av 4 vet inte');
    expect(await f2.locator('.wk-flag').count()).toBe(0);
    expect(await f2.locator('.wk-agree').textContent()).toContain('Samstämmiga');
    expect(await f2.locator('h3').textContent()).not.toContain('spridning');
    const f1Row = page.locator('.wk-summary tbody tr').first();
    expect(await f1Row.innerText()).toMatch(/Viss spridning/);
    // Median of 1, 3, 2 (vet ej left out) is 2; one "vet ej".
    const stats = await f1.locator('.wk-stats').textContent();
    expect(stats).toMatch(/Median:?\s*2/);
    expect(stats).toMatch(/Vet ej:?\s*1/);
    // Per-level table lists who answered what, with role.
    expect(await f1.locator('table').first().textContent()).toContain('Testperson Socialtjänst (Socialtjänst)');
    expect(await axeViolations(page), 'axe, loaded with errors').toEqual([]);

    // A file name is shown as text, never as markup.
    await page.setInputFiles('#wk-files', [
      { name: '<img src=x id=injected>.json', mimeType: 'application/json', buffer: Buffer.from('{not json') },
    ]);
    await page.locator('.wk-problems li', { hasText: '<img src=x id=injected>.json' }).waitFor();
    expect(await page.locator('#injected').count()).toBe(0);

    // Loading a participant again is noticed and asked about.
    await page.setInputFiles('#wk-files', [fixtures[0]!]);
    const dup = page.locator('.wk-dup');
    await dup.waitFor();
    expect(await dup.innerText()).toContain('Testperson Skola');
    expect(await axeViolations(page), 'axe, duplicate question').toEqual([]);
    await dup.getByRole('button', { name: 'Hoppa över' }).click();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);
    // Keep both, then remove the copy; replace keeps the count and the place.
    await page.setInputFiles('#wk-files', [fixtures[0]!]);
    await dup.getByRole('button', { name: 'Behåll båda' }).click();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(5);
    await page
      .locator('.wk-people tbody tr')
      .nth(4)
      .getByRole('button', { name: /Ta bort/ })
      .click();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);
    await page.setInputFiles('#wk-files', [fixtures[0]!]);
    await dup.getByRole('button', { name: 'Ersätt den inlästa' }).click();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);
    expect(await page.locator('.wk-people tbody tr').first().innerText()).toContain('Testperson Skola');
    // Several duplicates at once: one answer for all of them.
    await page.setInputFiles('#wk-files', fixtures.slice(0, 3));
    await page.getByLabel('Gör likadant med de 2 andra deltagarna som redan finns').check();
    await dup.getByRole('button', { name: 'Hoppa över' }).click();
    expect(await dup.count()).toBe(0);
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);

    // Filter by role.
    await page.selectOption('#wk-role', 'socialtjanst');
    expect(await f1.locator('.wk-dots .wk-mark').count()).toBe(1);
    await page.selectOption('#wk-role', '');
    expect(await f1.locator('.wk-dots .wk-mark').count()).toBe(4);

    // Record the group's decision on factor 1 with the keyboard only.
    expect(await page.inputValue('#wk-org')).toBe('Testkommun');
    await page.locator(`input[name="wk-agreed-${F1}-level"]`).first().focus();
    await page.keyboard.press('Space'); // level 0
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // level 2
    await page.keyboard.press('Tab'); // "Ta bort gruppens nivå"
    await page.keyboard.press('Tab');
    await page.keyboard.type('Protokoll från styrgruppen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ta fram en gemensam plan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Skolan och socialtjänsten såg olika delar; vi valde nivå 2.');
    await f1.locator('.wk-saved', { hasText: 'Sparat' }).waitFor();
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="2"]`)).toBe(true);

    // Hide names: views show "Deltagare 2 (Socialtjänst)".
    await page.getByLabel('Dölj deltagarnas namn').check();
    expect(await f1.locator('table').first().textContent()).toContain('Deltagare 2 (Socialtjänst)');
    expect(await f1.locator('table').first().textContent()).not.toContain('Testperson');
    expect(await page.locator('.wk-people').innerText()).not.toMatch(/Testperson|deltagare-1-skola\.json/);
    expect(await f1.locator('.wk-dots .wk-mark').first().getAttribute('title')).toMatch(/^Deltagare \d \(/);

    // Saved into the group assessment (the save runs right after the view updates).
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('tsi-boken:assessments')?.includes('"hideNames":true') ?? false))
      .toBe(true);
    const stored = await page.evaluate(() => ({
      doc: localStorage.getItem('tsi-boken:assessments'),
      active: localStorage.getItem('tsi-boken:active'),
    }));
    const doc = JSON.parse(stored.doc!) as Stored;
    const group = doc.assessments.find((a) => a.kind === 'consensus')!;
    expect(group.id).toBe(stored.active);
    expect(group.organisation).toBe('Testkommun');
    expect(group.answers[F1]).toMatchObject({
      level: 2,
      evidence: 'Protokoll från styrgruppen',
      nextStep: 'Ta fram en gemensam plan',
    });
    expect(group.workshop!.participants.map((p) => p.role)).toEqual(['skola', 'socialtjanst', 'elevhalsa', 'polis']);
    expect(group.workshop!.hideNames).toBe(true);
    expect(group.workshop!.factors[F1]).toEqual({
      levels: [1, 3, 2, 'vet-ej'],
      disagreement: true,
      resolution: 'Skolan och socialtjänsten såg olika delar; vi valde nivå 2.',
    });
    expect(group.workshop!.factors[F2]!.disagreement).toBe(false);

    // A reload keeps the loaded participants and the recorded decision.
    await page.reload();
    await page.locator('.wk-people tbody tr').first().waitFor();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(4);
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="2"]`)).toBe(true);
    expect(await page.inputValue(`#wk-agreed-${F1}-evidence`)).toBe('Protokoll från styrgruppen');

    // Start a new group assessment, then continue with the saved one: its decisions come back.
    await page.getByRole('button', { name: 'Börja en ny gruppskattning' }).click();
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="2"]`)).toBe(false);
    await page.selectOption('#wk-continue', group.id);
    await page.getByRole('button', { name: 'Fortsätt med den' }).click();
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="2"]`)).toBe(true);
    expect(await page.inputValue(`#wk-agreed-${F1}-resolution`)).toContain('vi valde nivå 2');
    expect(await axeViolations(page), 'axe, group chosen').toEqual([]);

    // The group assessment is the active one in /profil/.
    await page.goto(url('profil/'));
    await page.locator(`.profile[data-assessment-id="${group.id}"]`).waitFor();
    expect(await page.locator('#profil-sammanfattning').innerText()).toContain('Testkommun');

    // The report prints the disagreement section.
    await page.goto(url('rapport/'));
    await page.locator('#rapport-oenig').waitFor();
    await page.locator('[data-chart-state="ready"]').first().waitFor({ timeout: 10_000 });
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.text).toContain('Testkommun');
    expect(pdf.text).toContain('Skolan och socialtjänsten såg olika delar');
    expect(pdf.text).toContain('Där gruppen var oenig');
    expect(pdf.text).not.toContain('Testperson Socialtjänst');

    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  }, 240_000);

  it('loads participants from pasted share links and reports a damaged link', async () => {
    const { page, context, errors } = await newPage();
    const a = assessmentSchema.parse({
      id: 'fx-lank-fritid',
      kind: 'individual',
      organisation: 'Testkommun',
      title: '',
      participant: { name: 'Testperson Fritid', role: 'fritid' },
      createdAt: '2026-03-09T08:00:00.000Z',
      updatedAt: '2026-03-09T08:00:00.000Z',
      modelVersion: '2026.1',
      answers: { [F1]: { level: 4 }, [F2]: { level: 'vet-ej' } },
    });
    const good = url(`sjalvskattning/#${await encodeShare(a)}`);
    await page.goto(url('workshop/'));
    await page.fill('#wk-links', `${good}\n#dela=inte-en-riktig-lank`);
    await page.getByRole('button', { name: 'Läs in länkarna' }).click();
    await page.locator('.wk-problems li').waitFor();
    expect(await page.locator('.wk-problems li').innerText()).toContain('Länk 2: Länken är skadad');
    expect(await page.locator('.wk-people tbody tr').count()).toBe(1);
    expect(await page.locator('.wk-people tbody tr').innerText()).toContain('Testperson Fritid');
    expect(await page.locator('.wk-people tbody tr').innerText()).toContain('Länk 1');
    expect(await page.inputValue('#wk-links')).toContain('inte-en-riktig-lank');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps working and says so when the browser storage is full', async () => {
    const { page, context } = await newPage();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(url('workshop/'));
    await page.setInputFiles('#wk-files', fixtures.slice(0, 2));
    await page.locator('.wk-people tbody tr').nth(1).waitFor();
    await page.locator(`input[name="wk-agreed-${F1}-level"][value="3"]`).check();
    await page.locator('#wk-group-msg').getByText('Gruppens skattning är skapad').waitFor();
    expect(await page.locator('section[aria-labelledby="wk-group-h"] .notice--warn').innerText()).toContain('lagring är full');
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="3"]`)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks for the organisation before saving and keeps typed decisions over a reload meanwhile', async () => {
    const { page, context } = await newPage();
    await page.goto(url('workshop/'));
    await page.setInputFiles('#wk-files', fixtures.slice(0, 2));
    await page.locator('.wk-people tbody tr').nth(1).waitFor();
    await page.fill('#wk-org', '');
    await page.locator(`input[name="wk-agreed-${F2}-level"][value="vet-ej"]`).check();
    await page.fill(`#wk-agreed-${F2}-evidence`, 'Vi saknar underlag <script>alert(1)</script>');
    await page.locator('#wk-group-msg').getByText('Skriv kommun eller organisation först').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tsi-boken:assessments') ?? '')).not.toContain('consensus');
    await page.reload();
    await page.locator('.wk-people tbody tr').nth(1).waitFor();
    expect(await page.isChecked(`input[name="wk-agreed-${F2}-level"][value="vet-ej"]`)).toBe(true);
    expect(await page.inputValue(`#wk-agreed-${F2}-evidence`)).toBe('Vi saknar underlag <script>alert(1)</script>');
    // Now with an organisation: saved, and the text is stored as typed.
    await page.fill('#wk-org', 'Testkommun');
    await page.getByRole('button', { name: 'Spara gruppens skattning' }).click();
    await page.locator('#wk-group-msg').getByText('Gruppens skattning är skapad').waitFor();
    const doc = JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:assessments')))!) as Stored;
    expect(doc.assessments.find((a) => a.kind === 'consensus')!.answers[F2]).toMatchObject({
      level: 'vet-ej',
      evidence: 'Vi saknar underlag <script>alert(1)</script>',
    });
    await context.close();
  });

  it('shows the reasons by level, copies one into the group, keeps the session for the next day, and hands it on as a file', async () => {
    const { page, context, errors } = await withFive();
    const f1 = page.locator(`section[aria-labelledby="wk-f-${F1}"]`);
    const f2 = page.locator(`section[aria-labelledby="wk-f-${F2}"]`);

    // The reasons, grouped by level, with who wrote them.
    const reasons = f1.locator('.wk-reasons');
    expect(await reasons.textContent()).toContain('Underlag från polis: protokoll 5');
    expect(await reasons.locator('h5').allTextContents()).toEqual([
      expect.stringMatching(/^2 .*\(4 svar\)/),
      expect.stringMatching(/^4 .*\(1 svar\)/),
    ]);
    expect(await reasons.textContent()).toContain('Eva Polis (Polis)');
    // Agreement in words: one outlier on factor 1, two camps on factor 2, and the order to discuss.
    expect(await f1.locator('.wk-flag').textContent()).toContain('En person svarade nivå 4: börja med att fråga varför');
    expect(await f2.locator('.wk-flag').textContent()).toContain('Delade i två läger');
    expect(await page.locator('.wk-first li').first().textContent()).toContain('2.');
    expect(await axeViolations(page), 'axe, reasons').toEqual([]);

    // Copy the police's evidence into the group's evidence (by keyboard).
    const use = f1.getByRole('button', { name: 'Använd som gruppens underlag (Eva Polis (Polis))' });
    await use.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue(`#wk-agreed-${F1}-evidence`)).toBe('Underlag från polis: protokoll 5');
    await f1.getByRole('button', { name: 'Använd som nästa steg (Anna Skola (Skola))' }).click();
    await expect.poll(() => page.inputValue(`#wk-agreed-${F1}-next`)).toBe('Steg från skola');
    await page.locator(`input[name="wk-agreed-${F1}-level"][value="2"]`).check();

    // Names hidden: the reasons name the role only.
    await page.getByLabel('Dölj deltagarnas namn').check();
    expect(await reasons.textContent()).not.toContain('Eva Polis');
    expect(await reasons.locator('.wk-reasons__who').allTextContents()).toContain('Polis');

    // Saved in localStorage (not in the tab).
    const saved = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('tsi-boken:workshops') ?? '{"workshops":[]}') as SavedDoc);
    await expect.poll(async () => (await saved()).workshops[0]?.settings.hideNames).toBe(true);
    const before = (await saved()).workshops[0]!;
    expect(before.entries).toHaveLength(5);
    expect(before.decisions[F1]).toMatchObject({
      level: 2,
      evidence: 'Underlag från polis: protokoll 5',
      nextStep: 'Steg från skola',
    });

    // The next day: a new page in the same browser. The workshop is listed and opens with one click.
    await page.close();
    const { page: next } = await trackedPage(context);
    await next.goto(url('workshop/'));
    const row = next.locator('.wk-saved tbody tr').first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Ale kommun[\s\S]*2026-\d\d-\d\d[\s\S]*\b5\b/);
    expect(await next.locator('.wk-people tbody tr').count()).toBe(0);
    expect(await axeViolations(next), 'axe, saved list').toEqual([]);
    await row.getByRole('button', { name: /^Öppna Ale kommun/ }).click();
    await next.locator('.wk-people tbody tr').nth(4).waitFor();
    expect(await next.isChecked(`input[name="wk-agreed-${F1}-level"][value="2"]`)).toBe(true);
    expect(await next.inputValue(`#wk-agreed-${F1}-evidence`)).toBe('Underlag från polis: protokoll 5');
    expect(await next.isChecked('text=Dölj deltagarnas namn')).toBe(true);
    expect(await axeViolations(next), 'axe, reopened').toEqual([]);

    // Export it, and import the file in another browser: the same participants and decisions.
    const [download] = await Promise.all([
      next.waitForEvent('download'),
      next
        .locator('.wk-saved tbody tr')
        .first()
        .getByRole('button', { name: /^Exportera Ale kommun/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^workshop-ale-kommun-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const exported = (await next.evaluate(() => JSON.parse(localStorage.getItem('tsi-boken:workshops')!) as SavedDoc))
      .workshops[0]!;
    const other = await newPage();
    await other.page.goto(url('workshop/'));
    await other.page.setInputFiles('#wk-import', path);
    await other.page.locator('.wk-people tbody tr').nth(4).waitFor();
    const imported = (await other.page.evaluate(() => JSON.parse(localStorage.getItem('tsi-boken:workshops')!) as SavedDoc))
      .workshops[0]!;
    expect(imported.entries).toEqual(exported.entries);
    expect(imported.decisions).toEqual(exported.decisions);
    expect(imported.settings).toEqual(exported.settings);
    expect(imported.organisation).toBe('Ale kommun');
    expect(await other.page.inputValue(`#wk-agreed-${F1}-evidence`)).toBe('Underlag från polis: protokoll 5');
    expect(await axeViolations(other.page), 'axe, imported').toEqual([]);
    expect(other.errors).toEqual([]);
    await other.context.close();
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('two tabs on one workshop: an idle tab takes what the other saved, so neither overwrites the other', async () => {
    const { page, context, errors } = await withFive();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('tsi-boken:workshops') !== null)).toBe(true);
    const { page: other, errors: otherErrors } = await trackedPage(context);
    await other.goto(url('workshop/'));
    await other
      .locator('.wk-saved tbody tr')
      .first()
      .getByRole('button', { name: /^Öppna/ })
      .click();
    await other.locator('.wk-people tbody tr').nth(4).waitFor();
    const levels = async () => {
      const doc = JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:workshops')))!) as SavedDoc;
      return [doc.workshops[0]!.decisions[F1]?.level, doc.workshops[0]!.decisions[F2]?.level];
    };
    // The first tab decides factor 1; the second, idle, takes it.
    await page.locator(`input[name="wk-agreed-${F1}-level"][value="3"]`).check();
    await expect.poll(() => other.isChecked(`input[name="wk-agreed-${F1}-level"][value="3"]`)).toBe(true);
    // The second tab decides factor 2: both decisions are kept, and the first tab shows both.
    await other.locator(`input[name="wk-agreed-${F2}-level"][value="1"]`).check();
    await expect.poll(levels).toEqual([3, 1]);
    await expect.poll(() => page.isChecked(`input[name="wk-agreed-${F2}-level"][value="1"]`)).toBe(true);
    expect(await page.isChecked(`input[name="wk-agreed-${F1}-level"][value="3"]`)).toBe(true);
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('removes a saved workshop and all participants, each with undo by keyboard', async () => {
    const { page, context, errors } = await withFive();

    // "Ta bort alla deltagare" → "Ångra" has focus → Enter brings all five back.
    await page.getByRole('button', { name: 'Ta bort alla deltagare' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.wk-people tbody tr').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Ångra: ta tillbaka 5 deltagare');
    expect(await axeViolations(page), 'axe, undo notice').toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.locator('.wk-people tbody tr').count()).toBe(5);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wk-people-h');

    // Remove the saved workshop; "Ångra" puts back exactly what was removed.
    const stored = () => page.evaluate(() => localStorage.getItem('tsi-boken:workshops'));
    await page.locator('.wk-saved tbody tr').first().waitFor();
    const before = JSON.parse((await stored())!) as SavedDoc;
    await page
      .locator('.wk-saved')
      .getByRole('button', { name: /^Ta bort Ale kommun/ })
      .focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.wk-saved tbody tr').count()).toBe(0);
    expect(await page.locator('.wk-people tbody tr').count()).toBe(0); // it was the open one
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Ångra: ta tillbaka Ale kommun/);
    await page.keyboard.press('Enter');
    await page.locator('.wk-saved tbody tr').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Öppna Ale kommun/);
    const after = JSON.parse((await stored())!) as SavedDoc;
    expect(after.workshops).toEqual(before.workshops);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows one factor at a time on the projector, by keyboard', async () => {
    const { page, context, errors } = await withFive({ viewport: { width: 1280, height: 720 } });
    const open = page.locator(`section[aria-labelledby="wk-f-${F1}"] .wk-proj-open`);
    await open.focus();
    await page.keyboard.press('Enter');
    const h = page.locator('#wk-proj-h');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wk-proj-h');
    expect(page.url()).toContain('visa=projektor');
    expect(await h.innerText()).toMatch(/^1\. /);
    // Answers hidden until shown.
    expect(await page.locator('.wk-proj__hidden').count()).toBe(1);
    expect(await page.locator('.wk-proj__bars').count()).toBe(0);
    expect(await axeViolations(page), 'axe, projector hidden').toEqual([]);
    const reveal = page.getByRole('button', { name: 'Visa svaren' });
    await reveal.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.wk-proj__answers').innerText()).toContain('En person svarade nivå 4');
    expect(await axeViolations(page), 'axe, projector shown').toEqual([]);
    await assertReadable(page, 1280);
    // The whole answer (every level's bar) is on the 1280×720 screen without scrolling.
    const last = await page.locator('.wk-proj__bars li').last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(720);
    // → next factor, answers hidden again; ← back.
    await page.keyboard.press('ArrowRight');
    expect(await h.innerText()).toMatch(/^2\. /);
    expect(await page.locator('.wk-proj__hidden').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await assertReadable(page, 1920);
    // Back to editing at the same factor (factor 2).
    await page.getByRole('button', { name: 'Tillbaka till redigeringen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`wk-f-${F2}`);
    expect(page.url()).not.toContain('visa=projektor');
    // From the last factor too: its panel is drawn last, and focus waits for it.
    const F10 = 'folj-upp-resultatet';
    await page.locator(`section[aria-labelledby="wk-f-${F10}"] .wk-proj-open`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wk-proj-h');
    expect(await h.innerText()).toMatch(/^10\. /);
    await page.getByRole('button', { name: 'Tillbaka till redigeringen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`wk-f-${F10}`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('fits a 320 px screen: no clipped control, no sideways page scrolling', async () => {
    const { page, context } = await withFive({ viewport: { width: 320, height: 720 } });
    await page.locator(`input[name="wk-agreed-${F1}-level"][value="2"]`).check();
    const layout = await page.evaluate(() => {
      // Lay out every factor (content-visibility skips those far below).
      for (const el of document.querySelectorAll<HTMLElement>('.wk-factor')) el.style.contentVisibility = 'visible';
      const radios = [...document.querySelectorAll<HTMLInputElement>('.wk-form input[type="radio"]')].map((r) => {
        const b = r.getBoundingClientRect();
        const label = r.labels?.[0]?.getBoundingClientRect();
        return { left: Math.min(b.left, label?.left ?? b.left), right: Math.max(b.right, label?.right ?? b.right) };
      });
      const regions = [...document.querySelectorAll('.wk .table-scroll')].map((r) => [
        r.getAttribute('role'),
        r.getAttribute('tabindex'),
        !!r.getAttribute('aria-label'),
      ]);
      return { scrollWidth: document.documentElement.scrollWidth, radios, regions };
    });
    expect(layout.radios.length).toBe(60);
    for (const r of layout.radios) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(320);
    }
    expect(layout.scrollWidth).toBeLessThanOrEqual(320);
    for (const r of layout.regions) expect(r).toEqual(['region', '0', true]);
    expect(await axeViolations(page), 'axe, 320 px').toEqual([]);
    await context.close();
  }, 120_000);

  it('corrupt session data does not blank the page: what is readable stays, with a notice', async () => {
    const { page, context, errors } = await newPage();
    const good = JSON.parse(fiveParticipantFiles()[0]!.buffer.toString()).assessments[0];
    await context.addInitScript(
      ([f1, a]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        // An older page's tab session with a broken decision, and participants half broken.
        sessionStorage.setItem('tsi-boken:workshop-session', JSON.stringify({ agreed: { [f1 as string]: null }, chosen: 5 }));
        sessionStorage.setItem(
          'tsi-boken:workshop-participants',
          JSON.stringify({
            entries: [
              { key: 'k1', file: 'a.json', a },
              { key: 'k2', file: 'b.json', a: { chosen: 5 } },
            ],
          }),
        );
      },
      [F1, good] as const,
    );
    await page.goto(url('workshop/'));
    await page.locator('.wk-people tbody tr').first().waitFor();
    expect(await page.locator('.wk-people tbody tr').count()).toBe(1);
    expect(await page.locator('.wk-saved-msg').innerText()).toMatch(/2 delar av den sparade workshopen kunde inte läsas/);
    expect(await axeViolations(page), 'axe, corrupt tab session').toEqual([]);

    // A stored workshop with a broken decision: the rest opens, the raw text is kept aside.
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('tsi-boken:workshops')))!);
    stored.workshops[0].decisions = { [F1]: null, [F2]: { level: 1 } };
    await page.evaluate((doc) => localStorage.setItem('tsi-boken:workshops', doc), JSON.stringify(stored));
    await page.reload();
    await page.locator('.wk-people tbody tr').first().waitFor();
    expect(await page.isChecked(`input[name="wk-agreed-${F2}-level"][value="1"]`)).toBe(true);
    expect(await page.locator('section[aria-labelledby="wk-saved-h"] .notice--warn').innerText()).toMatch(
      /kunde inte läsas|oläsbar/i,
    );
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('tsi-boken:unreadable:')))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

/** A fresh browser on /workshop/ with the five participants' files loaded. */
async function withFive(options: Parameters<typeof newPage>[0] = {}) {
  const tracked = await newPage(options);
  await tracked.page.goto(url('workshop/'));
  await tracked.page.setInputFiles('#wk-files', fiveParticipantFiles());
  await tracked.page.locator('.wk-people tbody tr').nth(4).waitFor();
  return tracked;
}

interface SavedDoc {
  workshops: {
    organisation: string;
    entries: unknown[];
    decisions: Record<string, { level: unknown; evidence: string; nextStep: string }>;
    settings: { hideNames: boolean; roleFilter: string; factor: string | null };
  }[];
}

/** The projector's text is large for the room and nothing needs sideways scrolling. */
async function assertReadable(page: Page, width: number) {
  const m = await page.evaluate(() => ({
    h: parseFloat(getComputedStyle(document.querySelector('#wk-proj-h')!).fontSize),
    body: parseFloat(getComputedStyle(document.querySelector('.wk-proj__q')!).fontSize),
    scroll: document.documentElement.scrollWidth,
  }));
  expect(m.h).toBeGreaterThanOrEqual(40);
  expect(m.body).toBeGreaterThanOrEqual(24);
  expect(m.scroll).toBeLessThanOrEqual(width);
}

describe('workshop with participants loaded', () => {
  it('at 320 px nothing is wider than the page (wide tables scroll in their own region)', async () => {
    const { page, errors, context } = await newPage({ viewport: { width: 320, height: 700 } });
    await storeReturningUser(page);
    await page.goto(url('workshop/'));
    await expect.poll(() => page.locator('section.wk-factor').count(), { timeout: 10_000 }).toBe(10);
    // The select of group assessments to continue holds long names.
    expect(await page.locator('#wk-continue').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the ten factor panels one at a time, in order, so no single task draws more than one', async () => {
    const { page, errors, context } = await newPage();
    await storeReturningUser(page);
    // Records how many factor panels each task adds (a MutationObserver callback runs once per
    // task that changed the page).
    await page.addInitScript(() => {
      const added: number[] = [];
      (window as unknown as { panelsAdded: number[] }).panelsAdded = added;
      new MutationObserver((records) => {
        let n = 0;
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof Element) n += (node.matches('.wk-factor') ? 1 : 0) + node.querySelectorAll('.wk-factor').length;
        if (n) added.push(n);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url('workshop/'));
    await expect.poll(() => page.locator('section.wk-factor').count(), { timeout: 10_000 }).toBe(10);
    const added = await page.evaluate(() => (window as unknown as { panelsAdded: number[] }).panelsAdded);
    expect(added.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...added)).toBe(1);
    // In model order: factor 1 first, factor 10 last.
    const ids = await page.locator('section.wk-factor h3').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids[0]).toBe('wk-f-prioritera-forebyggande-arbetet');
    expect(ids[9]).toBe('wk-f-folj-upp-resultatet');
    expect(errors).toEqual([]);
    await context.close();
  });
});

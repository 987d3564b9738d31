import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, newPage, url } from './browser';
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
});

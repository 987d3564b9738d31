/**
 * Names that match what people see (WCAG 2.5.3 Label in Name, issue 15): on every tool route
 * with a returning user's data, each button and link whose visible text differs from its
 * accessible name must have the visible words at the start of the name ("Ta bort: Provkommun",
 * "Dela som länk: Provkommun"), so that a speech-input user can say what they see.
 *
 * Two checks: axe's rule label-content-name-mismatch (experimental in axe, so enabled here
 * explicitly), and our own stricter check over the browser's accessibility tree: for every
 * button and link, the normalised visible text is where the accessible name starts.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newPage, url } from './browser';
import { returningUser } from '../support/returning-user';

afterAll(closeBrowser);

/** Lower case, single spaces, without symbols (a sort arrow ▲ is not something one says). */
const normal = (s: string) => s.replace(/\p{S}/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Buttons and links whose accessible name does not start with their visible text. */
async function mismatches(page: Page): Promise<{ checked: number; wrong: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
  };
  const out: string[] = [];
  let checked = 0;
  for (const n of nodes) {
    if (n.ignored || !n.backendDOMNodeId || !['button', 'link'].includes(n.role?.value ?? '')) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
    if (!object.objectId) continue;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this instanceof HTMLElement ? this.innerText : ""; }',
      returnByValue: true,
    });
    const visible = normal(String(result.value ?? ''));
    const name = normal(n.name?.value ?? '');
    // Only text a person can read out counts (an icon alone has nothing to say).
    if (!/[\p{L}\p{N}]/u.test(visible)) continue;
    checked++;
    if (!name.startsWith(visible)) out.push(`${n.role!.value} "${visible}" is named "${name}"`);
  }
  await cdp.detach();
  return { checked, wrong: out };
}

async function labelInNameAxe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.html.slice(0, 120)})`));
}

/** A page with a returning user's storage, on `path`, hydrated. */
async function open(path: string) {
  const tracked = await newPage();
  const seed = returningUser();
  await tracked.context.addInitScript((s) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(s.local)) localStorage.setItem(k, v);
    for (const [k, v] of Object.entries(s.session)) sessionStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, seed);
  await tracked.page.goto(url(path));
  await tracked.page.waitForFunction(
    () => document.querySelectorAll('astro-island').length > 0 && document.querySelectorAll('astro-island[ssr]').length === 0,
  );
  await tracked.page.waitForLoadState('networkidle');
  return tracked;
}

describe('visible label text starts the accessible name (WCAG 2.5.3), with data', () => {
  for (const [path, shows] of [
    ['sjalvskattning/', '#list-heading'],
    ['profil/', 'main h2'],
    ['rapport/', 'main h2'],
    ['workshop/', 'main h2'],
    ['jamfor/', 'main h2'],
  ] as const) {
    it(`/${path}`, async () => {
      const { page, errors, context } = await open(path);
      await page.locator(shows).first().waitFor();
      expect(await labelInNameAxe(page)).toEqual([]);
      const { checked, wrong } = await mismatches(page);
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(12); // the menu's nine links and the page's own controls
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('/sjalvskattning/ with the share panel and the delete question open', async () => {
    const { page, errors, context } = await open('sjalvskattning/');
    await page.getByRole('button', { name: /^Dela som länk: Provkommun – Hösten/ }).click();
    await page.locator('#share-heading').waitFor();
    await page.getByRole('button', { name: /^Ta bort Provkommun – Hösten/ }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).waitFor();
    expect(await labelInNameAxe(page)).toEqual([]);
    expect((await mismatches(page)).wrong).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

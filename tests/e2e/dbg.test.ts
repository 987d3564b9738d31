import { afterAll, it } from 'vitest';
import { closeBrowser, newPage, url } from './browser';
afterAll(closeBrowser);
const fixtures = ['tests/fixtures/workshop/deltagare-1-skola.json', 'tests/fixtures/workshop/deltagare-2-socialtjanst.json'];
it('dbg', async () => {
  const { page, context, errors } = await newPage();
  page.on('console', (m) => console.log('PAGE', m.text()));
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(url('workshop/'));
  await page.setInputFiles('#wk-files', fixtures);
  await page.locator('.wk-people tbody tr').nth(1).waitFor();
  await page.locator(`input[name="wk-agreed-prioritera-forebyggande-arbetet"][value="3"]`).check();
  await page.locator('#wk-group-msg').getByText('Gruppens skattning är skapad').waitFor();
  console.log('SECTION1', await page.evaluate(() => performance.now() | 0), (await page.locator('section[aria-labelledby="wk-group-h"]').innerHTML()).includes('notice--warn'));
  await page.waitForTimeout(1500);
  console.log('SECTION2', (await page.locator('section[aria-labelledby="wk-group-h"]').innerHTML()).includes('notice--warn'));
  console.log('ERR', errors);
  await context.close();
});

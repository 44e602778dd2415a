/** Numbers as written through the built extension: the card and the popup show the text and value beside the
 *  digits, offer every number of the region, copy in the chosen form, Copy all as rows, and Fill a number
 *  field with the plain value. The page is German: its language decides 1.299,00. */
import { expect, test } from 'vitest';
import { openPopup } from './browser';
import { cardNumber, selectOver, ui, uiViolations } from './flows';
import { useSuite } from './suite';

const suite = useSuite({
  '/': {
    type: 'text/html',
    body: `<!doctype html><html lang="de"><body style="margin:40px;font-family:'DejaVu Sans',sans-serif">
      <p id="price" style="font-size:24px;display:inline-block;padding:6px 10px;margin:0">Preis: € 1.299,00</p>
      <p><input id="amount" type="number" step="0.01" aria-label="Betrag" style="font-size:16px"></p>
      <table id="lines" style="border-collapse:collapse;font-size:18px;margin-top:20px">
        <tr><td style="padding:4px 28px 4px 6px">10481</td><td style="padding:4px 28px">2</td><td style="padding:4px 6px;text-align:right">12,50</td></tr>
        <tr><td style="padding:4px 28px 4px 6px">20733</td><td style="padding:4px 28px">10</td><td style="padding:4px 6px;text-align:right">7,25</td></tr>
        <tr><td style="padding:4px 28px 4px 6px">31962</td><td style="padding:4px 28px">1</td><td style="padding:4px 6px;text-align:right">1.299,00</td></tr>
      </table></body></html>`,
  },
});

const setCopyFormat = (format: string) =>
  suite.b.worker.evaluate(async (copyFormat) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), copyFormat } });
  }, format);

test('a price in a German page: the digits, then as written and its value; Copy as written; Fill puts the plain value in a number field', async () => {
  const { b, server } = suite;
  await setCopyFormat('text');
  const page = await b.context.newPage();
  await page.goto(server.url);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.locator('#amount').click();
  await selectOver(b, page, '#price');
  // Five digits are expected: the whole number is shown (told it has six), never the 29900 of its tail.
  expect(await cardNumber(page)).toBe('129900');
  expect(await ui(page, 'card-written').textContent()).toBe('As written: 1.299,00 · value 1299.00');
  expect(await uiViolations(page, 'card')).toEqual([]);
  await ui(page, 'card-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('1.299,00');
  await ui(page, 'card-fill').click();
  await expect.poll(() => page.locator('#amount').inputValue()).toBe('1299.00');
  await page.close();
});

test('a table: the other numbers to pick from, Copy all as tab-separated rows, and the popup lists every number', async () => {
  const { b, server } = suite;
  await setCopyFormat('text');
  const page = await b.context.newPage();
  await page.goto(server.url);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await selectOver(b, page, '#lines', 6);
  expect(await cardNumber(page)).toBe('10481');
  expect(await ui(page, 'card-others').textContent()).toContain('1.299,00');
  await ui(page, 'card-copy-all').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('10481\t2\t12,50\n20733\t10\t7,25\n31962\t1\t1.299,00');
  expect(await ui(page, 'card-status').textContent()).toBe('Copied 9 numbers');
  // Picking another number shows it, and Copy takes it.
  const chips = await ui(page, 'card-others').call<string[]>('function () { return [...this.querySelectorAll("button")].map((b) => b.textContent); }');
  await ui(page, `card-other-${chips.indexOf('31962')}`).click();
  expect(await cardNumber(page)).toBe('31962');
  await ui(page, 'card-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('31962');
  await page.keyboard.press('Escape');

  const popup = await openPopup(b);
  await popup.getByTestId('numbers').waitFor();
  expect(await popup.getByTestId('numbers').locator('button.chip').allTextContents()).toEqual(['10481', '2', '12,50', '20733', '10', '7,25', '31962', '1', '1.299,00']);
  await popup.close();
  await page.close();
});

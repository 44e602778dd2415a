/** Numbers as written in real Firefox: the card shows a German price as written with its value, copies it in
 *  the form chosen on the options page, and Copy all gives a table as tab-separated rows. */
import { expect, test } from 'vitest';
import { openOptions, readClipboard } from './browser';
import { cardNumber, selectOver, ui } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({
  '/': {
    type: 'text/html',
    body: `<!doctype html><html lang="de"><body style="margin:40px;font-family:'DejaVu Sans',sans-serif">
      <p id="price" style="font-size:24px;display:inline-block;padding:6px 10px;margin:0">Preis: € 1.299,00</p>
      <table id="lines" style="border-collapse:collapse;font-size:18px;margin-top:20px">
        <tr><td style="padding:4px 28px 4px 6px">10481</td><td style="padding:4px 6px;text-align:right">12,50</td></tr>
        <tr><td style="padding:4px 28px 4px 6px">20733</td><td style="padding:4px 6px;text-align:right">7,25</td></tr>
      </table></body></html>`,
  },
});

test('Firefox: a price as written and its value; copied as written once the options page says so; Copy all as rows', async () => {
  const { ff, server } = suite;
  const options = await openOptions(ff);
  await options.waitForSelector('[data-testid="copy-format"]');
  await options.select('[data-testid="copy-format"]', 'text');
  await options.close();
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, '#price');
  expect(await cardNumber(ff, page)).toBe('129900');
  expect(await ui(ff, page, 'card-written').textContent()).toBe('As written: 1.299,00 · value 1299.00');
  await ui(ff, page, 'card-copy').click();
  await expect.poll(() => readClipboard(ff)).toBe('1.299,00');
  await page.keyboard.press('Escape');
  await selectOver(ff, page, '#lines');
  expect(await cardNumber(ff, page)).toBe('10481');
  await ui(ff, page, 'card-copy-all').click();
  await expect.poll(() => readClipboard(ff)).toBe('10481\t12,50\n20733\t7,25');
  await page.close();
});

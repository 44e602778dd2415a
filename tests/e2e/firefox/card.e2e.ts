/** The result card in real Firefox: Reading… at mouse-up, its close button, the keyboard, and dark pages. */
import { expect, test } from 'vitest';
import { page as html } from '../suite';
import { readClipboard, stopBackground } from './browser';
import { cardNumber, cardResult, selectOver, ui } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({
  '/': html(`<div style="margin:40px;font-family:'DejaVu Sans',sans-serif">
    <p id="num" style="font-size:28px;display:inline-block;padding:6px 10px;margin:0">Order #40719</p>
    <p style="margin:4px 0"><input id="field" placeholder="Order number" style="font-size:16px"></p></div>`),
  '/dark': html(`<div style="background:#15171a;color:#e9ecef;padding:40px;height:600px;font-family:'DejaVu Sans',sans-serif">
    <span id="num" style="font-size:28px;padding:6px 10px">Ticket 52627</span></div>`),
});

test('Firefox: the card says "Reading…" at mouse-up, then the number; Enter copies, Esc closes and gives the field back', async () => {
  const { ff, server } = suite;
  // A stopped event page must start and load the engine: time to see the card wait.
  await stopBackground(ff);
  const page = await ff.newPage(server.url);
  await page.click('#field');
  await selectOver(ff, page, '#num');
  await ui(ff, page, 'card').waitFor();
  expect(await ui(ff, page, 'card-reading').textContent()).toBe('Reading…');
  expect(await cardNumber(ff, page)).toBe('40719');
  expect(await ui(ff, page, 'card').textContent()).toContain('Digit Reader');
  expect(await ui(ff, page, 'card-fill').textContent()).toBe('Fill “Order number”');
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(ff)).toBe('40719');
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(ff, page, 'card').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
  await page.close();
});

test('Firefox: the close button closes the card; on a dark page the card is dark', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(`${server.url}/dark`);
  await selectOver(ff, page, '#num');
  await cardResult(ff, page);
  expect(await ui(ff, page, 'card').call<boolean>("function () { return this.classList.contains('dark'); }")).toBe(true);
  await ui(ff, page, 'card-close').click();
  await expect.poll(() => ui(ff, page, 'card').count()).toBe(0);
  await page.close();
});

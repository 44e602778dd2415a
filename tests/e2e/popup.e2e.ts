import { expect, test } from 'vitest';
import { dispatchCommand, openOptions, openPopup, pressToolbarButton } from './browser';
import { cardNumber, paste, selectOver } from './flows';
import { numberPng } from './images';
import { page as html, useSuite } from './suite';

const suite = useSuite({
  '/': html(`<div style="margin:40px;font:26px 'DejaVu Sans'"><span id="a" style="padding:6px">Code 51842</span><br><br><span id="b" style="padding:6px">Code 69037</span></div>`),
});

test('history keeps every reading, newest first, and can be cleared', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#a');
  expect(await cardNumber(page)).toBe('51842');
  await page.keyboard.press('Escape');
  await selectOver(b, page, '#b');
  expect(await cardNumber(page)).toBe('69037');

  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('history').locator('li .n').allTextContents()).toEqual(['69037', '51842']);
  expect(await popup.getByTestId('annotated').count()).toBe(1);
  await popup.getByTestId('clear-history').click();
  await expect.poll(() => popup.getByTestId('history').count()).toBe(0);
  // The last number stays; the captured image is gone with the history.
  expect(await popup.getByTestId('number').textContent()).toBe('69037');
  await expect.poll(() => popup.getByTestId('annotated').count()).toBe(0);
  expect(await b.worker.evaluate(async () => ((await chrome.storage.local.get('last')).last as { image?: string }).image)).toBeUndefined();
  await popup.close();
  await page.close();
});

test('a pasted image is read in the popup', async () => {
  const { b } = suite;
  const popup = await openPopup(b);
  await paste(popup, numberPng('24680'));
  await expect.poll(() => popup.getByTestId('number').textContent(), { timeout: 20_000 }).toBe('24680');
  await popup.close();
});

test('a pasted image over the pixel budget is drawn at the budget in the engine host, and says so', async () => {
  const { b } = suite;
  const popup = await openPopup(b);
  await paste(popup, numberPng('83561', { size: 160, width: 4000, height: 1600 }));
  await expect.poll(() => popup.getByTestId('number').textContent(), { timeout: 20_000 }).toBe('83561');
  const last = (await b.worker.evaluate(async () => (await chrome.storage.local.get('last')).last)) as { width: number; height: number; notes: string[] };
  // 6.4 megapixels drawn at 4: the engine got the reduced pixels, not the full ones.
  expect(last.width * last.height).toBeLessThanOrEqual(4_000_000);
  expect(last.width).toBe(3162);
  expect(last.notes.join(' ')).toMatch(/4000x1600\) was reduced to 3162x1264/);
  await popup.close();
});

test('settings: expected digits "any" is used by the next read', async () => {
  const { b, server } = suite;
  const popup = await openOptions(b);
  await popup.getByTestId('digits-mode').selectOption('any');
  await expect.poll(() => b.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { digits?: unknown } | undefined)?.digits)).toBe('any');
  await popup.close();
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => {
    document.body.innerHTML = '<p style="margin:40px"><span id="c" style="font:30px DejaVu Sans;padding:8px">No. 314</span></p>';
  });
  await selectOver(b, page, '#c');
  expect(await cardNumber(page)).toBe('314');
  await page.close();
});

test('a restricted page gets a clear message and the extension keeps working', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto('chrome://version/');
  await pressToolbarButton(b, page).catch(() => undefined);
  await page.bringToFront();
  await dispatchCommand(b, 'select-region');
  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('error').textContent()).toMatch(/Chrome does not let extensions|cannot be read/);
  await popup.close();
  await page.close();
  // The next request on an ordinary page still works.
  const ok = await b.context.newPage();
  await ok.goto(server.url);
  await selectOver(b, ok, '#a');
  expect(await cardNumber(ok)).toBe('51842');
  await ok.close();
});

test('settings: with "keep the image" off, a read stores no image at all', async () => {
  const { b, server } = suite;
  const options = await openOptions(b);
  await options.getByTestId('keep-images').uncheck();
  await expect.poll(() => b.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { keepImages?: unknown } | undefined)?.keepImages)).toBe(false);
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#a');
  expect(await cardNumber(page)).toBe('51842');
  const last = await b.worker.evaluate(async () => (await chrome.storage.local.get('last')).last as { number: string; image?: string });
  expect(last.number).toBe('51842');
  expect(last.image).toBeUndefined();
  const again = await openPopup(b);
  await expect.poll(() => again.getByTestId('number').textContent()).toBe('51842');
  expect(await again.getByTestId('annotated').count()).toBe(0);
  await options.bringToFront();
  await options.getByTestId('keep-images').check();
  await options.close();
  await again.close();
  await page.close();
});

/** The popup and the options page in real Firefox: Select region, history, settings, a dropped image, and restricted pages. */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { numberPng } from '../images';
import { page as html } from '../suite';
import { clickInToolbarPopup, dispatchCommand, ORIGIN, openOptions, openPopup } from './browser';
import { cardNumber, dragOver, drop, selectOver, ui } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({
  '/': html(`<div style="margin:40px;font:26px 'DejaVu Sans'"><span id="a" style="padding:6px">Code 51842</span><br><br><span id="b" style="padding:6px">Code 69037</span>
    <p><span id="c" style="padding:8px">No. 314</span></p></div>`),
});

const text = (popup: Page, testId: string) => popup.$eval(`[data-testid="${testId}"]`, (e) => e.textContent).catch(() => null);
const historyNumbers = (popup: Page) => popup.$$eval('[data-testid="history"] li .n', (items) => items.map((e) => e.textContent));

test("Firefox: the popup's Select region button starts a selection in the page", async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await clickInToolbarPopup(ff, 'select-region');
  await ui(ff, page, 'overlay').waitFor();
  await dragOver(page, '#a');
  expect(await cardNumber(ff, page)).toBe('51842');
  await page.close();
});

test('Firefox: history keeps every reading, newest first, and can be cleared', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, '#b');
  expect(await cardNumber(ff, page)).toBe('69037');
  const popup = await openPopup(ff);
  await expect.poll(() => historyNumbers(popup)).toEqual(['69037', '51842']);
  expect(await popup.$$('[data-testid="annotated"]')).toHaveLength(1);
  await popup.click('[data-testid="clear-history"]');
  await expect.poll(() => popup.$$('[data-testid="history"]').then((l) => l.length)).toBe(0);
  expect(await text(popup, 'number')).toBe('69037');
  await popup.close();
  await page.close();
});

test('Firefox: an image dropped on the popup is read there', async () => {
  const { ff } = suite;
  const popup = await openPopup(ff);
  await drop(popup, numberPng('24680'));
  await expect.poll(() => text(popup, 'number'), { timeout: 20_000 }).toBe('24680');
  await popup.close();
});

test('Firefox: settings: expected digits "any" is used by the next read', async () => {
  const { ff, server } = suite;
  const popup = await openOptions(ff);
  await popup.select('[data-testid="digits-mode"]', 'any');
  await expect.poll(() => popup.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { digits?: unknown } | undefined)?.digits)).toBe('any');
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, '#c');
  expect(await cardNumber(ff, page)).toBe('314');
  await popup.bringToFront();
  await popup.select('[data-testid="digits-mode"]', '5');
  await popup.close();
  await page.close();
});

test.each(['about:robots', 'about:addons', `${ORIGIN}src/extension/popup/index.html`])("Firefox: %s gets Firefox's own message, and the extension keeps working", async (url) => {
  const { ff, server } = suite;
  const page = await ff.newPage(url);
  await dispatchCommand(ff, 'select-region');
  const popup = await openPopup(ff);
  await expect.poll(() => text(popup, 'error')).toMatch(/^Firefox does not let extensions (read its own pages|see it)/);
  await popup.close();
  await page.close();
  const ok = await ff.newPage(server.url);
  await selectOver(ff, ok, '#a');
  expect(await cardNumber(ff, ok)).toBe('51842');
  await ok.close();
});

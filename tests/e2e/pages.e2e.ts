/** The extension's own pages as a user meets them: the welcome page on install, the popup's header,
 *  reading details and history, the options page; none with a serious accessibility violation. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openOptions, openPopup, waitForPage } from './browser';
import { cardNumber, pageViolations, paste, selectOver } from './flows';
import { numberPng } from './images';
import { serve, type TestServer } from './server';
import { page as html } from './suite';

let b: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await serve({ '/': html(`<p style="margin:40px;font:28px 'DejaVu Sans'"><span id="n" style="padding:6px">Code 51842</span></p>`) });
  b = await launchWithExtension({ keepWelcome: true });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

test('on install the welcome page opens, explains the three ways to read, and reads its sample', async () => {
  const welcome = await waitForPage(b.context, `chrome-extension://${b.extensionId}/src/extension/welcome/`);
  await welcome.waitForLoadState('load');
  const text = await welcome.locator('main').textContent();
  expect(text).toContain('Digit Reader');
  for (const how of ['Select region', 'Alt+Shift+D', 'Read digits in this image', 'paste it']) expect(text).toContain(how);
  expect(await pageViolations(welcome)).toEqual([]);
  await welcome.getByTestId('try-sample').click();
  await expect.poll(() => welcome.getByTestId('sample-result').textContent(), { timeout: 20_000 }).toBe('Read: 40719');
  await welcome.close();
});

test('the popup: its header, where and when the last reading was made, and a history to copy from and delete from', async () => {
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#n');
  expect(await cardNumber(page)).toBe('51842');
  const popup = await openPopup(b);
  await paste(popup, numberPng('', { width: 200, height: 60 }));
  await expect.poll(() => popup.getByTestId('no-digits').count(), { timeout: 20_000 }).toBe(1);
  expect(await popup.getByTestId('no-digits').textContent()).toBe('No digits found in this reading.');
  expect(await popup.getByTestId('number').count()).toBe(0);
  expect(await popup.locator('.app-name').textContent()).toBe('Digit Reader');
  expect(await popup.getByTestId('origin').textContent()).toMatch(/^From a pasted image, /);
  // The read without digits is folded away; the region's reading is in the history with its page's host
  // (after it the welcome page's sample, read as a pasted image).
  expect(await popup.getByTestId('history').locator('li .n').allTextContents()).toEqual(['51842', '40719']);
  expect(await popup.getByTestId('history-failed').locator('summary').textContent()).toBe('Reads without digits: 1');
  expect(await popup.getByTestId('history').locator('li .t').first().textContent()).toContain(`From a region on ${new URL(server.url).host}`);
  expect(await pageViolations(popup)).toEqual([]);
  await popup.getByTestId('history').getByTestId('history-delete').first().click();
  await expect.poll(() => popup.getByTestId('history').locator('li .n').allTextContents()).toEqual(['40719']);
  expect(await b.worker.evaluate(async () => ((await chrome.storage.local.get('history')).history as { number: string | null }[]).map((h) => h.number))).toEqual([null, '40719']);
  // Settings open in the options page.
  const [options] = await Promise.all([b.context.waitForEvent('page'), popup.getByTestId('open-settings').click()]);
  await options.waitForLoadState('load');
  expect(options.url()).toContain('/src/extension/options/index.html');
  await options.close();
  await popup.close();
  await page.close();
});

test('the options page: settings in plain words, saved as they change, and the keyboard shortcut', async () => {
  const options = await openOptions(b);
  await expect.poll(() => options.getByTestId('shortcut').textContent()).toBe('Select a region with Alt+Shift+D.');
  expect(await options.locator('main').textContent()).toContain('How many digits the number you want has');
  expect(await pageViolations(options)).toEqual([]);
  await options.getByTestId('auto-copy').check();
  await expect.poll(() => options.getByTestId('saved').textContent()).toBe('Saved');
  expect(await b.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { autoCopy: boolean }).autoCopy)).toBe(true);
  await options.getByTestId('auto-copy').uncheck();
  const [shortcuts] = await Promise.all([b.context.waitForEvent('page'), options.getByTestId('change-shortcut').click()]);
  expect(shortcuts.url()).toBe('chrome://extensions/shortcuts');
  await shortcuts.close();
  await options.close();
});

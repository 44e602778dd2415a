import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPopup } from './browser';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => b?.close());

test('the built extension loads and its service worker answers', async () => {
  const manifest = await b.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Digit Reader');
  expect(manifest.permissions?.sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'offscreen', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  const commands = await b.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.map((c) => c.name)).toContain('select-region');
});

test('the popup renders', async () => {
  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('select-region').isVisible()).toBe(true);
  expect(await popup.getByTestId('select-region').textContent()).toBe('Select region');
  await popup.close();
});

/** Firefox's event page: it hosts the engine, stops when idle, and the next read wakes it. */
import { expect, test } from 'vitest';
import { numberPng } from '../images';
import { page as html } from '../suite';
import { backgroundState, clickContextMenu, openPopup, stopBackground } from './browser';
import { cardNumber, drop, selectOver } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({
  '/': html(`<p style="margin:40px"><span id="n" style="font:28px 'DejaVu Sans';padding:6px">Ref 83561</span></p><img id="img" src="/n.png">`),
  '/n.png': { type: 'image/png', body: numberPng('19374') },
});

test('Firefox: a read after the event page stopped wakes it, by the shortcut, the image menu and the popup', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, '#n');
  expect(await cardNumber(ff, page)).toBe('83561');
  await page.keyboard.press('Escape');

  await stopBackground(ff);
  await expect.poll(() => backgroundState(ff)).toBe('stopped');
  await selectOver(ff, page, '#n');
  expect(await cardNumber(ff, page)).toBe('83561');
  expect(await backgroundState(ff)).toBe('running');
  await page.keyboard.press('Escape');

  // Menus made at install outlive the page that made them.
  await stopBackground(ff);
  await expect.poll(() => backgroundState(ff)).toBe('stopped');
  const box = (await (await page.$('#img'))!.boundingBox())!;
  await clickContextMenu(ff, page, box.x + box.width / 2, box.y + box.height / 2, 'read-digits-image');
  expect(await cardNumber(ff, page)).toBe('19374');

  await stopBackground(ff);
  await expect.poll(() => backgroundState(ff)).toBe('stopped');
  const popup = await openPopup(ff);
  await drop(popup, numberPng('47290'));
  await expect.poll(() => popup.$eval('[data-testid="number"]', (e) => e.textContent).catch(() => null), { timeout: 20_000 }).toBe('47290');
  await popup.close();
  await page.close();
});

test('Firefox: the build has no offscreen permission, no host permissions, and a gecko id', async () => {
  const { ff } = suite;
  const popup = await openPopup(ff);
  const manifest = await popup.evaluate(() => chrome.runtime.getManifest() as chrome.runtime.ManifestV3 & { browser_specific_settings?: { gecko?: { id?: string } } });
  expect(manifest.permissions?.slice().sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.browser_specific_settings?.gecko?.id).toBe('digit-reader@digit-reader.dev');
  await popup.close();
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { cardNumber, selectOver } from './flows';
import { serve, type TestServer } from './server';

let b: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await serve({
    '/': { type: 'text/html', body: `<!doctype html><body style="margin:60px;font:14px 'Liberation Sans'"><span id="n" style="padding:4px">Kundennummer 58302</span></body>` },
  });
  b = await launchWithExtension({ deviceScaleFactor: 2 });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

test('HiDPI (2x) and page zoom (150%): CSS pixels map to captured pixels', async () => {
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#n');
  expect(await cardNumber(page)).toBe('58302');
  await page.keyboard.press('Escape');
  await b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.setZoom(tab.id!, 1.5);
  });
  await expect.poll(() => page.evaluate(() => window.devicePixelRatio)).toBe(3);
  await selectOver(b, page, '#n');
  expect(await cardNumber(page)).toBe('58302');
  await page.close();
});

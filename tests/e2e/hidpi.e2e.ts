import { expect, test } from 'vitest';
import { cardNumber, selectOver } from './flows';
import { page as html, useSuite } from './suite';

const suite = useSuite(
  { '/': html(`<div style="margin:60px;font:14px 'Liberation Sans'"><span id="n" style="padding:4px">Kundennummer 58302</span></div>`) },
  { deviceScaleFactor: 2 },
);

test('HiDPI (2x) and page zoom (150%): CSS pixels map to captured pixels', async () => {
  const { b, server } = suite;
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

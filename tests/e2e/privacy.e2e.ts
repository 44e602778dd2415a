import type { Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { dispatchMenuClick, openPopup, pressToolbarButton } from './browser';
import { cardNumber, selectOver } from './flows';
import { numberPng } from './images';
import { page as html, useSuite } from './suite';

const requests: { url: string; from: string }[] = [];
const suite = useSuite(
  {
    '/': html(`<div style="margin:40px;font:26px 'DejaVu Sans'"><span id="n" style="padding:6px">Ref 83104</span><br><img id="img" src="/n.png"></div>`),
    '/n.png': { type: 'image/png', body: numberPng('27391') },
  },
  {},
  ({ b }) => {
    const record = (from: string) => (r: Request) => requests.push({ url: r.url(), from });
    b.context.on('request', record('page'));
    b.context.on('serviceworker', (w) => w.on('request' as never, record('worker') as never));
    // Every extension page, the offscreen document included, is watched as it appears.
    b.context.on('page', (p) => p.on('request', record(p.url())));
  },
);

test('the extension makes no network request of its own during the flows', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  const pageLoad = requests.length;
  await selectOver(b, page, '#n');
  expect(await cardNumber(page)).toBe('83104');
  await page.keyboard.press('Escape');
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchMenuClick(b, { menuItemId: 'read-digits-image', srcUrl: `${server.url}/n.png` });
  expect(await cardNumber(page)).toBe('27391');
  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('number').textContent()).toBe('27391');
  await popup.close();

  // Requests after the page load: only the extension's own packaged files, data and blob URLs.
  const during = requests.slice(pageLoad).filter((r) => !/^(chrome-extension|data|blob):/.test(r.url));
  expect(during).toEqual([]);
  // And the offscreen engine was in use, loaded from the package.
  const contexts = await b.worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }));
  expect(contexts).toHaveLength(1);
  await page.close();
});

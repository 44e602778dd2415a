import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dispatchMenuClick, type ExtensionBrowser, launchWithExtension, openPopup, pressToolbarButton } from './browser';
import { cardNumber, selectOver } from './flows';
import { numberPng } from './images';
import { serve, type TestServer } from './server';
import { page as html } from './suite';

let b: ExtensionBrowser;
let server: TestServer;
const netLog = join(mkdtempSync(join(tmpdir(), 'dr-netlog-')), 'net.json');
beforeAll(async () => {
  server = await serve({
    '/': html(`<div style="margin:40px;font:26px 'DejaVu Sans'"><span id="n" style="padding:6px">Ref 83104</span><br><img id="img" src="/n.png"></div>`),
    '/n.png': { type: 'image/png', body: numberPng('27391') },
  });
  b = await launchWithExtension({ netLog });
});
afterAll(async () => server?.close());

/** Every request Chromium's network stack started, from any context, with the origin that asked for it
 *  ("not an origin" for the browser's own background traffic, such as update checks). */
function startedRequests(): { url: string; initiator: string }[] {
  const log = JSON.parse(readFileSync(netLog, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}

test('the extension makes no network request of its own during the flows', async () => {
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#n');
  expect(await cardNumber(page)).toBe('83104');
  // The content script is injected, yet the page cannot load it from the extension to detect it.
  const probe = `chrome-extension://${b.extensionId}/src/extension/content/index.js`;
  expect(
    await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'refused',
        ),
      probe,
    ),
  ).toBe('refused');
  await page.keyboard.press('Escape');
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchMenuClick(b, { menuItemId: 'read-digits-image', srcUrl: `${server.url}/n.png` });
  expect(await cardNumber(page)).toBe('27391');
  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('number').textContent()).toBe('27391');
  // The offscreen engine was in use.
  const contexts = await b.worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }));
  expect(contexts).toHaveLength(1);
  await b.close(); // the net log is complete once the browser has exited

  const requests = startedRequests();
  const fromPage = requests.filter((r) => r.initiator === server.url);
  // The log works: it saw the page load its image.
  expect(fromPage.map((r) => r.url)).toContain(`${server.url}/n.png`);
  // The extension's own contexts (service worker, offscreen document, popup) asked for nothing.
  expect(requests.filter((r) => r.initiator.startsWith(`chrome-extension://${b.extensionId}`))).toEqual([]);
  // And in the page (where the content script runs) nothing beyond the page's own resources: the
  // right-clicked image was read from the loaded element, not fetched again.
  const paths = fromPage.filter((r) => r.url.startsWith('http')).map((r) => new URL(r.url).pathname);
  expect(paths.filter((p) => !['/', '/n.png', '/favicon.ico'].includes(p))).toEqual([]);
  expect(paths.filter((p) => p === '/n.png')).toHaveLength(1);
});

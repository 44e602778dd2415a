import { afterAll, beforeAll, expect, test } from 'vitest';
import { dispatchMenuClick, type ExtensionBrowser, launchWithExtension, pressToolbarButton } from './browser';
import { cardNumber } from './flows';
import { numberPng, numberSvg } from './images';
import { serve, type TestServer } from './server';

let b: ExtensionBrowser;
let site: TestServer;
let other: TestServer;
beforeAll(async () => {
  // A second origin serves an image without CORS headers: its pixels are off limits to the page.
  other = await serve({
    '/foreign.png': { type: 'image/png', body: numberPng('61820') },
    '/frame.html': { type: 'text/html', body: '<!doctype html><body style="margin:10px"><img id="inner" src="/framed.png"></body>' },
    '/framed.png': { type: 'image/png', body: numberPng('53917') },
  });
  const svg = `data:image/svg+xml;base64,${Buffer.from(numberSvg('30596')).toString('base64')}`;
  const dataPng = `data:image/png;base64,${numberPng('77104').toString('base64')}`;
  site = await serve({
    '/': {
      type: 'text/html',
      body: `<!doctype html><html><body style="margin:20px">
        <img id="same" src="/same.png"><br>
        <img id="data" src="${dataPng}"><br>
        <img id="svg" src="${svg}"><br>
        <img id="blob"><br>
        <img id="foreign" src="${other.url}/foreign.png" style="width:260px"><br>
        <img id="huge" src="/huge.svg" style="width:480px">
        <script>fetch('/blob.png').then(r=>r.blob()).then(b=>{document.getElementById('blob').src=URL.createObjectURL(b)});</script>
      </body></html>`,
    },
    '/same.png': { type: 'image/png', body: numberPng('48265', { width: 520, height: 140, size: 72 }) },
    '/framed': {
      type: 'text/html',
      body: `<!doctype html><body style="margin:30px"><iframe src="${other.url}/frame.html" style="width:340px;height:160px;border:0"></iframe></body>`,
    },
    '/blob.png': { type: 'image/png', body: numberPng('95031') },
    // 30000x7500 at its natural size: drawn at that size it would take 900 MB of canvas.
    '/huge.svg': {
      type: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="7500"><rect width="30000" height="7500" fill="#fff"/><text x="1500" y="5200" font-family="DejaVu Sans" font-size="4600" fill="#222">70316</text></svg>',
    },
  });
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
  await site?.close();
  await other?.close();
});

test.each([
  ['same', '48265'],
  ['data', '77104'],
  ['svg', '30596'],
  ['blob', '95031'],
  ['foreign', '61820'],
  ['huge', '70316'],
])('right-click "Read digits in this image" on the %s image', async (id, expected) => {
  const page = await b.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction((sel) => (document.getElementById(sel) as HTMLImageElement).complete && (document.getElementById(sel) as HTMLImageElement).naturalWidth > 0, id);
  const srcUrl = await page.locator(`#${id}`).evaluate((img: HTMLImageElement) => img.currentSrc);
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchMenuClick(b, { menuItemId: 'read-digits-image', srcUrl, pageUrl: site.url });
  expect(await cardNumber(page)).toBe(expected);
  await page.close();
});

test("an image inside another site's frame, whose document the extension cannot reach, is read from the frame's visible area", async () => {
  const page = await b.context.newPage();
  await page.goto(`${site.url}/framed`);
  const frame = page.frameLocator('iframe');
  await expect.poll(() => frame.locator('#inner').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await pressToolbarButton(b, page);
  await page.bringToFront();
  // As Chrome reports a click in a subframe: its frame id and address beside the image's.
  await dispatchMenuClick(b, {
    menuItemId: 'read-digits-image',
    srcUrl: `${other.url}/framed.png`,
    pageUrl: `${site.url}/framed`,
    frameId: 1,
    frameUrl: `${other.url}/frame.html`,
  });
  expect(await cardNumber(page)).toBe('53917');
  await page.close();
});

test('a 30000x7500 image reaches the engine at its pixel budget: drawn reduced in the page, never at full size', async () => {
  const last = await b.worker.evaluate(async () => (await chrome.storage.local.get('history')).history as { number: string; width: number; height: number }[]);
  const huge = last.find((r) => r.number === '70316');
  expect(huge).toBeDefined();
  expect(huge!.width * huge!.height).toBeLessThanOrEqual(4_000_000);
  expect(huge!.width / huge!.height).toBeCloseTo(4, 1);
});

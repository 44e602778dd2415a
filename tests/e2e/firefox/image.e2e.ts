/** "Read digits in this image" in real Firefox, clicked in its own page context menu. */
import { expect, test } from 'vitest';
import { numberPng, numberSvg } from '../images';
import { clickContextMenu } from './browser';
import { cardNumber } from './flows';
import { useFirefox } from './suite';

const svg = `data:image/svg+xml;base64,${Buffer.from(numberSvg('30596')).toString('base64')}`;
const dataPng = `data:image/png;base64,${numberPng('77104').toString('base64')}`;

const suite = useFirefox({
  '/': {
    type: 'text/html',
    body: `<!doctype html><html><body style="margin:20px">
      <img id="same" src="/same.png"><br><img id="data" src="${dataPng}"><br><img id="svg" src="${svg}"><br><img id="foreign">
      <script>document.getElementById('foreign').src = location.href.replace('127.0.0.1', 'localhost') + 'foreign.png';</script>
    </body></html>`,
  },
  '/same.png': { type: 'image/png', body: numberPng('48265', { width: 520, height: 140, size: 72 }) },
  // Served to the page from another origin (localhost) without CORS headers: the page cannot read its pixels.
  '/foreign.png': { type: 'image/png', body: numberPng('61820') },
});

test.each([
  ['same', '48265'],
  ['data', '77104'],
  ['svg', '30596'],
  ['foreign', '61820'],
])('Firefox: right-click "Read digits in this image" on the %s image', async (id, expected) => {
  const { ff, server } = suite;
  const page = await ff.newPage(`${server.url}/`);
  await page.waitForFunction(
    (sel) => {
      const img = document.getElementById(sel) as HTMLImageElement;
      return img.complete && img.naturalWidth > 0;
    },
    {},
    id,
  );
  const box = (await (await page.$(`#${id}`))!.boundingBox())!;
  await clickContextMenu(ff, page, box.x + box.width / 2, box.y + box.height / 2, 'read-digits-image');
  expect(await cardNumber(ff, page)).toBe(expected);
  await page.close();
});

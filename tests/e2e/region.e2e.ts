import { afterAll, beforeAll, expect, test } from 'vitest';
import { dispatchCommand, type ExtensionBrowser, launchWithExtension, openPopup, pressToolbarButton } from './browser';
import { serve, type TestServer } from './server';

const PAGE = `<!doctype html><html><body style="margin:40px;font-family:'DejaVu Sans',sans-serif">
<p style="font-size:15px">Your order number is</p>
<p id="num" style="font-size:28px;display:inline-block;padding:6px 10px">Order #40719</p>
<p><input id="field" placeholder="Order number" style="font-size:16px"></p>
<script>window.inputs=[];document.getElementById('field').addEventListener('input',e=>window.inputs.push(e.target.value));</script>
</body></html>`;

let b: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await serve({ '/': { type: 'text/html', body: PAGE } });
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

test('drag over a number: the card shows it, Copy copies it, the popup shows it', async () => {
  const page = await b.context.newPage();
  await page.goto(server.url);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchCommand(b, 'select-region');
  const overlay = page.getByTestId('overlay');
  await overlay.waitFor();
  const box = (await page.locator('#num').boundingBox())!;
  await page.mouse.move(box.x - 4, box.y - 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width + 4, box.y + box.height + 4, { steps: 4 });
  await page.mouse.up();
  const card = page.getByTestId('card');
  await card.waitFor({ timeout: 30_000 });
  expect(await card.textContent()).toContain('Copy');
  expect(await page.getByTestId('card-number').getAttribute('aria-label')).toBe('40719');
  await page.getByTestId('card-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('40719');

  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('number').textContent()).toBe('40719');
  await popup.close();
});

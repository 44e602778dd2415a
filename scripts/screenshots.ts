/**
 * `npm run screenshots`: the README's pictures, taken from the built extension (dist/chrome) in real
 * Chromium: the card on a light and on a dark page, the popup, the options page and the welcome page.
 */
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openOptions, openPopup, waitForPage } from '../tests/e2e/browser';
import { cardResult, paste, selectOver } from '../tests/e2e/flows';
import { numberPng } from '../tests/e2e/images';
import { serve } from '../tests/e2e/server';

const OUT = 'docs/screenshots';

const shop = (dark: boolean) => `<!doctype html><html><body style="margin:0;padding:36px 40px;font-family:'DejaVu Sans',sans-serif;
  background:${dark ? '#16181c' : '#fff'};color:${dark ? '#e9ecef' : '#212529'}">
<h3 style="font-weight:500;margin:0 0 12px">Your parcel is on its way</h3>
<p style="font-size:15px;margin:0 0 10px">Tracking <span id="n" style="font-size:22px;padding:4px 6px;display:inline-block">PLZ 40719</span></p>
<p style="margin:0"><label>Postcode <input id="field" style="font-size:15px"></label></p></body></html>`;

const server = await serve({ '/': { type: 'text/html', body: shop(false) }, '/dark': { type: 'text/html', body: shop(true) } });
const b = await launchWithExtension({ keepWelcome: true });
mkdirSync(OUT, { recursive: true });
try {
  const welcome = await waitForPage(b.context, `chrome-extension://${b.extensionId}/src/extension/welcome/`);
  await welcome.setViewportSize({ width: 760, height: 820 });
  await welcome.waitForLoadState('load');
  await welcome.getByTestId('try-sample').click();
  await welcome.getByText('Read: 40719').waitFor({ timeout: 20_000 });
  await welcome.screenshot({ path: `${OUT}/welcome.png`, fullPage: true });
  await welcome.close();

  for (const [path, file] of [
    ['/', 'card.png'],
    ['/dark', 'card-dark.png'],
  ] as const) {
    const page = await b.context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.locator('#field').click();
    await selectOver(b, page, '#n');
    await cardResult(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${OUT}/${file}`, clip: { x: 0, y: 0, width: 600, height: 300 } });
    await page.close();
  }

  const popup = await openPopup(b);
  await popup.setViewportSize({ width: 360, height: 600 });
  await paste(popup, numberPng('83561', { width: 300, height: 80, size: 44 }));
  await popup.getByTestId('number').getByText('83561').waitFor({ timeout: 20_000 });
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
  await popup.close();

  const options = await openOptions(b);
  await options.setViewportSize({ width: 640, height: 600 });
  await options.getByTestId('shortcut').getByText('Alt+Shift+D', { exact: false }).waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
  await options.close();
  console.log(`${OUT}/: welcome.png card.png card-dark.png popup.png options.png`);
} finally {
  await b.close();
  await server.close();
}

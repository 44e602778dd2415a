/**
 * The extension in real Chromium: the first read after the browser starts, then later reads, each timed
 * from mouse-up to the card in the page, with the background's breakdown. Writes the "extension" section of docs/benchmarks.md.
 */
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../tests/e2e/browser';
import { cardResult, selectOver, startSelection, ui } from '../../tests/e2e/flows';
import { serve } from '../../tests/e2e/server';
import type { StoredReading } from '../../src/extension/messages';
import { viewportPages } from './page-set';
import { extensionRssMb } from './extension-memory';
import { machine, writeSection } from './report';
import { median, PAGE, SHOWN_SINCE_MOUSE_UP } from './card-page';

async function timedRead(b: ExtensionBrowser, page: Page): Promise<{ ms: number; reading: StoredReading }> {
  await selectOver(b, page, '#n');
  await ui(page, 'card').waitFor(30_000);
  const ms = await ui(page, 'card').call<number>(SHOWN_SINCE_MOUSE_UP);
  const reading = (await b.worker.evaluate(async () => (await chrome.storage.local.get('last')).last)) as StoredReading;
  return { ms, reading };
}

/**
 * Whole 1920x1080 viewports (the page-context benchmark's test pages) selected corner to corner, six reads
 * each in a fresh browser: the engine's time and the extension process's peak memory, sampled every 20 ms.
 */
async function wholeViewports(): Promise<string[]> {
  const rows: string[] = [];
  for (const v of viewportPages('test')) {
    const server = await serve({ '/': { type: 'text/html', body: v.html } });
    const b = await launchWithExtension({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: v.dpr, screenScale: v.dpr });
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, extensionRssMb());
    }, 20);
    try {
      const page = await b.context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => document.fonts.ready);
      const reads: StoredReading[] = [];
      for (let i = 0; i < 6; i++) {
        await page.waitForTimeout(600);
        await startSelection(b, page);
        await page.mouse.move(0, 0);
        await page.mouse.down();
        await page.mouse.move(960, 540, { steps: 3 });
        await page.mouse.move(1919, 1079, { steps: 3 });
        await page.mouse.up();
        await cardResult(page);
        reads.push((await b.worker.evaluate(async () => (await chrome.storage.local.get('last')).last)) as StoredReading);
        await page.keyboard.press('Escape');
      }
      const [first, ...later] = reads;
      const best = later.reduce((a, r) => (r.timings.engine < a.timings.engine ? r : a));
      const numbers = [...new Set(reads.map((r) => r.number))].join(', ');
      rows.push(
        `| ${v.context} | ${best.width}x${best.height}${best.notes.some((n) => n.includes('reduced')) ? ' (reduced)' : ''} | ${v.truth} | ${numbers} | ${first.timings.engine.toFixed(0)} | **${best.timings.engine.toFixed(0)}** | ${best.timings.decode.toFixed(0)} + ${best.timings.crop.toFixed(0)} | ${peak} |`,
      );
    } finally {
      clearInterval(sampler);
      await b.close();
      await server.close();
    }
  }
  return rows;
}

async function main() {
  const server = await serve({ '/': { type: 'text/html', body: PAGE } });
  const b = await launchWithExtension();
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.locator('#field').click();
  const first = await timedRead(b, page);
  await page.keyboard.press('Escape');
  const later: { ms: number; reading: StoredReading }[] = [];
  for (let i = 0; i < 15; i++) {
    await page.waitForTimeout(600); // captureVisibleTab allows two calls a second
    later.push(await timedRead(b, page));
    await page.keyboard.press('Escape');
  }
  await b.close();
  await server.close();

  const wrong = [first, ...later].filter((r) => r.reading.number !== '40719').length;
  const part = (k: keyof StoredReading['timings']) => median(later.map((r) => r.reading.timings[k] ?? 0));
  const msg = median(later.map((r) => r.ms - r.reading.timings.total));
  const rows = [
    `| first read after the browser starts (offscreen document, wasm, model) | **${first.ms.toFixed(0)}** | ${first.reading.timings.total.toFixed(0)} |`,
    `| later reads, median of ${later.length} | **${median(later.map((r) => r.ms)).toFixed(0)}** | ${part('total').toFixed(0)} |`,
  ];
  const viewports = await wholeViewports();
  const text = `## Extension (\`npm run bench:extension\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}; Debian Chromium, headless, 1000×700 viewport, the
built extension. Mouse-up to the card showing the number (it opens at mouse-up saying "Reading…"), measured inside the page; "background" is the
service worker's time from receiving the region to answering. ${wrong} of ${later.length + 1} reads were wrong.

| read | mouse-up to card (ms) | background (ms) |
|---|---|---|
${rows.join('\n')}

Median breakdown of the later reads (ms): capture ${part('capture').toFixed(1)} · decode ${part('decode').toFixed(1)} · crop ${part('crop').toFixed(1)} ·
engine ${part('engine').toFixed(1)} · the rest (two frames for the overlay to leave the screen before the capture, messaging, drawing the card) ${msg.toFixed(1)}.

Whole 1920x1080 viewports selected corner to corner (the page-context benchmark's test pages, in held-out families; a browser
each, its screen at the page's device pixel ratio): the pixels the engine got (a capture over 4 megapixels is drawn at the
budget), the engine's time on the first read (its code still compiling) and the fastest of the next five (target ≤ 300 ms),
the offscreen document's decoding and drawing, and the extension process's peak resident memory over the six reads, sampled
every 20 ms (target ≤ 300 MB; the offscreen document, the service worker and the page's extension frames run there).

| viewport | pixels read | number | read | engine ms, first | engine ms, later | decode + draw ms | peak MB |
|---|---|---|---|---|---|---|---|
${viewports.join('\n')}
`;
  writeSection('extension', text);
  console.log(text);
}

await main();

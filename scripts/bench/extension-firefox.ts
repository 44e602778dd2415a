/**
 * The extension in real Firefox (Debian's firefox-esr, the built dist/firefox/): the first read after the
 * browser starts, then later reads, each timed from mouse-up to the card in the page, as extension.ts does
 * for Chromium on the same page. Writes the "extension-firefox" section of docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import type { StoredReading } from '../../src/extension/messages';
import { type FirefoxWithExtension, launchFirefox, openPopup } from '../../tests/e2e/firefox/browser';
import { selectOver, ui } from '../../tests/e2e/firefox/flows';
import { serve } from '../../tests/e2e/server';
import { median, PAGE, SHOWN_SINCE_MOUSE_UP } from './card-page';
import { machine, writeSection } from './report';

const LATER = 15;

async function timedRead(ff: FirefoxWithExtension, page: Page, store: Page): Promise<{ ms: number; reading: StoredReading }> {
  await page.bringToFront();
  await selectOver(ff, page, '#n');
  await ui(ff, page, 'card').waitFor(30_000);
  const ms = await ui(ff, page, 'card').call<number>(SHOWN_SINCE_MOUSE_UP);
  const reading = (await store.evaluate(async () => (await chrome.storage.local.get('last')).last)) as StoredReading;
  await page.keyboard.press('Escape');
  return { ms, reading };
}

async function main() {
  const server = await serve({ '/': { type: 'text/html', body: PAGE } });
  const ff = await launchFirefox();
  const version = execFileSync(ff.browser.process()?.spawnfile ?? 'firefox-esr', ['--version'], { encoding: 'utf8' }).trim();
  // An extension page to read the stored reading's timings from, opened before the first read starts the engine.
  const store = await openPopup(ff);
  const page = await ff.newPage(server.url);
  await page.click('#field');
  const first = await timedRead(ff, page, store);
  const later: { ms: number; reading: StoredReading }[] = [];
  for (let i = 0; i < LATER; i++) {
    await new Promise((r) => setTimeout(r, 300));
    later.push(await timedRead(ff, page, store));
  }
  await ff.close();
  await server.close();

  const wrong = [first, ...later].filter((r) => r.reading.number !== '40719').length;
  const part = (k: keyof StoredReading['timings']) => median(later.map((r) => r.reading.timings[k] ?? 0));
  const text = `## Extension in Firefox (\`tsx scripts/bench/extension-firefox.ts\`, part of \`npm run bench:extension\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}; ${version}, headless, driven over WebDriver BiDi, the built
\`dist/firefox/\` as a temporary add-on; the same page and selection as the Chromium section above. Mouse-up to the card
showing the number (it opens at mouse-up saying "Reading…"), measured inside the page; "background" is the event page's time from receiving the region to
answering (it hosts the engine itself). ${wrong} of ${LATER + 1} reads were wrong. Targets: first read ≤ 1.0 s, later reads ≤ 150 ms.

| read | mouse-up to card (ms) | background (ms) |
|---|---|---|
| first read after the browser starts (event page, wasm, model) | **${first.ms.toFixed(0)}** | ${first.reading.timings.total.toFixed(0)} |
| later reads, median of ${LATER} | **${median(later.map((r) => r.ms)).toFixed(0)}** | ${part('total').toFixed(0)} |

Median breakdown of the later reads (ms): capture ${part('capture').toFixed(1)} · decode ${part('decode').toFixed(1)} · crop ${part('crop').toFixed(1)} ·
engine ${part('engine').toFixed(1)} · the rest (the overlay leaving the screen before the capture, messaging, drawing the card) ${median(later.map((r) => r.ms - r.reading.timings.total)).toFixed(1)}.
`;
  writeSection('extension-firefox', text);
  console.log(text);
}

await main();

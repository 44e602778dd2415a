/**
 * Faults injected into the real extension: many reads at once, the offscreen document closed in the
 * middle of a read. Every request gets an answer (a number, or an error in plain words), in order, and the
 * reader keeps working.
 */
import { expect, test } from 'vitest';
import { openPopup } from './browser';
import { cardNumber, paste, selectOver } from './flows';
import { numberPng } from './images';
import { page, useSuite } from './suite';

const suite = useSuite({ '/': page(`<p id="num" style="margin:40px;font:28px 'DejaVu Sans';display:inline-block;padding:6px">Ref 62817</p>`) });

const NUMBERS = Array.from({ length: 20 }, (_, i) => String(31_000 + i * 1_237));

/**
 * Sends requests from the popup page (an extension page) in the message format the extension's messaging
 * uses. The page is opened in a background tab, so the tab the user is on stays the active one.
 */
async function sendAll(type: string, payloads: unknown[]): Promise<{ res?: { ok: boolean; reading?: { number: string | null }; error?: string }; err?: unknown }[]> {
  const { b } = suite;
  const opened = b.context.waitForEvent('page');
  await b.worker.evaluate((url) => chrome.tabs.create({ url, active: false }), `chrome-extension://${b.extensionId}/src/extension/popup/index.html`);
  const popup = await opened;
  await popup.waitForLoadState('load');
  const answers = await popup.evaluate(
    ({ type, payloads }) => Promise.all(payloads.map((data, id) => chrome.runtime.sendMessage({ id: 10_000 + id, type, data, timestamp: Date.now() }))),
    { type, payloads },
  );
  await popup.close();
  return answers;
}

test('twenty reads at once: every one answered with its own number', async () => {
  const dataUrls = NUMBERS.map((n) => `data:image/png;base64,${numberPng(n).toString('base64')}`);
  const answers = await sendAll(
    'readPasted',
    dataUrls.map((dataUrl) => ({ dataUrl })),
  );
  expect(answers.map((a) => a.res?.reading?.number ?? a.res?.error ?? a.err)).toEqual(NUMBERS);
});

test('twenty captures at once ("read the last region again"): all answered, none refused by the capture limit', async () => {
  const { b, server } = suite;
  const tab = await b.context.newPage();
  await tab.goto(server.url);
  await selectOver(b, tab, '#num');
  expect(await cardNumber(tab)).toBe('62817');
  await tab.keyboard.press('Escape');
  await tab.bringToFront();
  const answers = await sendAll(
    'repeatLastRegion',
    NUMBERS.map(() => undefined),
  );
  expect(answers.map((a) => a.res?.reading?.number ?? a.res?.error ?? a.err)).toEqual(NUMBERS.map(() => '62817'));
  await tab.close();
});

test('the offscreen document closed in the middle of reads: each read is answered, and the next one works', async () => {
  const { b } = suite;
  const dataUrls = NUMBERS.slice(0, 6).map((n) => `data:image/png;base64,${numberPng(n).toString('base64')}`);
  const popup = await openPopup(b);
  await popup.waitForLoadState('load');
  const pending = popup.evaluate(
    (payloads) => Promise.all(payloads.map((dataUrl, id) => chrome.runtime.sendMessage({ id: 20_000 + id, type: 'readPasted', data: { dataUrl }, timestamp: Date.now() }))),
    dataUrls,
  );
  // Once the document is up and working on them, Chrome closes it (as under memory pressure).
  await expect.poll(() => b.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length)).toBe(1);
  await b.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  const answers = (await pending) as { res?: { ok: boolean; reading?: { number: string | null }; error?: string } }[];
  answers.forEach((a, i) => {
    // A read either finished or says plainly that the reader stopped; none is left hanging or garbled.
    if (a.res?.ok) expect(a.res.reading?.number).toBe(NUMBERS[i]);
    else expect(a.res?.error).toMatch(/stopped before it answered|Try again/);
  });
  await popup.close();
  const [after] = await sendAll('readPasted', [{ dataUrl: dataUrls[0] }]);
  expect(after.res?.reading?.number).toBe(NUMBERS[0]);
});

// Last in the file: Playwright's handle on the service worker goes stale once Chrome stops it.
test('the service worker stopped in the middle of a read: the popup says so plainly, and the next read works', async () => {
  const { b } = suite;
  const offscreenDocuments = () => b.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length);
  // With no offscreen document the read must start one and load the model: a second or so in which to stop the worker.
  await b.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  await expect.poll(offscreenDocuments).toBe(0);
  const popup = await openPopup(b);
  await popup.waitForLoadState('load');
  expect(await popup.getByTestId('error').count()).toBe(0);
  await paste(popup, numberPng('58203'));
  await expect.poll(offscreenDocuments).toBe(1);
  const cdp = await b.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Answered either way, never left busy: the number if the read beat the stop, else what happened, in plain words.
  const shown = async () => ((await popup.getByTestId('error').count()) > 0 ? popup.getByTestId('error').textContent() : popup.getByTestId('number').textContent());
  await expect.poll(shown, { timeout: 20_000 }).toMatch(/^(58203|The reader stopped before it answered\. Try again\.)$/);
  // The next read wakes the worker again.
  await paste(popup, numberPng('70416'));
  await expect.poll(() => popup.getByTestId('number').textContent(), { timeout: 20_000 }).toBe('70416');
  await popup.close();
});

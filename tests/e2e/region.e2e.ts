import { expect, test } from 'vitest';
import { openPopup } from './browser';
import { cardNumber, selectOver, startSelection, ui } from './flows';
import { useSuite } from './suite';

const PAGE = `<!doctype html><html><body style="margin:40px;font-family:'DejaVu Sans',sans-serif">
<p style="font-size:15px">Your order number is</p>
<p id="num" style="font-size:28px;display:inline-block;padding:6px 10px">Order #40719</p>
<p><input id="field" placeholder="Order number" style="font-size:16px"></p>
<div style="height:1500px"></div>
<p id="far" style="font-size:22px;display:inline-block;padding:6px">Nr. 26153</p>
<script>window.events=[];const f=document.getElementById('field');
f.addEventListener('input',e=>window.events.push('input:'+e.target.value));
f.addEventListener('change',e=>window.events.push('change:'+e.target.value));</script>
</body></html>`;

const suite = useSuite({ '/': { type: 'text/html', body: PAGE } });

test('drag over a number: the card shows it, Copy copies it, the popup shows it', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  // The overlay was gone before the capture and is gone now.
  expect(await ui(page, 'overlay').count()).toBe(0);
  await ui(page, 'card-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('40719');
  await page.keyboard.press('Escape');
  expect(await ui(page, 'card').count()).toBe(0);

  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('number').textContent()).toBe('40719');
  expect(await popup.getByTestId('annotated').count()).toBe(1);
  await popup.getByTestId('copy').click();
  await popup.close();
  await page.close();
});

test('a digit picked in the card is saved: the popup and the history show the corrected number', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  await ui(page, 'card-digit-2').click();
  const alt = await ui(page, 'card-alt-0').getAttribute('data-alt');
  expect(alt).toMatch(/^\d$/);
  await ui(page, 'card-alt-0').click();
  const corrected = `40${alt}19`;
  // The card renders again once the correction is saved: a node looked up just before may be gone.
  await expect
    .poll(() =>
      ui(page, 'card-number')
        .getAttribute('aria-label')
        .catch(() => null),
    )
    .toBe(corrected);
  expect(await ui(page, 'card-status').textContent()).toBe('');
  const stored = () =>
    b.worker.evaluate(async () => {
      const { last, history } = (await chrome.storage.local.get(['last', 'history'])) as { last: { number: string; corrected?: boolean }; history: { number: string }[] };
      return [last.number, history[0].number, String(last.corrected)];
    });
  await expect.poll(stored).toEqual([corrected, corrected, 'true']);
  await page.keyboard.press('Escape');
  const popup = await openPopup(b);
  await expect.poll(() => popup.getByTestId('number').textContent()).toBe(corrected);
  await expect.poll(async () => (await popup.getByTestId('history').locator('li .n').allTextContents())[0]).toBe(corrected);
  await popup.close();
  await page.close();
});

test('Fill puts the number into the field that had focus, firing input and change', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.locator('#field').click();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  await ui(page, 'card-fill').click();
  expect(await page.locator('#field').inputValue()).toBe('40719');
  expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual(['input:40719', 'change:40719']);
  await page.close();
});

test('a scrolled page maps the selection to the right pixels', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.locator('#far').scrollIntoViewIfNeeded();
  await selectOver(b, page, '#far');
  expect(await cardNumber(page)).toBe('26153');
  await page.close();
});

test('Esc cancels a selection without reading', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await startSelection(b, page);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(page, 'overlay').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await ui(page, 'card').count()).toBe(0);
  await page.close();
});

/** Offscreen documents open now, asked of whichever service worker runs (it may have been stopped and started again). */
const offscreenCount = () =>
  (suite.b.context.serviceWorkers().at(-1) ?? suite.b.worker).evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length,
  );

/** A read opens the offscreen document, `close` sees it gone, and the next read opens it again. */
async function offscreenComesBack(close: () => Promise<void>): Promise<void> {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  await page.keyboard.press('Escape');
  expect(await offscreenCount()).toBe(1);
  await close();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  expect(await offscreenCount()).toBe(1);
  await page.close();
}

test('the offscreen engine is reused, and recreated when Chrome has closed it', () =>
  offscreenComesBack(async () => {
    await suite.b.worker.evaluate(() => chrome.offscreen.closeDocument());
    expect(await offscreenCount()).toBe(0);
  }));

test(
  'a minute without reads closes the offscreen document (its memory goes back); the next read opens it again',
  () =>
    offscreenComesBack(async () => {
      await expect.poll(offscreenCount, { timeout: 75_000, interval: 2_000 }).toBe(0);
    }),
  120_000,
);

test('a click is too small to read: the selection says so and goes on; the page can neither see into the overlay and the card nor steer them', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await startSelection(b, page);
  // The overlay's inside is closed to the page; a page script drags over the number with synthetic
  // events on what it can reach (the overlay's host, the document): nothing is selected.
  expect(await page.evaluate(() => document.getElementById('digit-reader-overlay')?.shadowRoot)).toBeNull();
  await page.evaluate(() => {
    const host = document.getElementById('digit-reader-overlay');
    for (const [type, x, y] of [
      ['down', 30, 60],
      ['move', 200, 120],
      ['up', 300, 130],
    ] as const) {
      for (const target of [host, document]) {
        const init = { bubbles: true, composed: true, clientX: x, clientY: y, button: 0, pointerId: 1 };
        target?.dispatchEvent(new PointerEvent(`pointer${type}`, init));
        target?.dispatchEvent(new MouseEvent(`mouse${type}`, init));
      }
    }
  });
  await page.waitForTimeout(300);
  expect(await ui(page, 'overlay').count()).toBe(1);
  expect(await ui(page, 'card').count()).toBe(0);
  // The user's own click: too small, said so, and the selection goes on.
  await page.mouse.click(200, 200);
  await expect.poll(() => ui(page, 'overlay-hint').textContent()).toMatch(/Too small to read/);
  expect(await ui(page, 'card').count()).toBe(0);
  const box = (await page.locator('#num').boundingBox())!;
  await page.mouse.move(box.x - 4, box.y - 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 4, box.y + box.height + 4, { steps: 4 });
  await page.mouse.up();
  expect(await cardNumber(page)).toBe('40719');
  // The page cannot read the card (its number may come from a frame the page itself cannot read), and
  // synthetic clicks on what it can reach change nothing.
  expect(await page.evaluate(() => document.getElementById('digit-reader-card')?.shadowRoot)).toBeNull();
  expect(await page.evaluate(() => document.getElementById('digit-reader-card')?.textContent)).toBe('');
  await page.evaluate(() => document.getElementById('digit-reader-card')?.click());
  expect(await ui(page, 'card', '.alts').count()).toBe(0);
  expect(await ui(page, 'card').count()).toBe(1);
  await page.close();
});

test('Fill skips a read-only field, and finds the field again when the page re-rendered it', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<input id="ro" readonly value="fixed">'));
  await page.locator('#ro').click();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  expect(await ui(page, 'card-fill').isDisabled()).toBe(true);
  expect(await page.locator('#ro').inputValue()).toBe('fixed');
  await page.keyboard.press('Escape');

  await page.locator('#field').click();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  expect(await ui(page, 'card-fill').textContent()).toBe('Fill “Order number”');
  // A framework re-renders the form: the field the user clicked is replaced by a new one.
  await page.evaluate(() => {
    const old = document.getElementById('field')!;
    old.replaceWith(old.cloneNode(true));
  });
  await ui(page, 'card-fill').click();
  expect(await page.locator('#field').inputValue()).toBe('40719');
  await page.close();
});

test('a full storage never costs the number: it is still shown, and the card says what was not saved', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  // Fill chrome.storage.local to within a few hundred bytes of its 10 MB quota, as years of use might.
  await b.worker.evaluate(async () => {
    const quota = chrome.storage.local.QUOTA_BYTES;
    const used = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(quota - used - 400) });
  });
  try {
    await selectOver(b, page, '#num');
    expect(await cardNumber(page)).toBe('40719');
    await expect.poll(() => ui(page, 'card').textContent()).toMatch(/could not be saved in the history: the browser's storage is full/);
  } finally {
    await b.worker.evaluate(() => chrome.storage.local.remove('filler'));
    await page.close();
  }
});

test("on a plain http page (no clipboard API) Copy still copies, and the number never enters the page's DOM", async () => {
  const { b, server } = suite;
  const plain = server.url.replace('127.0.0.1', 'plain.test');
  const page = await b.context.newPage();
  await page.goto(plain);
  expect(await page.evaluate(() => window.isSecureContext || 'clipboard' in navigator)).toBe(false);
  // Everything added to the page's DOM, as a script watching it would see it.
  await page.evaluate(() => {
    (window as unknown as { added: string[] }).added = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) (window as unknown as { added: string[] }).added.push(n instanceof HTMLTextAreaElement ? n.value : (n.textContent ?? ''));
    }).observe(document, { childList: true, subtree: true });
  });
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  await ui(page, 'card-copy').click();
  await expect.poll(() => ui(page, 'card-status').textContent()).toBe('Copied');
  const reader = await b.context.newPage();
  await reader.goto(server.url);
  await b.context.grantPermissions(['clipboard-read'], { origin: server.url });
  await expect.poll(() => reader.evaluate(() => navigator.clipboard.readText())).toBe('40719');
  expect((await page.evaluate(() => (window as unknown as { added: string[] }).added)).filter((t) => t.includes('40719'))).toEqual([]);
  await reader.close();
  await page.close();
});

/** The Firefox counterparts of ../flows.ts: start a selection as a user does, drag over an element, paste
 *  into the popup, and reach the card and the overlay inside their closed shadow roots. */
import type { Page } from 'puppeteer-core';
import { callInPage, dispatchCommand, type FirefoxWithExtension, uiRoots } from './browser';

/** The shortcut (which grants activeTab, as in Firefox a command does): the overlay is up. */
export async function startSelection(ff: FirefoxWithExtension, page: Page): Promise<void> {
  await page.bringToFront();
  await dispatchCommand(ff, 'select-region');
  await ui(ff, page, 'overlay').waitFor();
}

/** Drags from `margin` px above and left of the element to as far below and right of it. */
export async function dragOver(page: Page, selector: string, margin = 4): Promise<void> {
  const box = await (await page.$(selector))?.boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  await page.mouse.move(Math.max(0, box.x - margin), Math.max(0, box.y - margin));
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width + margin, box.y + box.height + margin, { steps: 3 });
  await page.mouse.up();
}

export async function selectOver(ff: FirefoxWithExtension, page: Page, selector: string, margin = 4): Promise<void> {
  await startSelection(ff, page);
  await dragOver(page, selector, margin);
}

/**
 * Drops a PNG on the popup as a user dragging a file there does, once Preact's listener is attached. Not a
 * paste: Firefox builds a ClipboardEvent's clipboardData afresh (a test's image is not carried) and its
 * headless clipboard holds no images, while a DragEvent keeps the DataTransfer it is given.
 */
export async function drop(popup: Page, png: Buffer): Promise<void> {
  await popup.waitForSelector('[data-testid="select-region"]');
  await popup.evaluate(async (b64) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'n.png', { type: 'image/png' }));
    document.querySelector('main')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png.toString('base64'));
}

interface Found {
  text: string;
  label: string | null;
  disabled: boolean;
  x: number;
  y: number;
}

/** The extension's UI (data-testid `testId`, then `inside` within it), found inside its closed shadow roots. */
export function ui(ff: FirefoxWithExtension, page: Page, testId: string, inside = '') {
  const selector = `[data-testid="${testId}"]${inside ? ` ${inside}` : ''}`;
  const find = async (): Promise<Found[]> => {
    const found: Found[] = [];
    for (const root of await uiRoots(ff, page)) {
      const json = await callInPage<string>(
        ff,
        page,
        `(root, selector) => JSON.stringify([...root.querySelectorAll(selector)].map((e) => {
          const b = e.getBoundingClientRect();
          return { text: e.textContent, label: e.getAttribute('aria-label'), disabled: e.disabled === true, x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }))`,
        [root, { type: 'string', value: selector }],
      );
      found.push(...(JSON.parse(json) as Found[]));
    }
    return found;
  };
  const first = async () => {
    const [e] = await find();
    if (!e) throw new Error(`no ${selector} on the page`);
    return e;
  };
  return {
    /** runs `fn` (a function's source) with the first such element as `this`, awaiting what it returns */
    async call<T>(fn: string): Promise<T> {
      for (const root of await uiRoots(ff, page)) {
        const found = await callInPage<{ ok: boolean; value?: T }>(
          ff,
          page,
          `async (root, selector) => { const e = root.querySelector(selector); return e ? { ok: true, value: await (${fn}).call(e) } : { ok: false }; }`,
          [root, { type: 'string', value: selector }],
        );
        if (found.ok) return found.value as T;
      }
      throw new Error(`no ${selector} on the page`);
    },
    count: async () => (await find()).length,
    async waitFor(timeout = 10_000) {
      const until = Date.now() + timeout;
      while ((await find()).length === 0) {
        if (Date.now() > until) throw new Error(`${selector} did not appear within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    textContent: async () => (await first()).text,
    label: async () => (await first()).label,
    isDisabled: async () => (await first()).disabled,
    /** a real mouse click at the element's centre: the card ignores events that are not the user's */
    async click() {
      const e = await first();
      await page.mouse.click(e.x, e.y);
    },
  };
}

/** The card once the read is done: it opens at mouse-up saying "Reading…". */
export async function cardResult(ff: FirefoxWithExtension, page: Page, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  await ui(ff, page, 'card').waitFor(timeout);
  while ((await ui(ff, page, 'card-reading').count()) > 0) {
    if (Date.now() > until) throw new Error(`the card still says "Reading…" after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The number on the result card, once it is shown. */
export async function cardNumber(ff: FirefoxWithExtension, page: Page): Promise<string | null> {
  await cardResult(ff, page);
  const number = ui(ff, page, 'card-number');
  if ((await number.count()) === 0) throw new Error(`the card shows no number: ${await ui(ff, page, 'card').textContent()}`);
  return number.label();
}

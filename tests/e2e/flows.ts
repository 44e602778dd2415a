/** Steps the end-to-end tests share: start a selection the way a user does, drag over an element, paste
 *  into the popup, and reach the card and the overlay inside their closed shadow roots. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { dispatchCommand, type ExtensionBrowser, pressToolbarButton } from './browser';

const require = createRequire(import.meta.url);

/** The user presses the toolbar button (granting activeTab), then the shortcut: the overlay is up. */
export async function startSelection(b: ExtensionBrowser, page: Page): Promise<void> {
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchCommand(b, 'select-region');
  await ui(page, 'overlay').waitFor();
}

/** ... and drags over `selector`. */
export async function selectOver(b: ExtensionBrowser, page: Page, selector: string, margin = 4): Promise<void> {
  await startSelection(b, page);
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(Math.max(0, box.x - margin), Math.max(0, box.y - margin));
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width + margin, box.y + box.height + margin, { steps: 3 });
  await page.mouse.up();
}

/**
 * Pastes a PNG into the popup as a user's Ctrl+V does. Preact attaches the paste listener in an effect,
 * after the first paint: a paste sent before that is lost (this failed once in a fresh-clone CI run), so
 * it waits for the page, then for a frame and a task.
 */
export async function paste(popup: Page, png: Buffer): Promise<void> {
  await popup.waitForLoadState('load');
  await popup.evaluate(async (b64) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'n.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, png.toString('base64'));
}

/** The card once the read is done: it opens at mouse-up saying "Reading…". */
export async function cardResult(page: Page, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  await ui(page, 'card').waitFor(timeout);
  while ((await ui(page, 'card-reading').count()) > 0) {
    if (Date.now() > until) throw new Error(`the card still says "Reading…" after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The number on the result card, once it is shown. */
export async function cardNumber(page: Page): Promise<string | null> {
  await cardResult(page);
  const number = ui(page, 'card-number');
  if ((await number.count()) === 0) throw new Error(`the card shows no number: ${await ui(page, 'card').textContent()}`);
  return number.getAttribute('aria-label');
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpOf = (page: Page) => {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  return sessions.get(page)!;
};

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The extension's UI (data-testid `testId`, then `inside`, a CSS selector within it) as a user meets it.
 * The page's own scripts cannot see into the closed shadow roots it lives in, and neither can Playwright's
 * selectors; the DevTools protocol can, so the tests find it there, read it, and click it with the mouse.
 */
export function ui(page: Page, testId: string, inside = '') {
  const selector = `[data-testid="${testId}"]${inside ? ` ${inside}` : ''}`;
  const find = async (): Promise<number[]> => {
    const cdp = await cdpOf(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeName === 'DIGIT-READER-UI') roots.push(...(n.shadowRoots ?? []));
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    const found: number[] = [];
    for (const r of roots) found.push(...((await cdp.send('DOM.querySelectorAll', { nodeId: r.nodeId, selector })) as { nodeIds: number[] }).nodeIds);
    return found;
  };
  const call = async <T>(fn: string): Promise<T> => {
    const [nodeId] = await find();
    if (nodeId === undefined) throw new Error(`no ${selector} on the page`);
    const cdp = await cdpOf(page);
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
    };
    return result.value;
  };
  return {
    /** runs `fn` (a function's source) with the element as `this`, awaiting what it returns */
    call,
    count: async () => (await find()).length,
    async waitFor(timeout = 10_000) {
      const until = Date.now() + timeout;
      while ((await find()).length === 0) {
        if (Date.now() > until) throw new Error(`${selector} did not appear within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    textContent: () => call<string>('function () { return this.textContent; }'),
    getAttribute: (name: string) => call<string | null>(`function () { return this.getAttribute(${JSON.stringify(name)}); }`),
    isDisabled: () => call<boolean>('function () { return this.disabled === true; }'),
    /** a real mouse click at the element's centre: the card ignores events that are not the user's */
    async click() {
      const [nodeId] = await find();
      if (nodeId === undefined) throw new Error(`no ${selector} on the page`);
      const cdp = await cdpOf(page);
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
      const [x0, y0, , , x2, y2] = model.content;
      await page.mouse.click((x0 + x2) / 2, (y0 + y2) / 2);
    },
  };
}

/** The data-testid of the control focused inside the extension's UI, or null when the focus is elsewhere. */
export async function focusedInUi(page: Page): Promise<string | null> {
  if (!(await page.evaluate(() => document.activeElement?.tagName === 'DIGIT-READER-UI'))) return null;
  return ui(page, 'card').call<string | null>('function () { const f = this.getRootNode().activeElement; return f ? (f.dataset.testid ?? f.tagName) : null; }');
}

/**
 * axe-core's serious and critical violations in the element `testId` of the extension's UI. axe cannot enter
 * a closed shadow root, so the root's own nodes (its style and the element, as they are) are copied into an
 * open one on a probe host styled as the real host, checked there, and removed.
 */
export async function uiViolations(page: Page, testId: string): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return ui(page, testId).call<string[]>(`async function () {
    const real = this.getRootNode().host;
    const probe = document.createElement('digit-reader-axe-probe');
    probe.id = 'digit-reader-axe-probe';
    probe.style.cssText = real.style.cssText;
    const open = probe.attachShadow({ mode: 'open' });
    for (const node of this.getRootNode().childNodes) open.append(node.cloneNode(true));
    document.documentElement.append(probe);
    try {
      const result = await window.axe.run({ include: { fromShadowDom: ['#digit-reader-axe-probe', '[data-testid=${JSON.stringify(testId)}]'] } }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.html).join(' | '));
    } finally {
      probe.remove();
    }
  }`);
}

/** axe-core's serious and critical violations on one of the extension's own pages (popup, options, welcome). */
export async function pageViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
}

/**
 * Real Firefox (Debian's firefox-esr, never a downloaded build) driven over WebDriver BiDi by puppeteer-core,
 * with the freshly built dist/firefox/ installed as a temporary add-on: the counterpart of ../browser.ts.
 * No Firefox is a failure with instructions, never a quiet skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifests';

export const DIST = resolve('dist/firefox');
/** Fixed with the pref extensions.webextensions.uuids, so the tests know the extension's origin. */
const UUID = '5d1c7a52-3b0e-4f4a-9c6d-7e2f1a8b9c30';
export const ORIGIN = `moz-extension://${UUID}/`;
const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];

export function firefoxPath(): string {
  let found = CANDIDATES.find((p) => existsSync(p));
  if (!found && process.getuid?.() === 0) {
    console.log("Firefox not found: installing Debian's firefox-esr package (running as root)…");
    execFileSync('sh', ['-c', 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q firefox-esr'], { stdio: 'inherit' });
    found = CANDIDATES.find((p) => existsSync(p));
  }
  if (!found) throw new Error('The end-to-end tests need Firefox. Install it with `sudo apt-get install firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH.');
  return found;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface RemoteValue {
  type: string;
  value?: unknown;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** evaluates in the browser's own (chrome) scope, where Firefox's extension internals are reachable */
  privileged<T>(expression: string): Promise<T>;
  /** a new tab at `url`, as a puppeteer page */
  newPage(url: string): Promise<Page>;
  /** navigates `page`; extension and about: pages over BiDi, where puppeteer's goto waits forever */
  goto(page: Page, url: string): Promise<void>;
  close(): Promise<void>;
}

const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** A BiDi value as plain JSON (the few shapes the tests use). */
function plain(v: RemoteValue | undefined): unknown {
  if (!v) return undefined;
  if (v.type === 'array') return (v.value as RemoteValue[]).map(plain);
  if (v.type === 'object') return Object.fromEntries((v.value as [string, RemoteValue][]).map(([k, x]) => [k, plain(x)]));
  return v.value;
}

/** The browsing context (tab) whose URL starts with `prefix`, once it is open. */
async function waitForTab(connection: BidiConnection, prefix: string, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const { contexts } = (await connection.send('browsingContext.getTree', {})).result as { contexts: { context: string; url: string }[] };
    const tab = contexts.find((c) => c.url.startsWith(prefix));
    if (tab) return tab.context;
    if (Date.now() > until) throw new Error(`no tab at ${prefix} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const WELCOME = `${ORIGIN}src/extension/welcome/index.html`;

/** @param keepWelcome leave open the welcome page a fresh install opens (the other tests close it, as a user would) */
export async function launchFirefox({ keepWelcome = false } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox/ has no build: run `npm run build` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1000, height: 700 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // plain.test is the test server under a name that is no secure context (127.0.0.1 is one), as a plain http site is.
      'network.dns.localDomains': 'plain.test',
      // The test pages are local: nothing else may be fetched (no telemetry, updates or remote settings).
      'network.proxy.type': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(DIST);
  const connection = bidi(browser);
  const { contexts } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chromeWindow = contexts[0].context;
  const welcome = await waitForTab(connection, WELCOME);
  if (!keepWelcome) await connection.send('browsingContext.close', { context: welcome });
  const goto = async (page: Page, url: string) => {
    if (/^https?:/.test(url)) await page.goto(url);
    else await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
  };
  return {
    browser,
    goto,
    async privileged<T>(expression: string) {
      const { result } = await connection.send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise: true });
      if (result.type === 'exception') throw new Error(`privileged script failed: ${JSON.stringify(result.exceptionDetails).slice(0, 400)}`);
      return plain(result.result as RemoteValue) as T;
    },
    async newPage(url: string) {
      const page = await browser.newPage();
      await goto(page, url);
      return page;
    },
    close: () => browser.close(),
  };
}

export const openPopup = (ff: FirefoxWithExtension) => ff.newPage(`${ORIGIN}src/extension/popup/index.html`);
export const openOptions = (ff: FirefoxWithExtension) => ff.newPage(`${ORIGIN}src/extension/options/index.html`);

const extension = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;

/** Runs the extension's keyboard command as Firefox does for the shortcut, granting activeTab for the active tab. */
export async function dispatchCommand(ff: FirefoxWithExtension, command: string): Promise<void> {
  await ff.privileged(`${extension}.shortcuts.onCommand(${JSON.stringify(command)})`);
}

/** Presses the toolbar button for the active tab, as a click does: activeTab is granted (and the popup opens). */
export async function pressToolbarButton(ff: FirefoxWithExtension): Promise<void> {
  await ff.privileged(`(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    ExtensionParent.apiManager.global.browserActionFor(${extension}).triggerAction(window);
  })()`);
}

/**
 * Presses the toolbar button and, in the popup it opens, the button `testId`. The popup lives in a panel of
 * the browser window, out of BiDi's reach: a frame script in its browser clicks the button once it is there and
 * enabled (Repeat last region is disabled until the popup has read the last region from storage).
 */
export async function clickInToolbarPopup(ff: FirefoxWithExtension, testId: string): Promise<void> {
  await pressToolbarButton(ff);
  const outcome = await ff.privileged<string>(`(async () => {
    const selector = ${JSON.stringify(`[data-testid="${testId}"]`)};
    for (let i = 0; i < 100; i++) {
      const popup = document.querySelector('browser.webextension-popup-browser');
      if (popup && popup.currentURI.spec.startsWith(${JSON.stringify(ORIGIN)}) && !popup.webProgress?.isLoadingDocument) {
        popup.messageManager.loadFrameScript('data:,' + encodeURIComponent(
          'const click = () => { const b = content.document.querySelector(' + JSON.stringify(selector) + '); if (b && !b.disabled) b.click(); else content.setTimeout(click, 50); }; click();'), false);
        return 'ok';
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return 'the popup did not open';
  })()`);
  if (outcome !== 'ok') throw new Error(outcome);
}

/**
 * A real right-click at (x, y) opens Firefox's page context menu; its item `menuId` of this extension is then
 * activated as a click on it would be.
 */
export async function clickContextMenu(ff: FirefoxWithExtension, page: Page, x: number, y: number, menuId: string): Promise<void> {
  await page.mouse.click(x, y, { button: 'right' });
  const widget = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  const outcome = await ff.privileged<string>(`(async () => {
    const menu = document.getElementById('contentAreaContextMenu');
    for (let i = 0; i < 100 && menu.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 50));
    if (menu.state !== 'open') return 'the context menu did not open';
    const item = document.getElementById(${JSON.stringify(`${widget}-menuitem-_${menuId}`)});
    if (!item) return 'no such item in: ' + [...menu.querySelectorAll('menuitem')].map((m) => m.id || m.label).join(', ');
    item.closest('menupopup').activateItem(item);
    return 'ok';
  })()`);
  if (outcome !== 'ok') throw new Error(outcome);
}

/** What the system clipboard holds, read by the browser itself. */
export const readClipboard = (ff: FirefoxWithExtension) => ff.privileged<string>('navigator.clipboard.readText()');

/** 'running' or 'stopped': Firefox's event page. */
export const backgroundState = (ff: FirefoxWithExtension) => ff.privileged<string>(`${extension}.backgroundState`);

/** Stops the event page, as Firefox does once it has been idle. */
export async function stopBackground(ff: FirefoxWithExtension): Promise<void> {
  await ff.privileged(`${extension}.terminateBackground()`);
}

/** Evaluates a function in the page's main frame, over BiDi (for what puppeteer's handles cannot reach). */
export async function callInPage<T>(ff: FirefoxWithExtension, page: Page, fn: string, args: object[]): Promise<T> {
  const { result } = await bidi(ff.browser).send('script.callFunction', {
    functionDeclaration: fn,
    arguments: args,
    target: { context: contextOf(page) },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`page script failed: ${JSON.stringify(result.exceptionDetails).slice(0, 400)}`);
  return plain(result.result as RemoteValue) as T;
}

/** The closed shadow roots of the extension's UI hosts in the page: BiDi serialises closed roots too. */
export async function uiRoots(ff: FirefoxWithExtension, page: Page): Promise<{ sharedId: string }[]> {
  const { result } = await bidi(ff.browser).send('script.evaluate', {
    expression: "[...document.querySelectorAll('digit-reader-ui')]",
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const hosts = ((result.result as RemoteValue).value ?? []) as { value?: { shadowRoot?: { sharedId: string } } }[];
  return hosts.flatMap((h) => (h.value?.shadowRoot ? [{ sharedId: h.value.shadowRoot.sharedId }] : []));
}

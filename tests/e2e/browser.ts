/**
 * Real Chromium (Debian's package, never a downloaded build) with the freshly built extension from dist/chrome/.
 * No Chromium is a failure with instructions, never a quiet skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const DIST = resolve('dist/chrome');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

export function chromiumPath(): string {
  let found = CANDIDATES.find((p) => existsSync(p));
  if (!found && process.getuid?.() === 0) {
    console.log("Chromium not found: installing Debian's chromium package (running as root)…");
    execFileSync('sh', ['-c', 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium'], { stdio: 'inherit' });
    found = CANDIDATES.find((p) => existsSync(p));
  }
  if (!found) {
    throw new Error('The end-to-end tests need Chromium. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.');
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** @param netLog a file for Chromium's own log of every network request, from every context (pages,
 *  the service worker and the offscreen document alike), written when the browser closes
 *  @param screenScale the screen's own scale (--force-device-scale-factor): captures then come at that
 *  many pixels per CSS pixel, as on a HiDPI screen; deviceScaleFactor emulates it for the page only */
export async function launchWithExtension(
  options: { deviceScaleFactor?: number; screenScale?: number; netLog?: string; viewport?: { width: number; height: number }; keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome/ has no build: run `npm run build` first');
  const userDataDir = mkdtempSync(join(tmpdir(), 'digit-reader-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: options.viewport ?? { width: 1000, height: 700 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the tests press the toolbar button (CDP Extensions.triggerAction), which grants activeTab as a click does.
      '--enable-unsafe-extension-debugging',
      // plain.test is the test server under a name that is no secure context (127.0.0.1 is one), as a plain http site is.
      '--host-resolver-rules=MAP plain.test 127.0.0.1',
      ...(options.netLog ? [`--log-net-log=${options.netLog}`] : []),
      ...(options.screenScale ? [`--force-device-scale-factor=${options.screenScale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // A fresh install opens the welcome page once; the tests that are not about it close it, as a user would.
  const welcome = await waitForPage(context, `chrome-extension://${extensionId}/src/extension/welcome/`);
  if (!options.keepWelcome) await welcome.close();
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab whose URL starts with `prefix`, once it is open. */
export async function waitForPage(context: BrowserContext, prefix: string, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(prefix));
    if (page) return page;
    if (Date.now() > until) throw new Error(`no tab at ${prefix} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function openPopup(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/extension/popup/index.html`);
  return page;
}

/** The options page (options_ui), as a tab. */
export async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/extension/options/index.html`);
  return page;
}

/**
 * Presses the extension's toolbar button for the page's tab, as a user would: Chrome grants activeTab
 * for that tab (and opens the popup). Nothing else in the tests grants the extension any access.
 */
export async function pressToolbarButton(b: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
    // The popup opens; a user's next click on the page would close it, so close it as that click would.
    for (let i = 0; i < 40; i++) {
      const { targetInfos: now } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string; targetId: string }[] };
      const popup = now.find((t) => t.url.includes(`${b.extensionId}/src/extension/popup/`));
      if (popup) {
        await cdp.send('Target.closeTarget', { targetId: popup.targetId });
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cdp.detach();
  }
}

/** Runs the extension's own listener for a keyboard command, for the active tab. */
export async function dispatchCommand(b: ExtensionBrowser, command: string): Promise<void> {
  await b.worker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.commands.onCommand as unknown as { dispatch(c: string, t: chrome.tabs.Tab): void }).dispatch(name, tab);
  }, command);
}

/** Native context menus cannot be clicked headless: dispatch the click event in the service worker. */
export async function dispatchMenuClick(b: ExtensionBrowser, info: { menuItemId: string; srcUrl?: string; pageUrl?: string; frameId?: number; frameUrl?: string }): Promise<void> {
  await b.worker.evaluate(async (clickInfo) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: chrome.tabs.Tab): void }).dispatch({ editable: false, ...clickInfo }, tab);
  }, info);
}

/** Requests from the content script and the popup. */
import { t } from '../i18n';
import { platform } from '#platform';
import { onMessage, sendMessage } from '../messages';
import { fromContentScript, fromOwnPage, isImageDataUrl, NOT_AN_IMAGE, REFUSED, thisExtension } from '../senders';
import { correct, store } from '../storage';
import { beginSelection } from './selection';
import { readPixels, readRegion } from './read-flows';
import { injectContent, type PageError } from './inject';

/** A number, or a table of them: never more than this. */
const MAX_COPY = 100_000;

async function activeTab(): Promise<chrome.tabs.Tab | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
};

/** Tells the tab's content script that its capture is taken. */
const captured = (tabId: number | undefined) => () => {
  if (tabId !== undefined) void sendMessage('regionCaptured', undefined, { tabId, frameId: 0 }).catch(() => undefined);
};

export function registerRoutes(): void {
  const self = thisExtension();
  onMessage('readRegion', ({ data, sender }) => {
    if (!fromContentScript(sender, self)) return REFUSED;
    return sender.tab?.windowId !== undefined
      ? readRegion(sender.tab.windowId, data, { source: 'region', host: hostOf(sender.tab.url), onCaptured: captured(sender.tab.id) })
      : { ok: false, error: t('errNoTabToCapture') };
  });
  onMessage('readImageArea', ({ data, sender }) => {
    if (!fromContentScript(sender, self)) return REFUSED;
    return sender.tab?.windowId !== undefined
      ? readRegion(sender.tab.windowId, data, { source: 'image', host: hostOf(sender.tab.url), onCaptured: captured(sender.tab.id) })
      : { ok: false, error: t('errNoTabToCapture') };
  });
  onMessage('readPixels', ({ data, sender }) => {
    if (!fromContentScript(sender, self)) return REFUSED;
    return isImageDataUrl(data?.dataUrl) ? readPixels(data.dataUrl, { source: 'image', host: hostOf(sender.tab?.url), locale: data.locale }) : NOT_AN_IMAGE;
  });
  onMessage('correctReading', async ({ data, sender }) => {
    if (!fromContentScript(sender, self)) return REFUSED;
    const valid = typeof data?.id === 'string' && Array.isArray(data.digits) && data.digits.every((d) => Number.isInteger(d) && d >= 0 && d <= 9);
    return valid && (await correct(data.id, data.digits)) ? { ok: true } : { ok: false, error: t('errCorrectionNotSaved') };
  });
  onMessage('copyText', async ({ data, sender }) => {
    if (!fromContentScript(sender, self)) return REFUSED;
    if (typeof data?.text !== 'string' || data.text.length > MAX_COPY) return { ok: false, error: t('errNothingToCopy') };
    return platform.copyText(data.text);
  });
  onMessage('readPasted', ({ data, sender }) => {
    if (!fromOwnPage(sender, self)) return REFUSED;
    return isImageDataUrl(data?.dataUrl) ? readPixels(data.dataUrl, { source: 'paste' }) : NOT_AN_IMAGE;
  });
  onMessage('openShortcutSettings', async ({ sender }) => {
    if (fromOwnPage(sender, self)) await platform.openShortcutSettings();
  });
  onMessage('startSelection', async ({ sender }) => {
    if (!fromOwnPage(sender, self)) return REFUSED;
    const tab = await activeTab();
    if (!tab) return { ok: false, error: t('errNoActiveTab') };
    return beginSelection(tab);
  });
  onMessage('repeatLastRegion', async ({ sender }) => {
    if (!fromOwnPage(sender, self)) return REFUSED;
    const region = await store.getItem('lastRegion');
    if (!region) return { ok: false, error: t('errNoRegionYet') };
    const tab = await activeTab();
    if (!tab || tab.windowId === undefined) return { ok: false, error: t('errNoActiveTab') };
    let tabId: number;
    try {
      tabId = await injectContent(tab);
    } catch (e) {
      return { ok: false, error: (e as PageError).message };
    }
    // The same place on screen, whatever the page has scrolled to since.
    const outcome = await readRegion(tab.windowId, { rect: region.rect, viewport: region.viewport }, { host: hostOf(tab.url) });
    await sendMessage('showResult', { outcome, anchor: region.rect }, tabId).catch(() => undefined);
    return outcome;
  });
}

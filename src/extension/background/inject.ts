/** The content script is injected on demand (activeTab + scripting): nothing runs on pages unasked. */
import { t } from '../i18n';
import contentScript from '../content/index.ts?script&iife';
import { platform } from '#platform';

export class PageError extends Error {}

export async function injectContent(tab: chrome.tabs.Tab): Promise<number> {
  const reason = platform.restrictedReason(tab.url ?? tab.pendingUrl);
  if (reason || tab.id === undefined) throw new PageError(reason ?? t('errTabUnreadable'));
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [contentScript] });
  } catch (e) {
    throw new PageError(t('errPageRefused', platform.browser, (e as Error).message));
  }
  return tab.id;
}

/** Starting a region selection in a tab, from the popup, the shortcut or the page menu. */
import type { Outcome } from '../../engine';
import { sendMessage } from '../messages';
import { store } from '../storage';
import { injectContent } from './inject';

/** Errors from flows that have no page to show them in are kept for the popup and flagged on the icon. */
export async function reportError(message: string): Promise<void> {
  await store.setItem('lastError', { message, at: Date.now() });
  await chrome.action.setBadgeBackgroundColor({ color: '#c92a2a' });
  await chrome.action.setBadgeText({ text: '!' });
}

export async function beginSelection(tab: chrome.tabs.Tab): Promise<Outcome<object>> {
  try {
    const tabId = await injectContent(tab);
    await sendMessage('beginSelection', undefined, tabId);
    return { ok: true };
  } catch (e) {
    const message = (e as Error).message;
    await reportError(message);
    return { ok: false, error: message };
  }
}

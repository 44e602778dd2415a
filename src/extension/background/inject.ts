/** The content script is injected on demand (activeTab + scripting): nothing runs on pages unasked. */
import contentScript from '../content/index.ts?script&iife';
import { restrictedReason } from './restricted';

export class PageError extends Error {}

export async function injectContent(tab: chrome.tabs.Tab): Promise<number> {
  const reason = restrictedReason(tab.url ?? tab.pendingUrl);
  if (reason || tab.id === undefined) throw new PageError(reason ?? 'This tab cannot be read.');
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [contentScript] });
  } catch (e) {
    throw new PageError(`Chrome does not let extensions read this page (${(e as Error).message}).`);
  }
  return tab.id;
}

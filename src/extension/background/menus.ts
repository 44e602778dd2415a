/** Context menu items: read an image, or start a region selection on the page. */
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { injectContent } from './inject';
import { beginSelection, reportError } from './selection';

export const MENU_IMAGE = 'read-digits-image';
export const MENU_REGION = 'read-digits-region';

export function registerMenus(): void {
  chrome.runtime.onInstalled.addListener(() => {
    chrome.contextMenus.removeAll(() => {
      chrome.contextMenus.create({ id: MENU_IMAGE, title: t('menuReadImage'), contexts: ['image'] });
      chrome.contextMenus.create({ id: MENU_REGION, title: t('menuReadRegion'), contexts: ['page', 'selection', 'link', 'frame'] });
    });
  });
  chrome.contextMenus.onClicked.addListener(async (info, tab) => {
    if (!tab) return;
    if (info.menuItemId === MENU_REGION) {
      await beginSelection(tab);
    } else if (info.menuItemId === MENU_IMAGE && info.srcUrl) {
      try {
        const tabId = await injectContent(tab);
        // The page itself is read (the extension has no access to another site's frame): an image in a frame
        // is found, or read as the frame's visible area, from there.
        const frameUrl = info.frameId ? info.frameUrl : undefined;
        await sendMessage('beginImageRead', { srcUrl: info.srcUrl, frameUrl }, { tabId, frameId: 0 });
      } catch (e) {
        await reportError((e as Error).message);
      }
    }
  });
}

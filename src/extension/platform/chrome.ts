/** Chrome: the engine runs in an offscreen document, which also copies where the page cannot. */
import { captureVisible } from '../background/capture';
import { sendMessage } from '../messages';
import { chromeRestrictedReason } from './chrome-restricted';
import { engineRead, ensureOffscreen, registerIdleClose } from './chrome-offscreen';
import type { Platform } from './types';

export const platform: Platform = {
  browser: 'Chrome',
  restrictedReason: chromeRestrictedReason,
  // Two captures a second at most: captureVisible's queue keeps to that.
  capture: async (windowId, region) => ({ dataUrl: await captureVisible(windowId), region }),
  engineRead,
  async copyText(text) {
    await ensureOffscreen();
    return sendMessage('offscreenCopy', { text });
  },
  // Extensions may open this one chrome:// page.
  openShortcutSettings: async () => void (await chrome.tabs.create({ url: 'chrome://extensions/shortcuts' })),
  registerEngineHost: registerIdleClose,
};

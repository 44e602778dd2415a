/** Chrome: the engine runs in an offscreen document, which also copies where the page cannot. */
import { sendMessage } from '../messages';
import { chromeRestrictedReason } from './chrome-restricted';
import { engineRead, ensureOffscreen, registerIdleClose } from './chrome-offscreen';
import type { Platform } from './types';

export const platform: Platform = {
  browser: 'Chrome',
  restrictedReason: chromeRestrictedReason,
  captureIntervalMs: 520,
  engineRead,
  async copyText(text) {
    await ensureOffscreen();
    return sendMessage('offscreenCopy', { text });
  },
  registerEngineHost: registerIdleClose,
};

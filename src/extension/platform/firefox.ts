/**
 * Firefox: no offscreen documents, and an MV3 background that is an event page with a DOM, so it hosts
 * the engine itself, called directly (a message to its own context would not be delivered). Firefox stops
 * the page after a while without events, and its memory with it; the next read starts it again.
 */
import { hostMemory, hostRead } from '../engine-host';
import { onMessage } from '../messages';
import { fromOwnPage, REFUSED, thisExtension } from '../senders';
import { firefoxRestrictedReason } from './firefox-restricted';
import type { Platform } from './types';

/** The background page has a document of its own: with clipboardWrite it may write the clipboard unfocused. */
async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true as const };
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok ? { ok: true as const } : { ok: false as const, error: 'The clipboard refused the number.' };
  }
}

export const platform: Platform = {
  browser: 'Firefox',
  restrictedReason: firefoxRestrictedReason,
  // Firefox has no quota on captures; the queue still answers reads in order.
  captureIntervalMs: 0,
  engineRead: hostRead,
  copyText,
  registerEngineHost() {
    const self = thisExtension();
    onMessage('engineMemory', async ({ sender }) => {
      if (!fromOwnPage(sender, self)) return REFUSED;
      return { ok: true as const, memory: await hostMemory() };
    });
  },
};

/**
 * Firefox: no offscreen documents, and an MV3 background that is an event page with a DOM, so it hosts
 * the engine itself, called directly (a message to its own context would not be delivered). Firefox stops
 * the page after a while without events, and its memory with it; the next read starts it again.
 */
import { t } from '../i18n';
import { captureVisible } from '../background/capture';
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
    return ok ? { ok: true as const } : { ok: false as const, error: t('errClipboardRefused') };
  }
}

export const platform: Platform = {
  browser: 'Firefox',
  restrictedReason: firefoxRestrictedReason,
  // No quota on captures here. Firefox captures a rectangle of the document (its own `rect` option, at the
  // device pixel ratio): only the selection is encoded and decoded, not the whole viewport.
  async capture(windowId, region) {
    if (!region.scroll) return { dataUrl: await captureVisible(windowId, 0), region };
    const { rect, scroll } = region;
    return { dataUrl: await captureVisible(windowId, 0, { ...rect, x: rect.x + scroll.x, y: rect.y + scroll.y }) };
  },
  engineRead: hostRead,
  copyText,
  // Firefox 137 and later open their add-ons manager's shortcut view for the extension.
  openShortcutSettings: () => (chrome.commands as unknown as { openShortcutSettings(): Promise<void> }).openShortcutSettings(),
  registerEngineHost() {
    const self = thisExtension();
    onMessage('engineMemory', async ({ sender }) => {
      if (!fromOwnPage(sender, self)) return REFUSED;
      return { ok: true as const, memory: await hostMemory() };
    });
  },
};

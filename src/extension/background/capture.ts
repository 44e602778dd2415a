/** captureVisibleTab, kept under Chrome's quota of two calls a second: calls wait their turn in a queue,
 *  so every read started at once is answered, in order. */
import { t } from '../i18n';
import type { CssRect } from '../messages';

const CHROME_INTERVAL_MS = 520;
let last = 0;
let queue: Promise<unknown> = Promise.resolve();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class CaptureError extends Error {}

/** @param minIntervalMs the least time between two captures (the platform's; Chrome's quota by default)
 *  @param rect Firefox only: the part of the document to capture, in CSS pixels */
export function captureVisible(windowId: number, minIntervalMs = CHROME_INTERVAL_MS, rect?: CssRect): Promise<string> {
  const turn = queue.then(() => captureNow(windowId, minIntervalMs, rect));
  queue = turn.catch(() => undefined);
  return turn;
}

async function captureNow(windowId: number, minIntervalMs: number, rect?: CssRect): Promise<string> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const wait = last + minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
    try {
      return await chrome.tabs.captureVisibleTab(windowId, { format: 'png', ...(rect ? { rect } : {}) } as chrome.extensionTypes.ImageDetails);
    } catch (e) {
      const message = String((e as Error).message ?? e);
      if (!/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/i.test(message) || attempt === 1) {
        throw new CaptureError(/MAX_CAPTURE/i.test(message) ? t('errCaptureQuota') : t('errCaptureFailed', message));
      }
      await sleep(1000);
    }
  }
  throw new CaptureError('the capture failed');
}

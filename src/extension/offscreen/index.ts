/** Chrome's offscreen document: the engine host (engine-host/) behind messages from the service worker,
 *  and the clipboard where the page has none. */
import { t } from '../i18n';
import { hostBusy, hostMemory, hostRead, loadEngine } from '../engine-host';
import { onMessage, sendMessage } from '../messages';
import { fromOwnPage, isImageDataUrl, NOT_AN_IMAGE, REFUSED, thisExtension } from '../senders';

/** After a minute without reads the background is told, and closes this document: memory goes back to the browser. */
const IDLE_MS = 60_000;
let idle: ReturnType<typeof setTimeout> | undefined;
const stillIdle = () => {
  clearTimeout(idle);
  idle = setTimeout(() => void sendMessage('engineIdle').catch(() => undefined), IDLE_MS);
};

const self = thisExtension();

onMessage('engineRead', ({ data, sender }) => {
  if (!fromOwnPage(sender, self)) return REFUSED;
  if (!isImageDataUrl(data?.dataUrl)) return NOT_AN_IMAGE;
  clearTimeout(idle);
  const answer = hostRead(data);
  void answer.finally(() => {
    if (!hostBusy()) stillIdle();
  });
  return answer;
});

// An offscreen document is never focused, so navigator.clipboard refuses it: a textarea of its own and
// execCommand copy, as Chrome's offscreen clipboard reason describes.
onMessage('offscreenCopy', ({ data, sender }) => {
  if (!fromOwnPage(sender, self)) return REFUSED;
  const area = document.createElement('textarea');
  area.value = String(data.text);
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok ? { ok: true } : { ok: false, error: t('errClipboardRefused') };
});

onMessage('engineMemory', async ({ sender }) => {
  if (!fromOwnPage(sender, self)) return REFUSED;
  return { ok: true as const, memory: await hostMemory() };
});

void loadEngine();
stillIdle();

/**
 * The offscreen document hosts the engine: created on demand, one instance, recreated if it was closed,
 * and closed when it reports a minute without reads (the wasm heap never shrinks; closing gives it back).
 */
import { type EngineRequest, type EngineResult, onMessage, sendMessage } from '../messages';
import { fromOwnPage, thisExtension } from '../senders';

const OFFSCREEN_PATH = 'src/extension/offscreen/offscreen.html';
let creating: Promise<void> | undefined;
let closing: Promise<void> | undefined;
let inFlight = 0;

async function hasOffscreen(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

export async function ensureOffscreen(): Promise<void> {
  await closing;
  // getContexts lists the document as soon as it is created, before its script listens: a read that sees
  // it while another read is creating it waits for that creation too, or its message finds no receiver.
  if (!creating && (await hasOffscreen())) {
    await creating;
    return;
  }
  // Two reads arriving together must not both create it: Chrome allows one offscreen document.
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.BLOBS, chrome.offscreen.Reason.CLIPBOARD],
      justification:
        "Decodes captured and pasted images with the browser's image decoders and reads the digits in them with a local TensorFlow.js model; copies the number read where the page has no clipboard. No data leaves the device.",
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export async function engineRead(req: EngineRequest): Promise<EngineResult> {
  inFlight++;
  try {
    await ensureOffscreen();
    return await sendMessage('engineRead', req);
  } finally {
    inFlight--;
  }
}

export function registerIdleClose(): void {
  const self = thisExtension();
  onMessage('engineIdle', ({ sender }) => {
    if (!fromOwnPage(sender, self)) return;
    // A read that started since the document sent this keeps it open; it reports idle again later.
    if (inFlight > 0 || closing) return;
    closing = chrome.offscreen
      .closeDocument()
      .catch(() => undefined)
      .finally(() => {
        closing = undefined;
      });
  });
}

/** The offscreen document hosts the engine: created on demand, one instance, recreated if it was closed. */
import { type EngineRequest, type EngineResult, sendMessage } from '../messages';

const OFFSCREEN_PATH = 'src/extension/offscreen/offscreen.html';
let creating: Promise<void> | undefined;

async function hasOffscreen(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

export async function ensureOffscreen(): Promise<void> {
  if (await hasOffscreen()) return;
  // Two reads arriving together must not both create it: Chrome allows one offscreen document.
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.BLOBS],
      justification:
        "Decodes captured and pasted images with the browser's image decoders and reads the digits in them with a local TensorFlow.js model; no data leaves the device.",
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export async function engineRead(req: EngineRequest): Promise<EngineResult> {
  await ensureOffscreen();
  return sendMessage('engineRead', req);
}

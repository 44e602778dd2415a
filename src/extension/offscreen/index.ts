/** The offscreen document hosts the engine: the tfjs wasm backend and the model load once, then
 *  images are decoded with the browser's own decoders and read one at a time in arrival order. */
import { createReader, type Reader } from '../../engine';
import { type EngineRequest, type EngineResult, onMessage, sendMessage } from '../messages';
import { plainError } from '../plain-error';
import { fromOwnPage, isImageDataUrl, NOT_AN_IMAGE, REFUSED, thisExtension } from '../senders';
import { canvasToDataUrl, decodeDataUrl, regionPixels, toRgba } from './pixels';

let reader: Promise<Reader> | undefined;
const getReader = () =>
  (reader ??= createReader({ model: chrome.runtime.getURL('model/model.json'), wasmDir: chrome.runtime.getURL('wasm/') }).catch((e) => {
    reader = undefined; // let the next request try again
    throw e;
  }));

let queue: Promise<unknown> = Promise.resolve();

const failure = (error: string): EngineResult => ({ ok: false, error });

async function handle(req: EngineRequest): Promise<EngineResult> {
  const engine = await getReader();
  const t0 = performance.now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeDataUrl(req.dataUrl);
  } catch {
    return failure('The image could not be decoded.');
  }
  const t1 = performance.now();
  const crop = req.region ? regionPixels(bitmap, req.region) : undefined;
  const { image, canvas, reducedFrom } = toRgba(bitmap, crop);
  bitmap.close();
  const t2 = performance.now();
  if (image.width < 1 || image.height < 1) return failure('The selection is outside the visible page.');
  const reading = engine.read(image, req.options);
  if (reducedFrom) reading.notes = [`the image (${reducedFrom.join('x')}) was reduced to ${image.width}x${image.height}, the reader's budget`, ...reading.notes];
  return { ok: true, reading: { ...reading, image: canvasToDataUrl(canvas), timings: { decode: t1 - t0, crop: t2 - t1, engine: reading.ms } } };
}

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
  const next = queue.then(() => handle(data)).catch((e) => failure(plainError(e)));
  queue = next;
  void next.finally(() => {
    if (queue === next) stillIdle();
  });
  return next;
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
  return ok ? { ok: true } : { ok: false, error: 'The clipboard refused the number.' };
});

onMessage('engineMemory', async ({ sender }) => {
  if (!fromOwnPage(sender, self)) return REFUSED;
  return { ok: true as const, memory: (await getReader()).memory() };
});

onMessage('enginePing', async () => {
  await getReader();
  return { ready: true };
});

void getReader();
stillIdle();

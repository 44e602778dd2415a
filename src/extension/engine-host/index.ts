/**
 * The engine host: the tfjs wasm backend and the model load once, then images are decoded with the
 * browser's own decoders and read one at a time in arrival order. Chrome runs it in the offscreen
 * document, Firefox in its background event page (platform/).
 */
import { t } from '../i18n';
import { createReader, type Reader, type ReaderMemory, resolveLocale } from '../../engine';
import type { EngineRequest, EngineResult } from '../messages';
import { plainError } from '../plain-error';
import { canvasToDataUrl, decodeDataUrl, regionPixels, toRgba } from './pixels';

let reader: Promise<Reader> | undefined;

/** Loads the model (once); a failed load lets the next request try again. */
export const loadEngine = (): Promise<Reader> =>
  (reader ??= createReader({ model: chrome.runtime.getURL('model/model.json'), wasmDir: chrome.runtime.getURL('wasm/') }).catch((e) => {
    reader = undefined;
    throw e;
  }));

let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

const failure = (error: string): EngineResult => ({ ok: false, error });

/** A page's lang attribute as a language tag; one that is none (a page may write anything there) is no language. */
function pageLocale(tag: string | undefined): string {
  try {
    return resolveLocale(tag);
  } catch {
    return '';
  }
}

async function handle(req: EngineRequest): Promise<EngineResult> {
  const engine = await loadEngine();
  const t0 = performance.now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeDataUrl(req.dataUrl);
  } catch {
    return failure(t('errUndecodable'));
  }
  const t1 = performance.now();
  const crop = req.region ? regionPixels(bitmap, req.region) : undefined;
  const { image, canvas, reducedFrom } = toRgba(bitmap, crop);
  bitmap.close();
  const t2 = performance.now();
  if (image.width < 1 || image.height < 1) return failure(t('errOutsidePage'));
  const locale = pageLocale(req.locale);
  // The preview first, and the canvas's pixels let go: they are not held while the engine reads its copy.
  const preview = canvasToDataUrl(canvas);
  canvas.width = canvas.height = 0;
  const reading = engine.read(image, req.options, locale);
  if (reducedFrom) reading.notes = [t('noteReduced', reducedFrom.join('x'), `${image.width}x${image.height}`), ...reading.notes];
  return { ok: true, reading: { ...reading, locale, image: preview, timings: { decode: t1 - t0, crop: t2 - t1, engine: reading.ms } } };
}

/** Reads one request after those before it; never rejects. */
export function hostRead(req: EngineRequest): Promise<EngineResult> {
  waiting++;
  const next = queue.then(() => handle(req)).catch((e) => failure(plainError(e)));
  queue = next;
  return next.finally(() => {
    waiting--;
  });
}

/** Reads queued or running. */
export const hostBusy = (): boolean => waiting > 0;

export async function hostMemory(): Promise<ReaderMemory> {
  return (await loadEngine()).memory();
}

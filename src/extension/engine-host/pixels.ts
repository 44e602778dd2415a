/** Data URLs to RGBA, and RGBA back to a PNG data URL, with the browser's own decoders. */
import type { RegionRequest } from '../messages';
import { MAX_PIXELS, type RgbaImage } from '../../engine';

export async function decodeDataUrl(dataUrl: string): Promise<ImageBitmap> {
  const blob = await (await fetch(dataUrl)).blob();
  try {
    return await createImageBitmap(blob);
  } catch {
    // SVG is not decodable by createImageBitmap: let an <img> rasterise it.
    const img = new Image();
    img.src = dataUrl;
    await img.decode();
    return createImageBitmap(img);
  }
}

/** The region of a visible-tab capture, in capture pixels: the capture is the viewport at device
 *  pixel ratio x zoom, so its width over the viewport's CSS width is the scale. */
export function regionPixels(bitmap: ImageBitmap, region: RegionRequest): [number, number, number, number] {
  const scale = bitmap.width / region.viewport.width;
  const x = Math.max(0, Math.round(region.rect.x * scale));
  const y = Math.max(0, Math.round(region.rect.y * scale));
  const w = Math.min(bitmap.width - x, Math.round(region.rect.width * scale));
  const h = Math.min(bitmap.height - y, Math.round(region.rect.height * scale));
  return [x, y, Math.max(0, w), Math.max(0, h)];
}

/** The crop's pixels, drawn no larger than the engine reads them (its pixel budget): a whole 4K capture
 *  is reduced by the browser's own scaler as it is drawn, and its full-size pixels are never copied out. */
export function toRgba(bitmap: ImageBitmap, crop?: [number, number, number, number]): { image: RgbaImage; canvas: OffscreenCanvas; reducedFrom?: [number, number] } {
  const [x, y, w, h] = crop ?? [0, 0, bitmap.width, bitmap.height];
  const k = w > 0 && h > 0 ? Math.min(1, Math.sqrt(MAX_PIXELS / (w * h))) : 1;
  const [width, height] = k < 1 ? [Math.max(1, Math.floor(w * k)), Math.max(1, Math.floor(h * k))] : [w, h];
  const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingQuality = 'high';
  if (w > 0 && h > 0) ctx.drawImage(bitmap, x, y, w, h, 0, 0, width, height);
  const data = w > 0 && h > 0 ? ctx.getImageData(0, 0, width, height).data : new Uint8ClampedArray(0);
  return { image: { width, height, data }, canvas, reducedFrom: k < 1 ? [w, h] : undefined };
}

/** A PNG of what was read, for the popup. A DOM canvas's synchronous toDataURL: in a hidden offscreen
 *  document OffscreenCanvas.convertToBlob waits for an idle period that never comes (measured: 1 s). */
export function canvasToDataUrl(canvas: OffscreenCanvas, maxSide = 640): string {
  const k = Math.min(1, maxSide / Math.max(canvas.width, canvas.height));
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(canvas.width * k));
  out.height = Math.max(1, Math.round(canvas.height * k));
  out.getContext('2d')!.drawImage(canvas, 0, 0, out.width, out.height);
  return out.toDataURL('image/png');
}

/**
 * Reads an image the user right-clicked without any network request: the loaded <img> is drawn into a
 * canvas at its natural size. When the canvas would be tainted (a cross-origin image without CORS) the
 * caller falls back to capturing the image's visible area on screen.
 */
import type { CssRect } from '../messages';

export function findImage(srcUrl: string): HTMLImageElement | undefined {
  const images = [...document.images];
  return images.find((img) => img.currentSrc === srcUrl) ?? images.find((img) => img.src === srcUrl);
}

/**
 * The frame holding an image right-clicked inside it, when that frame is another site's: its document is out
 * of reach, so the frame's visible area is read instead. Matched by the frame's address, as the menu gives it.
 */
export function findFrame(frameUrl: string): HTMLIFrameElement | undefined {
  const frames = [...document.querySelectorAll('iframe')];
  return frames.find((f) => f.src === frameUrl) ?? frames.find((f) => f.src && frameUrl.startsWith(f.src));
}

/**
 * The engine reduces every image to this many pixels (its MAX_PIXELS; a unit test keeps the two equal):
 * drawn no larger here, a 30000x7000 SVG or a 12000x12000 photo costs the reduced size, not gigabytes.
 */
export const MAX_DRAWN_PIXELS = 4_000_000;

export function imagePixels(img: HTMLImageElement): string | undefined {
  const naturalWidth = img.naturalWidth || img.width;
  const naturalHeight = img.naturalHeight || img.height;
  if (!naturalWidth || !naturalHeight) return undefined;
  const k = Math.min(1, Math.sqrt(MAX_DRAWN_PIXELS / (naturalWidth * naturalHeight)));
  const width = Math.max(1, Math.floor(naturalWidth * k));
  const height = Math.max(1, Math.floor(naturalHeight * k));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  try {
    ctx.drawImage(img, 0, 0, width, height);
    return canvas.toDataURL('image/png'); // throws SecurityError when tainted
  } catch {
    return undefined;
  }
}

/** The part of the element that is on screen, in viewport CSS pixels. */
export function visibleRect(el: Element): CssRect | undefined {
  const r = el.getBoundingClientRect();
  const x = Math.max(0, r.left);
  const y = Math.max(0, r.top);
  const right = Math.min(window.innerWidth, r.right);
  const bottom = Math.min(window.innerHeight, r.bottom);
  if (right - x < 2 || bottom - y < 2) return undefined;
  return { x, y, width: right - x, height: bottom - y };
}

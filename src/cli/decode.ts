/** Files to RGBA with @napi-rs/canvas (PNG, JPEG, WebP, GIF's first frame, BMP; a prebuilt binary ships
 *  inside the npm package, so it installs offline). */
import { readFile } from 'node:fs/promises';
import { type Canvas, createCanvas, Image, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import type { RgbaImage } from '../engine/types';

export class DecodeError extends Error {}

export async function decodeFile(path: string): Promise<RgbaImage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DecodeError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? e})`);
  }
  return decodeBytes(bytes);
}

export async function decodeBytes(bytes: Buffer): Promise<RgbaImage> {
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  // From a buffer the decoding itself is synchronous; loadImage adds a wait for the load event that cost
  // ~0.1 ms an image, a twentieth of a read. Only its error event tells corrupt bytes from an empty
  // image, so anything that decodes to nothing goes that way.
  let img: Image | Awaited<ReturnType<typeof loadImage>> = new Image();
  img.src = bytes;
  if (!img.width || !img.height) {
    try {
      img = await loadImage(bytes);
    } catch {
      throw new DecodeError('not an image this reader can decode (PNG, JPEG, WebP, GIF, BMP)');
    }
  }
  const { width, height } = img;
  if (!width || !height) return { width: width || 0, height: height || 0, data: new Uint8ClampedArray(0) };
  const ctx = drawingContext(width, height);
  ctx.clearRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, width, height).data;
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

/** Images up to this many pixels are drawn on one canvas kept between calls; larger ones get their own. */
const SCRATCH_PIXELS = 1_000_000;
let scratch: Canvas | undefined;

/** A 2D context at least width x height: making a canvas was a sixth of decoding a small image. */
function drawingContext(width: number, height: number): SKRSContext2D {
  if (width * height > SCRATCH_PIXELS) return createCanvas(width, height).getContext('2d');
  if (!scratch || scratch.width < width || scratch.height < height) {
    const w = Math.max(width, scratch?.width ?? 0);
    const h = Math.max(height, scratch?.height ?? 0);
    scratch = w * h <= SCRATCH_PIXELS ? createCanvas(w, h) : createCanvas(width, height);
  }
  return scratch.getContext('2d');
}

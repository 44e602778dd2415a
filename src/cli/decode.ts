/** Files to RGBA with @napi-rs/canvas (PNG, JPEG, WebP, GIF's first frame, BMP; a prebuilt binary ships
 *  inside the npm package, so it installs offline). */
import { readFile } from 'node:fs/promises';
import { createCanvas, Image, loadImage } from '@napi-rs/canvas';
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
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  // The canvas's own pixels come out in half the time of getImageData, but premultiplied by alpha:
  // they are the image's colours only where it is opaque, so a transparent image takes the slow way.
  const raw = canvas.data();
  const data = opaque(raw) ? raw : ctx.getImageData(0, 0, width, height).data;
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

function opaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * Files to RGBA. PNG, JPEG, WebP and BMP go straight to pixels with @napi-rs/image (Rust's image crate);
 * GIF's first frame, 16-bit colour and anything it refuses are drawn on an @napi-rs/canvas instead. Both
 * ship prebuilt binaries as npm packages, so they install offline. A small crop decodes in half the time
 * without a canvas (0.13 against 0.25 ms for the bench's printed images): making a canvas and drawing on it
 * cost more than the decoding itself.
 */
import { createReadStream } from 'node:fs';
import { MAX_PIXELS, type RgbaImage } from '../engine';

export class DecodeError extends Error {}

/** No image a reader is given is this large; /dev/zero or a mistaken video file would fill the memory. */
export const MAX_FILE_BYTES = 64 * 2 ** 20;

export async function decodeFile(path: string): Promise<RgbaImage> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(path);
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new DecodeError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? e})`);
  }
  return decodeBytes(bytes);
}

/** The file's bytes, read in chunks up to the cap (a device such as /dev/zero has no size to check first). */
const readCapped = (path: string) => collectCapped(createReadStream(path));

/** A stream's bytes (a file, stdin), up to the cap. @throws DecodeError past it */
export async function collectCapped(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > MAX_FILE_BYTES) throw new DecodeError(`larger than ${MAX_FILE_BYTES / 2 ** 20} MB: not an image this reader takes`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** An encoded image's bytes (a Buffer is one) to RGBA. @throws DecodeError */
export async function decodeBytes(encoded: Uint8Array): Promise<RgbaImage> {
  const bytes = Buffer.isBuffer(encoded) ? encoded : Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  const format = formatOf(bytes);
  if (format === 'heif') throw new DecodeError('HEIC and AVIF images are not supported: save it as PNG or JPEG');
  // GIF and unknown bytes go to the canvas; the image crate's own error on the others is the answer.
  return (format && format !== 'gif' ? decodeDirect(bytes, await napiImage()) : undefined) ?? decodeOnCanvas(bytes);
}

/** The format the first bytes announce, if any this reader knows. */
function formatOf(b: Buffer): 'png' | 'jpeg' | 'webp' | 'bmp' | 'gif' | 'heif' | undefined {
  const ascii = (from: number, to: number) => b.subarray(from, to).toString('latin1');
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif|avis)$/.test(ascii(8, 12))) return 'heif';
  return undefined;
}

type NapiImage = typeof import('@napi-rs/image');
let loaded: Promise<NapiImage> | undefined;
/** Loaded on the first decode, so a command that decodes nothing (--help) does not load the native module. */
const napiImage = () => (loaded ??= import('@napi-rs/image'));

let channels: Map<number, number> | undefined;
/** Bytes per pixel of the 8-bit colour types taken straight; the others go to the canvas. */
function channelsOf({ JsColorType }: NapiImage, type: number): number | undefined {
  channels ??= new Map([
    [JsColorType.L8, 1],
    [JsColorType.La8, 2],
    [JsColorType.Rgb8, 3],
    [JsColorType.Rgba8, 4],
  ]);
  return channels.get(type);
}

/** undefined when the pixels are not 8-bit (16-bit colour goes to the canvas); @throws DecodeError naming
 *  the cause when the bytes are damaged (truncated, a bad checksum). An EXIF orientation is applied. */
function decodeDirect(bytes: Buffer, napi: NapiImage): RgbaImage | undefined {
  let width: number;
  let height: number;
  let pixels: Buffer;
  let channels: number | undefined;
  try {
    const image = new napi.Transformer(bytes);
    let meta = image.metadataSync(true); // decodes the pixels too; rawPixelsSync then only copies them
    // A phone's photo says in its EXIF how it was held: turned upright here as browsers show it.
    if (meta.orientation && meta.orientation > 1) meta = image.rotate().metadataSync();
    [width, height, channels] = [meta.width, meta.height, channelsOf(napi, meta.colorType)];
    if (!channels || !width || !height) return undefined;
    pixels = image.rawPixelsSync();
  } catch (e) {
    // Over the image crate's memory limit (a 12000x12000 PNG): the canvas decodes it, drawn reduced.
    if (/memory limit/i.test(String((e as Error).message ?? e))) return undefined;
    // A truncated file decoded on a canvas came out as garbage that read as a number: refuse it instead.
    const cause = String((e as Error).message ?? e)
      .replace(/^Decode image failed:?\s*/i, '')
      .replace(/ while decoding ChunkType.*$/, '');
    throw new DecodeError(`the image is damaged (${cause})`);
  }
  const n = width * height;
  if (pixels.length !== n * channels) return undefined;
  if (channels === 4) return { width, height, data: new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.byteLength) };
  // Grey repeats its one value in red, green and blue; without an alpha channel a pixel is opaque.
  const green = channels < 3 ? 0 : 1;
  const blue = channels < 3 ? 0 : 2;
  const data = new Uint8ClampedArray(n * 4);
  for (let i = 0, p = 0, q = 0; i < n; i++, p += 4, q += channels) {
    data[p] = pixels[q];
    data[p + 1] = pixels[q + green];
    data[p + 2] = pixels[q + blue];
    data[p + 3] = channels === 2 ? pixels[q + 1] : 255;
  }
  return { width, height, data };
}

async function decodeOnCanvas(bytes: Buffer): Promise<RgbaImage> {
  // Loaded only here: Skia takes a third of a second to load, and most images never need it.
  const { createCanvas, Image, loadImage } = await import('@napi-rs/canvas');
  // From a buffer the decoding itself is synchronous; loadImage adds a wait for the load event that cost
  // ~0.1 ms an image, a twentieth of a read. Only its error event tells corrupt bytes from an empty
  // image, so anything that decodes to nothing goes that way.
  let img: InstanceType<typeof Image> | Awaited<ReturnType<typeof loadImage>> = new Image();
  img.src = bytes;
  if (!img.width || !img.height) {
    try {
      img = await loadImage(bytes);
    } catch {
      throw new DecodeError('not an image this reader can decode (PNG, JPEG, WebP, GIF, BMP)');
    }
  }
  if (!img.width || !img.height) return { width: img.width || 0, height: img.height || 0, data: new Uint8ClampedArray(0) };
  // Drawn straight at the engine's pixel budget: the full-size pixels are never copied out of Skia.
  const k = Math.min(1, Math.sqrt(MAX_PIXELS / (img.width * img.height)));
  const width = Math.max(1, Math.floor(img.width * k));
  const height = Math.max(1, Math.floor(img.height * k));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0, width, height);
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

/** Minimal BMP, GIF and PNG writers so the tests can feed the decoder formats @napi-rs/canvas cannot encode. */
import { crc32, deflateSync } from 'node:zlib';
import type { RgbaImage } from '../../src/engine/types';

/**
 * A PNG of the image's red channel as grey (colour type 0; 4 with the alpha channel too), or of its
 * colours at 16 bits a channel (colour type 2), the kinds a canvas never writes.
 */
export function toPng({ width, height, data }: RgbaImage, kind: 'grey' | 'grey+alpha' | 'rgb16'): Buffer {
  const [colourType, depth, values] = kind === 'grey' ? [0, 8, [0]] : kind === 'grey+alpha' ? [4, 8, [0, 3]] : [2, 16, [0, 1, 2]];
  const bytes = (depth / 8) * values.length;
  const raw = Buffer.alloc(height * (1 + width * bytes));
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 0; // no filter
    for (let x = 0; x < width; x++) {
      for (const c of values) {
        const v = data[(y * width + x) * 4 + c];
        if (depth === 16) raw[o++] = v; // 16-bit: the byte twice, v * 257
        raw[o++] = v;
      }
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = colourType;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export function toBmp({ width, height, data }: RgbaImage): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const buf = Buffer.alloc(54 + row * height);
  buf.write('BM', 0);
  buf.writeUInt32LE(buf.length, 2);
  buf.writeUInt32LE(54, 10);
  buf.writeUInt32LE(40, 14);
  buf.writeInt32LE(width, 18);
  buf.writeInt32LE(height, 22);
  buf.writeUInt16LE(1, 26);
  buf.writeUInt16LE(24, 28);
  buf.writeUInt32LE(row * height, 34);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = ((height - 1 - y) * width + x) * 4; // bottom-up rows
      const o = 54 + y * row + x * 3;
      buf[o] = data[p + 2];
      buf[o + 1] = data[p + 1];
      buf[o + 2] = data[p];
    }
  }
  return buf;
}

/** A grey GIF whose LZW stream uses only literal codes, with a clear code before the table would grow. */
export function toGif({ width, height, data }: RgbaImage): Buffer {
  const bytes: number[] = [...Buffer.from('GIF89a')];
  const u16 = (v: number) => bytes.push(v & 255, v >> 8);
  u16(width);
  u16(height);
  bytes.push(0xf7, 0, 0); // global colour table of 256 entries
  for (let i = 0; i < 256; i++) bytes.push(i, i, i);
  bytes.push(0x2c);
  u16(0);
  u16(0);
  u16(width);
  u16(height);
  bytes.push(0, 8); // no local table; LZW minimum code size 8
  const codes: number[] = [256];
  for (let i = 0; i < width * height; i++) {
    if (i > 0 && i % 250 === 0) codes.push(256);
    codes.push(Math.round(0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]));
  }
  codes.push(257);
  const packed: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of codes) {
    acc |= c << bits;
    bits += 9;
    while (bits >= 8) {
      packed.push(acc & 255);
      acc >>= 8;
      bits -= 8;
    }
  }
  if (bits) packed.push(acc & 255);
  for (let i = 0; i < packed.length; i += 255) {
    const block = packed.slice(i, i + 255);
    bytes.push(block.length, ...block);
  }
  bytes.push(0, 0x3b);
  return Buffer.from(bytes);
}

/** A JPEG with an EXIF orientation tag added (1 upright, 6: turn 90° clockwise to show), as a phone writes it. */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  // TIFF header (big-endian), one IFD entry: tag 0x0112, type SHORT, count 1, the value; no next IFD.
  const tiff = Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

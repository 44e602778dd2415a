/** Draws each read digit's box and value on the image: the number wanted in green (orange where doubtful), other groups in grey. */
import { writeFile } from 'node:fs/promises';
import type { Reading, RgbaImage } from '../node';

export async function writeAnnotated(image: RgbaImage, reading: Reading, path: string): Promise<void> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(Math.max(1, image.width), Math.max(1, image.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (image.data.length) {
    const tmp = createCanvas(image.width, image.height);
    const data = ctx.createImageData(image.width, image.height);
    data.data.set(image.data);
    tmp.getContext('2d').putImageData(data, 0, 0);
    ctx.drawImage(tmp, 0, 0);
  }
  const wanted = new Set(reading.digits);
  for (const group of reading.groups) {
    for (const d of group.digits) {
      const [x, y, w, h] = d.box;
      ctx.strokeStyle = wanted.has(d) ? (d.doubtful ? '#e67700' : '#2b8a3e') : '#868e96';
      ctx.lineWidth = Math.max(1, Math.round(h / 20));
      ctx.strokeRect(x, y, w, h);
      const size = Math.max(10, Math.round(h * 0.5));
      ctx.font = `bold ${size}px sans-serif`;
      ctx.fillStyle = '#c92a2a';
      ctx.fillText(String(d.digit), x, Math.max(size, y - 2));
    }
  }
  await writeFile(path, canvas.toBuffer('image/png'));
}

/** Draws the extension's icons (a digit in a selection frame); run once, the PNGs are committed. */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

for (const size of [16, 32, 48, 128]) {
  const c = createCanvas(size, size);
  const ctx = c.getContext('2d');
  const r = size * 0.18;
  ctx.fillStyle = '#1c7ed6';
  ctx.beginPath();
  ctx.roundRect(0, 0, size, size, r);
  ctx.fill();
  ctx.strokeStyle = '#fff';
  ctx.setLineDash([size / 8, size / 12]);
  ctx.lineWidth = Math.max(1, size / 16);
  ctx.strokeRect(size * 0.12, size * 0.12, size * 0.76, size * 0.76);
  ctx.setLineDash([]);
  ctx.fillStyle = '#fff';
  ctx.font = `bold ${Math.round(size * 0.62)}px "DejaVu Sans"`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('5', size / 2, size * 0.54);
  writeFileSync(`assets/icons/icon-${size}.png`, c.toBuffer('image/png'));
}

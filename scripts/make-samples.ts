/** Makes the bundled sample images (committed; run again only to change them). */
import { writeFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { loadMnist } from '../src/training/mnist';
import { makeRng } from '../src/training/random';

GlobalFonts.loadFontsFromDir('/usr/share/fonts');
const out = 'assets/samples';

function blank(width: number, height: number, background: string) {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  return { c, ctx };
}

// Web text: an order confirmation line at an ordinary 16 px.
{
  const { c, ctx } = blank(300, 64, '#fff');
  ctx.fillStyle = '#495057';
  ctx.font = '12px "Liberation Sans"';
  ctx.fillText('Thank you! Your order was placed.', 10, 18);
  ctx.fillStyle = '#212529';
  ctx.font = '16px "DejaVu Sans"';
  ctx.fillText('Order #40719', 10, 44);
  ctx.strokeStyle = '#dee2e6';
  ctx.strokeRect(0.5, 0.5, 299, 63);
  writeFileSync(`${out}/order-number.png`, c.toBuffer('image/png'));
}

// Handwriting: five MNIST test digits on paper, as a phone photo of a note would show them, saved as JPEG.
{
  const test = loadMnist('test');
  const wanted = [8, 3, 5, 2, 6];
  const rng = makeRng('sample');
  const c = createCanvas(5 * 84 + 40, 124);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(c.width, c.height);
  for (let i = 0; i < c.width * c.height; i++) {
    const paper = 236 + rng() * 14 - (i % c.width) / 40;
    img.data.set([paper, paper - 3, paper - 10, 255], i * 4);
  }
  wanted.forEach((d, k) => {
    const idx = [...test.labels].findIndex((l, i) => l === d && i > 100 + k);
    for (let y = 0; y < 84; y++) {
      for (let x = 0; x < 84; x++) {
        const v = test.images[idx * 784 + Math.floor(y / 3) * 28 + Math.floor(x / 3)];
        const p = ((y + 20) * c.width + 20 + k * 84 + x) * 4;
        for (let ch = 0; ch < 3; ch++) img.data[p + ch] = img.data[p + ch] * (1 - v * 0.85) + 30 * v * 0.85;
      }
    }
  });
  ctx.putImageData(img, 0, 0);
  writeFileSync(`${out}/handwritten-strip.jpg`, c.toBuffer('image/jpeg', 85));
}

// Coloured text over a gradient, as in a banner.
{
  const c = createCanvas(260, 60);
  const ctx = c.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, 260, 60);
  g.addColorStop(0, '#1864ab');
  g.addColorStop(1, '#5f3dc4');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 260, 60);
  ctx.fillStyle = '#ffe066';
  ctx.font = 'bold 26px "Liberation Serif"';
  ctx.fillText('PLZ 12345', 14, 40);
  writeFileSync(`${out}/postcode-banner.png`, c.toBuffer('image/png'));
}

// Light on dark with a thin space, as a price or account number often is; WebP.
{
  const { c, ctx } = blank(220, 48, '#212529');
  ctx.fillStyle = '#f8f9fa';
  ctx.font = '20px "Roboto"';
  ctx.fillText('86', 16, 32);
  ctx.fillText('204', 16 + ctx.measureText('86').width + 6, 32);
  writeFileSync(`${out}/thin-space-dark.webp`, c.toBuffer('image/webp', 95));
}

// An invoice's lines: article numbers, quantities and prices with decimal commas, as a table.
{
  const { c, ctx } = blank(360, 118, '#fff');
  ctx.fillStyle = '#868e96';
  ctx.font = '12px "Liberation Sans"';
  for (const [k, head] of ['Article', 'Qty', 'Price'].entries()) ctx.fillText(head, [12, 170, 260][k], 20);
  ctx.fillStyle = '#212529';
  ctx.font = '16px "DejaVu Sans"';
  const rows = [
    ['10481', '2', '12,50'],
    ['20733', '10', '7,25'],
    ['31962', '1', '1.299,00'],
  ];
  for (const [r, row] of rows.entries()) for (const [k, cell] of row.entries()) ctx.fillText(cell, [12, 170, 260][k], 50 + r * 28);
  writeFileSync(`${out}/invoice-lines.png`, c.toBuffer('image/png'));
}

import { createCanvas, loadImage } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
const [out, scale, ...files] = process.argv.slice(2);
const imgs = await Promise.all(files.map((f) => loadImage(f)));
const s = Number(scale);
const W = Math.max(...imgs.map((i) => i.width * s)); const H = imgs.reduce((a, i) => a + i.height * s + 6, 0);
const c = createCanvas(W, H); const ctx = c.getContext('2d'); ctx.fillStyle = '#888'; ctx.fillRect(0, 0, W, H);
ctx.imageSmoothingEnabled = false; let y = 0;
for (const i of imgs) { ctx.drawImage(i, 0, y, i.width * s, i.height * s); y += i.height * s + 6; }
writeFileSync(out, c.toBuffer('image/png'));

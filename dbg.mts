import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { modelFromDir } from './src/cli/model-files.ts';
import { createReader } from './src/engine/read.ts';
GlobalFonts.loadFontsFromDir('/usr/share/fonts');
const r = await createReader({ model: modelFromDir() });
for (const [s, font, w, h] of [['Tel. 53817', '11px "Liberation Sans"', 120, 22], ['Hello world', '28px "DejaVu Sans"', 260, 50]] as const) {
  const c = createCanvas(w, h); const ctx = c.getContext('2d'); ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h); ctx.fillStyle = '#111'; ctx.font = font; ctx.textBaseline = 'middle'; ctx.fillText(s, 8, h / 2);
  const d = ctx.getImageData(0, 0, w, h).data;
  const reading = r.read({ width: w, height: h, data: new Uint8ClampedArray(d) });
  console.log(s, reading.number, reading.groups.map(g => g.number + ' ' + g.digits.map(x => `${x.digit}@${x.box.join(',')}:${x.confidence}`).join(' ')));
}

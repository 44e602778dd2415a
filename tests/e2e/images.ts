/** Test images drawn with @napi-rs/canvas. */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

GlobalFonts.loadFontsFromDir('/usr/share/fonts');

export function numberPng(text: string, options: { size?: number; width?: number; height?: number; fg?: string; bg?: string } = {}): Buffer {
  const { size = 36, width = 260, height = 70, fg = '#111', bg = '#fff' } = options;
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = fg;
  ctx.font = `${size}px "DejaVu Sans"`;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 12, height / 2);
  return c.toBuffer('image/png');
}

export function numberSvg(text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><rect width="240" height="60" fill="#fff"/><text x="10" y="44" font-family="DejaVu Sans" font-size="36" fill="#222">${text}</text></svg>`;
}

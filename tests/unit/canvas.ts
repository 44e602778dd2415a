/** Pixels drawn for the tests: a canvas of one colour, whatever `paint` puts on it, as the engine's RGBA image. */
import { createCanvas } from '@napi-rs/canvas';
import type { RgbaImage } from '../../src/engine';

export type Paint = (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void;

export function draw(width: number, height: number, paint: Paint, background = '#fff'): RgbaImage {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  paint(ctx);
  return { width, height, data: new Uint8ClampedArray(ctx.getImageData(0, 0, width, height).data) };
}

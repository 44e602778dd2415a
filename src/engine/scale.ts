/** How much a plane is enlarged before thresholding, so small web text (10–14 px) keeps its strokes. */
import { TUNABLES } from './tunables';

const { targetTextHeight, maxUpscale, minUpscale } = TUNABLES.scale;
export const MAX_PIXELS = TUNABLES.budget.maxPixels;

export function upscaleFactor(textHeight: number): number {
  if (textHeight <= 0) return 1;
  const f = targetTextHeight / textHeight;
  return f < minUpscale ? 1 : Math.min(maxUpscale, f);
}

/** The enlargement for text `textHeight` high in a width x height plane, never past the pixel budget. */
export function enlargement(textHeight: number, width: number, height: number): number {
  return Math.min(upscaleFactor(textHeight), Math.sqrt(MAX_PIXELS / (width * height)));
}

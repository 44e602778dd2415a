/** Web text is often 10–14 px high: crops are enlarged until text would be about this tall before
 *  thresholding, so strokes survive and neighbouring glyphs stay apart. */
export const TARGET_TEXT_HEIGHT = 48;
export const MAX_UPSCALE = 4;

export function upscaleFactor(textHeight: number): number {
  if (textHeight <= 0) return 1;
  return Math.min(MAX_UPSCALE, Math.max(1, TARGET_TEXT_HEIGHT / textHeight));
}

/** The pixel and piece budgets: what bounds a read's work whatever the image. */
import { reduceRgba } from './plane';
import type { Piece } from './pieces';
import { TUNABLES } from './tunables';
import { numberLikeFirst } from './words';
import type { RgbaImage } from './types';

const { maxPixels, maxPieces } = TUNABLES.budget;

/** The image reduced to the pixel budget, and the factor it was reduced by (1: untouched). */
export function withinBudget(image: RgbaImage): { img: RgbaImage; factor: number } {
  const pixels = image.width * image.height;
  if (pixels <= maxPixels) return { img: image, factor: 1 };
  const factor = Math.sqrt(maxPixels / pixels);
  const width = Math.max(1, Math.floor(image.width * factor));
  const height = Math.max(1, Math.floor(image.height * factor));
  return { img: { width, height, data: reduceRgba(image.data, image.width, image.height, width, height) }, factor: width / image.width };
}

/** At most the piece budget: on a page of text, the words most like numbers (words.ts), in their reading order. */
export function withinPieceBudget(pieces: Piece[], digits: number | 'any' = 'any'): { pieces: Piece[]; note?: string } {
  if (pieces.length <= maxPieces) return { pieces };
  const kept = new Set(numberLikeFirst(pieces, digits).slice(0, maxPieces));
  return {
    pieces: pieces.filter((p) => kept.has(p)),
    note: `${pieces.length} shapes found: only the ${maxPieces} most like numbers were read`,
  };
}

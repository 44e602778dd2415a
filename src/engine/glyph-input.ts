/**
 * Turns one piece of a binarised image into the CNN's 28x28 input. Training calls this on rendered
 * glyphs and the reader on segmented pieces, so the model sees at run time exactly what it learned on.
 */
import { normalizeGlyph } from './normalize';
import type { Box, Plane } from './plane';

/**
 * @param ink     ink plane (1 = ink)
 * @param labels  component label per pixel of `ink` (0 = background)
 * @param ids     the labels that make up this piece; background pixels touching them count too, so the
 *                antialiased edge of a glyph is kept but a neighbour's pixels are not
 */
export function glyphInput(ink: Plane, labels: Int32Array, ids: ReadonlySet<number>, box: Box): Float32Array {
  const [bx, by, bw, bh] = box;
  const own = new Uint8Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const l = labels[(by + y) * ink.width + bx + x];
      if (l !== 0 && ids.has(l)) own[y * bw + x] = 1;
    }
  }
  const keep = own.slice();
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const i = y * bw + x;
      if (own[i] || labels[(by + y) * ink.width + bx + x] !== 0) continue;
      for (let dy = -1; dy <= 1 && !keep[i]; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < bw && ny < bh && own[ny * bw + nx]) {
            keep[i] = 1;
            break;
          }
        }
      }
    }
  }
  return normalizeGlyph(ink, box, keep);
}

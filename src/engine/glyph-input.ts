/**
 * Turns one piece of a binarised image into the CNN's 28x28 input. Training calls this on rendered
 * glyphs and the reader on segmented pieces, so the model sees at run time exactly what it learned on.
 */
import { normalizeGlyph } from './normalize';
import type { Box, Plane } from './plane';

/**
 * @param ink     ink plane (1 = ink)
 * @param labels  component label per pixel of `ink`, grown by one pixel so antialiased edges count
 * @param ids     the labels that make up this piece
 */
export function glyphInput(ink: Plane, labels: Int32Array, ids: ReadonlySet<number>, box: Box): Float32Array {
  return normalizeGlyph(ink, box, (x, y) => ids.has(labels[y * ink.width + x]));
}

/** Grows every labelled region by one pixel into unlabelled (0) neighbours; the first label wins. */
export function growLabels(labels: Int32Array, width: number, height: number): Int32Array {
  const out = labels.slice();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (labels[i] !== 0) continue;
      for (let dy = -1; dy <= 1 && out[i] === 0; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const l = labels[ny * width + nx];
          if (l !== 0) {
            out[i] = l;
            break;
          }
        }
      }
    }
  }
  return out;
}

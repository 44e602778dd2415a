/**
 * Turns one piece of a binarised image into the CNN's 28x28 input. Training calls this on rendered
 * glyphs and the reader on segmented pieces, so the model sees at run time exactly what it learned on.
 */
import { normalizeGlyph } from './normalize';
import type { Box, Plane } from './plane';
import { Scratch } from './scratch';
import { inSlab, type Seam, type Slab } from './split';

const mineScratch = new Scratch((n) => new Uint8Array(n));
const ownScratch = new Scratch((n) => new Uint8Array(n));
const freeScratch = new Scratch((n) => new Uint8Array(n));
const acrossScratch = new Scratch((n) => new Uint8Array(n));

/**
 * @param ink     ink plane (1 = ink)
 * @param labels  component label per pixel of `ink` (0 = background)
 * @param ids     the labels that make up this piece; background pixels touching them count too, so the
 *                antialiased edge of a glyph is kept but a neighbour's pixels are not
 * @param faint   keep every background pixel in the box: for two pieces proposed as one glyph, whose
 *                joining hairline (the top of a Didone 0) fell below the threshold
 * @param slab    for a part of a slanted or winding cut: only the piece's pixels inside it are the glyph's
 */
export function glyphInput(ink: Plane, labels: Int32Array, ids: ReadonlySet<number>, box: Box, faint = false, slab?: Slab | Seam): Float32Array {
  const [bx, by, bw, bh] = box;
  let top = 0;
  for (const id of ids) top = Math.max(top, id);
  const mine = mineScratch.zeroed(top + 1);
  for (const id of ids) mine[id] = 1;
  const own = ownScratch.zeroed(bw * bh);
  const free = freeScratch.zeroed(bw * bh); // background: may take the antialiased edge
  for (let y = 0; y < bh; y++) {
    const src = (by + y) * ink.width + bx;
    for (let x = 0; x < bw; x++) {
      const l = labels[src + x];
      if (l === 0) free[y * bw + x] = 1;
      else if (l <= top && mine[l] && (!slab || inSlab(slab, bx + x, by + y))) own[y * bw + x] = 1;
    }
  }
  // keep = own, plus background pixels with an own pixel among their 8 neighbours (a 3x3 dilation,
  // done as a row pass then a column pass).
  const across = acrossScratch.dirty(bw * bh);
  for (let y = 0; y < bh; y++) {
    const r = y * bw;
    for (let x = 0; x < bw; x++) across[r + x] = own[r + x] | (x > 0 ? own[r + x - 1] : 0) | (x < bw - 1 ? own[r + x + 1] : 0);
  }
  const keep = own;
  for (let y = 0; y < bh; y++) {
    const r = y * bw;
    for (let x = 0; x < bw; x++) {
      const i = r + x;
      if (!free[i]) continue;
      if (faint || across[i] | (y > 0 ? across[i - bw] : 0) | (y < bh - 1 ? across[i + bw] : 0)) keep[i] = 1;
    }
  }
  return normalizeGlyph(ink, box, keep);
}

/**
 * One glyph's way from an ink plane to the model's input, as reading takes it: enlarged by the reader's
 * own factor, thresholded by its hysteresis threshold, boxed, and normalised by glyphInput. Training
 * renders a glyph alone and prepares it here, so the model learns on exactly what reading gives it.
 */
import { glyphInput } from './glyph-input';
import { type Box, type Plane, resample } from './plane';
import { enlargement } from './scale';
import { tighten } from './split';
import { inkComponents } from './threshold';
import { TUNABLES } from './tunables';

/**
 * @param ink         ink plane holding one glyph (1 = ink)
 * @param textHeight  the height of the text it belongs to, in `ink`'s pixels
 * @param crop        narrows the glyph's box (given in the enlarged plane's pixels, `f` times the input's),
 *                    as a cut narrows a part of a touching piece; its rows are then tightened as a cut's are
 * @returns the 28x28 input, or undefined when no ink survives the threshold
 */
export function prepareGlyph(ink: Plane, textHeight: number, crop?: (box: Box, f: number) => Box): Float32Array | undefined {
  const f = enlargement(textHeight, ink.width, ink.height);
  const big = f > TUNABLES.scale.resampleAbove ? resample(ink, Math.round(ink.width * f), Math.round(ink.height * f)) : ink;
  const { labels, comps } = inkComponents(big);
  const ids = new Set<number>();
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  comps.forEach(({ box: [x, y, w, h], area }, l) => {
    if (l === 0 || area === 0) return;
    ids.add(l);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + w), Math.max(y1, y + h)];
  });
  if (ids.size === 0) return undefined;
  let box: Box | undefined = [x0, y0, x1 - x0, y1 - y0];
  if (crop) {
    const [cx, cy, cw, ch] = crop(box, big.width / ink.width);
    const left = Math.max(0, cx);
    const right = Math.min(big.width, cx + cw);
    box = right > left ? tighten([left, cy, right - left, ch], { ids }, { ink: big, labels }) : undefined;
  }
  return box && box[2] > 0 && box[3] > 0 ? glyphInput(big, labels, ids, box) : undefined;
}

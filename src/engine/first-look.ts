/**
 * The first look: every piece read whole in one batch. A piece read as one sure digit is firm; the
 * rest are unsure, and may yet be cut, merged or outrank the number.
 */
import type { Classifier, Prediction } from './classifier';
import { glyphInput } from './glyph-input';
import type { Glyph } from './layout';
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';
import { TUNABLES } from './tunables';
import { isDigit, type View } from './view';

const { sure } = TUNABLES.classify;

export interface Unsure {
  /** in the input image's pixels */
  box: Box;
  /** surely not a digit */
  rejected: boolean;
}

export interface FirstLook {
  wholes: Prediction[];
  /** per piece: one sure digit, of the text's height (a short piece read surely is still more likely a fragment) */
  firm: boolean[];
  unsure: Unsure[];
  /** every piece as a glyph, read whole */
  glyphs: Glyph[];
}

export function firstLook(pieces: Piece[], seg: Segmentation, classifier: Classifier, view: View): FirstLook {
  const wholes = classifier.predict(pieces.map((piece) => glyphInput(seg.ink, seg.labels, piece.ids, piece.box)));
  const firm = wholes.map((w, i) => w.confidence >= sure && isDigit(w) && !view.short(pieces[i].box));
  return {
    wholes,
    firm,
    unsure: pieces.flatMap((p, i) => (firm[i] ? [] : [{ box: view.toImage(p.box), rejected: wholes[i].notDigit >= sure }])),
    glyphs: pieces.map((p, i) => view.glyph(wholes[i], p.box)),
  };
}

/**
 * The second look's proposals: ways to cut each wide piece (touching digits, or letters) and merges of
 * unsure neighbours (one glyph broken in two), with the model inputs of every part and merge gathered
 * into one batch. Cuts of one piece share parts: each distinct part is one input.
 */
import { glyphInput } from './glyph-input';
import { type MergeProposal, mergeProposals } from './merge';
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';
import type { FirstLook } from './first-look';
import { splitProposals } from './split';
import { TUNABLES } from './tunables';
import { isDigit } from './view';
import { TWINS } from './layout';
import { singleGlyphs } from './single-glyphs';

const { sure } = TUNABLES.classify;
const { maxProposals } = TUNABLES.budget;

/** A part of a proposed cut, with the index of its input in the batch. */
export interface PlannedPart {
  box: Box;
  at: number;
  /** cut as a narrow 1: the cut stands only if this part reads as one */
  one?: boolean;
  /** a part between winding seams (split.ts Seam) */
  wound?: boolean;
}

export interface PlannedMerge extends MergeProposal {
  at: number;
}

export interface Proposals {
  /** per piece, its proposed cuts, each a list of parts */
  cuts: PlannedPart[][][];
  merges: PlannedMerge[];
  /** the model inputs the parts and merges point into */
  inputs: Float32Array[];
}

export function propose(pieces: Piece[], seg: Segmentation, first: FirstLook, digits: number | 'any'): Proposals {
  const { firm } = first;
  const inputs: Float32Array[] = [];
  const add = (input: Float32Array) => inputs.push(input) - 1;
  const partAt = new Map<string, number>();
  const expected = typeof digits === 'number' ? digits : undefined;
  const rank = cuttingOrder(pieces, first, seg.textHeight);
  const cuts: PlannedPart[][][] = pieces.map(() => []);
  // A sure piece wide enough to cut may still be two digits (an old-style 1 touching a 4, read as the 4):
  // its cuts are proposed too, and fitLength takes them only when the number is a digit short.
  const oneGlyph = singleGlyphs(pieces, first);
  for (const i of rank) {
    if (inputs.length >= maxProposals) break;
    const piece = pieces[i];
    if (oneGlyph[i]) continue;
    cuts[i] = splitProposals(piece, seg, expected).map((parts) =>
      parts.map((part) => {
        const key = `${i}:${part.box.join(',')}:${part.slab ? Object.values(part.slab).join(',') : ''}`;
        let at = partAt.get(key);
        if (at === undefined) {
          at = add(glyphInput(seg.ink, seg.labels, piece.ids, part.box, false, part.slab));
          partAt.set(key, at);
        }
        return { box: part.box, at, one: part.one, wound: !!part.slab && 'y0' in part.slab };
      }),
    );
  }
  const merges = mergeProposals(pieces, firm, seg.textHeight)
    .slice(0, Math.max(0, maxProposals - inputs.length))
    .map((m) => ({ ...m, at: add(glyphInput(seg.ink, seg.labels, m.piece.ids, m.piece.box, true)) }));
  return { cuts, merges, inputs };
}

const LAST = Number.MAX_VALUE;

/**
 * The order to cut pieces in, nearest a digit first, and last a piece surely not a digit with no digit beside
 * it on its line (a letter in a word, or a whole number run together): a page of text then spends its
 * `maxProposals` around its numbers, and a crop of a few pieces has them all cut.
 */
function cuttingOrder(pieces: Piece[], first: FirstLook, textHeight: number): number[] {
  // Beside a 2–9 first: a run of 0s and 1s may be letters (o, l, I), and a page of text has thousands.
  const near = (twins: boolean) => {
    const boxes = pieces.flatMap((p, i) => (isDigit(first.wholes[i]) && TWINS.has(first.wholes[i].digit) === twins ? [p.box] : []));
    return pieces.map(({ box: [x, y, w, h] }) => {
      let nearest = Infinity;
      for (const [qx, qy, qw, qh] of boxes) {
        if (Math.min(y + h, qy + qh) <= Math.max(y, qy)) continue;
        nearest = Math.min(nearest, Math.max(0, qx - (x + w), x - (qx + qw)));
      }
      return nearest;
    });
  };
  const [other, twin] = [near(false), near(true)];
  const key = pieces.map((_, i) => {
    const d = Math.min(other[i], twin[i]);
    if (first.wholes[i].notDigit >= sure && d > textHeight) return LAST;
    return other[i] <= textHeight ? other[i] : textHeight + 1 + Math.min(twin[i], textHeight * 4);
  });
  return pieces.map((_, i) => i).sort((a, b) => key[a] - key[b]);
}

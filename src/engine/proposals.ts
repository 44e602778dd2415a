/**
 * The second look's proposals: ways to cut each wide piece (touching digits, or letters) and merges of
 * unsure neighbours (one glyph broken in two), with the model inputs of every part and merge gathered
 * into one batch. Cuts of one piece share parts: each distinct part is one input.
 */
import { glyphInput } from './glyph-input';
import { type MergeProposal, mergeProposals } from './merge';
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';
import { splitProposals } from './split';

/** A part of a proposed cut, with the index of its input in the batch. */
export interface PlannedPart {
  box: Box;
  at: number;
  /** cut as a narrow 1: the cut stands only if this part reads as one */
  one?: boolean;
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

/** @param firm per piece, read as one sure digit (firstLook) */
export function propose(pieces: Piece[], seg: Segmentation, firm: boolean[], digits: number | 'any'): Proposals {
  const inputs: Float32Array[] = [];
  const add = (input: Float32Array) => inputs.push(input) - 1;
  const partAt = new Map<string, number>();
  const expected = typeof digits === 'number' ? digits : undefined;
  // A sure piece wide enough to cut may still be two digits (an old-style 1 touching a 4, read as the 4):
  // its cuts are proposed too, and fitLength takes them only when the number is a digit short.
  const cuts = pieces.map((piece, i) =>
    splitProposals(piece, seg, expected).map((parts) =>
      parts.map((part) => {
        const key = `${i}:${part.box.join(',')}:${part.slab ? Object.values(part.slab).join(',') : ''}`;
        let at = partAt.get(key);
        if (at === undefined) {
          at = add(glyphInput(seg.ink, seg.labels, piece.ids, part.box, false, part.slab));
          partAt.set(key, at);
        }
        return { box: part.box, at, one: part.one };
      }),
    ),
  );
  const merges = mergeProposals(pieces, firm, seg.textHeight).map((m) => ({ ...m, at: add(glyphInput(seg.ink, seg.labels, m.piece.ids, m.piece.box, true)) }));
  return { cuts, merges, inputs };
}

/**
 * Strokes of one glyph that the threshold left apart side by side (a serif 6 whose hairline bowl
 * detached, a handwritten 8 or 5 drawn in two strokes) come out of segmentation as two pieces, which
 * the vertical merge in pieces.ts does not join. Neighbouring pieces that could be one digit are
 * proposed as one; the classifier's confidence then chooses, as it does for cuts.
 */
import type { Piece } from './pieces';
import { type Box, gapBetween } from './plane';
import { TUNABLES } from './tunables';

const {
  maxGap: MAX_GAP,
  stroke: STROKE,
  maxAspect: MAX_ASPECT,
  maxHeight: MAX_HEIGHT,
  markHeight: MARK_HEIGHT,
  markBeside: MARK_BESIDE,
  markUpright: MARK_UPRIGHT,
  markBar: MARK_BAR,
  markBaseline: MARK_BASELINE,
} = TUNABLES.merge;

/** Whether `mark` sits low beside `glyph` as a comma or a dot does, high as an apostrophe, or mid-height as a minus: merged, it would read as the digit and the separator be lost. */
function punctuation([mx, my, mw, mh]: Box, [gx, gy, gw, gh]: Box): boolean {
  const shared = Math.min(mx + mw, gx + gw) - Math.max(mx, gx);
  // Low, it reaches the baseline (a stroke broken off a handwritten digit may end above it).
  const low = my >= gy + gh / 2 && my + mh >= gy + gh * (1 - MARK_BASELINE);
  const apostrophe = my + mh <= gy + gh / 2 && mh >= MARK_UPRIGHT * mw;
  // A minus or hyphen: a flat bar at mid height, beside the digit (a 4's or 7's bar lies across its stem).
  const middle = my + mh / 2;
  const bar = mw >= MARK_BAR * mh && middle > gy + gh / 4 && middle < gy + (3 * gh) / 4;
  return mh < MARK_HEIGHT * gh && (low || apostrophe || bar) && shared < MARK_BESIDE * mw;
}

export interface MergeProposal {
  /** indices of the two pieces, left first */
  pair: [number, number];
  piece: Piece;
}

/**
 * @param sure  per piece: already read as one digit beyond doubt (two such neighbours are two digits)
 * @param h     typical text height in the pieces' pixels
 */
export function mergeProposals(pieces: Piece[], sure: boolean[], h: number): MergeProposal[] {
  const order = pieces.map((_, i) => i).sort((a, b) => pieces[a].box[0] - pieces[b].box[0]);
  const out: MergeProposal[] = [];
  order.forEach((i, k) => {
    const j = order[k + 1];
    if (j === undefined) return;
    const [ax, ay, aw, ah] = pieces[i].box;
    const [bx, by, bw, bh] = pieces[j].box;
    // Two sure digits are two digits, unless both are bare strokes: the sides of a Didone 0 whose
    // hairlines fell below the threshold read as two sure 1s.
    if (sure[i] && sure[j] && (aw > STROKE * ah || bw > STROKE * bh)) return;
    // Side by side on one line, one above the other's edge, or off its corner (the detached flag of a
    // handwritten 5): close both across and up or down.
    const gapY = Math.max(ay, by) - Math.min(ay + ah, by + bh);
    if (gapY > MAX_GAP * h || gapBetween(pieces[i].box, pieces[j].box) > MAX_GAP * h) return;
    if (punctuation(pieces[i].box, pieces[j].box) || punctuation(pieces[j].box, pieces[i].box)) return;
    const box: Box = [ax, Math.min(ay, by), Math.max(ax + aw, bx + bw) - ax, Math.max(ay + ah, by + bh) - Math.min(ay, by)];
    if (box[2] > MAX_ASPECT * Math.max(box[3], h) || box[3] > MAX_HEIGHT * h) return;
    out.push({ pair: [i, j], piece: { box, ids: new Set([...pieces[i].ids, ...pieces[j].ids]), area: pieces[i].area + pieces[j].area } });
  });
  return out;
}

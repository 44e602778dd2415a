/**
 * The marks around digits that are not digits themselves: the specks segmentation leaves out (dots,
 * commas, apostrophes) and the pieces the model rejects (minus, plus, percent, currency and unit signs).
 * Each is told by its size and its place against the digits' line, and '+' and '%' by their shape.
 */
import type { FirstLook } from './first-look';
import type { Piece, Segmentation } from './pieces';
import type { Box } from './plane';
import { TUNABLES } from './tunables';
import type { View } from './view';

const M = TUNABLES.marks;

/** A mark in the input image's pixels, with what its shape says. */
export interface Mark {
  box: Box;
  /** the piece it is, for a piece the first look rejected */
  piece?: number;
  /** a plus sign's cross: a full bar each way through the middle, the corners empty */
  cross: boolean;
  /** a percent sign's two rings, one high on the left and one low on the right */
  percent: boolean;
}

/** The digits' line a mark is judged against, in image pixels. */
export interface LineFrame {
  top: number;
  bottom: number;
}

export type Separator = '.' | ',' | "'" | '-';

/** Specks left out of every piece, and the pieces the first look did not read as digits. */
export function markCandidates(seg: Segmentation, first: FirstLook, pieces: Piece[], view: View): Mark[] {
  const specks = seg.marks.map((m) => ({ box: view.toImage(m.box), ...shape(seg, m.box, new Set([m.id])) }));
  const rejected = pieces.flatMap((p, piece) => (first.glyphs[piece].reading ? [] : [{ box: view.toImage(p.box), piece, ...shape(seg, p.box, p.ids) }]));
  return [...specks, ...rejected];
}

/** A mark between two digits of one number: a decimal or group separator, a hyphen; undefined for anything else. */
export function separatorOf({ box: [, y, w, h] }: Mark, { top, bottom }: LineFrame): Separator | undefined {
  const H = bottom - top;
  if (H <= 0) return undefined;
  // A pixel of slack: small text's anti-aliasing widens a dot by one.
  const side = M.dotSide * H + 1;
  // A comma is a dot with a tail: clearly taller than wide, or a little and reaching below the baseline.
  const tail = h >= M.commaAspect * w || (h > M.commaLean * w && y + h > bottom + M.dotBelow * H);
  if (w <= side && h <= M.commaHeight * H + 1 && y >= top + M.lowTop * H) return tail ? ',' : '.';
  if (w <= side && h <= M.commaHeight * H + 1 && y <= top + M.highTop * H && y + h <= top + M.highBottom * H) return "'";
  if (isBar(y, w, h, top, H)) return '-';
  return undefined;
}

/** A sign before a number: minus or plus. */
export function signOf(mark: Mark, { top, bottom }: LineFrame): '-' | '+' | undefined {
  const [, y, w, h] = mark.box;
  const H = bottom - top;
  if (isBar(y, w, h, top, H)) return '-';
  const middle = y + h / 2;
  const sized = Math.min(w, h) >= M.plusMin * H && Math.max(w, h) <= M.plusMax * H;
  return mark.cross && sized && middle >= top + M.barFrom * H && middle <= top + M.barTo * H ? '+' : undefined;
}

/** A horizontal bar at the digits' middle height: a minus or a hyphen. */
const isBar = (y: number, w: number, h: number, top: number, H: number) =>
  h <= M.barThickness * H && w >= M.barAspect * h && w >= M.barMin * H && w <= M.barMax * H && y + h / 2 >= top + M.barFrom * H && y + h / 2 <= top + M.barTo * H;

/** A percent sign after a number: of the digits' height, with its two rings. */
export const isPercent = (mark: Mark, { top, bottom }: LineFrame) => mark.percent && mark.box[3] >= M.percentHeight * (bottom - top);

/** The shape tests, on the piece's own ink in the segmentation's pixels. */
function shape(seg: Segmentation, [x0, y0, w, h]: Box, ids: Set<number>): { cross: boolean; percent: boolean } {
  if (w < M.shapeMinSide || h < M.shapeMinSide) return { cross: false, percent: false };
  const { labels, ink } = seg;
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) mask[y * w + x] = ids.has(labels[(y0 + y) * ink.width + x0 + x]) ? 1 : 0;
  return { cross: isCross(mask, w, h), percent: isPercentShape(mask, w, h) };
}

function isCross(mask: Uint8Array, w: number, h: number): boolean {
  const filled = (xa: number, xb: number, ya: number, yb: number) => {
    let n = 0;
    let all = 0;
    for (let y = Math.floor(ya); y < Math.ceil(yb); y++) for (let x = Math.floor(xa); x < Math.ceil(xb); x++, all++) n += mask[y * w + x];
    return all ? n / all : 0;
  };
  // Through the middle: every column has ink in the middle rows, every row in the middle columns.
  const rowsAcross = (ya: number, yb: number) => {
    let hit = 0;
    for (let x = 0; x < w; x++) {
      let any = 0;
      for (let y = Math.floor(ya); y < Math.ceil(yb); y++) any |= mask[y * w + x];
      hit += any;
    }
    return hit / w;
  };
  const columnsDown = (xa: number, xb: number) => {
    let hit = 0;
    for (let y = 0; y < h; y++) {
      let any = 0;
      for (let x = Math.floor(xa); x < Math.ceil(xb); x++) any |= mask[y * w + x];
      hit += any;
    }
    return hit / h;
  };
  const band = M.crossBand;
  const across = rowsAcross(h * (0.5 - band), h * (0.5 + band));
  const down = columnsDown(w * (0.5 - band), w * (0.5 + band));
  const c = M.crossCorner;
  const corners = [filled(0, w * c, 0, h * c), filled(w * (1 - c), w, 0, h * c), filled(0, w * c, h * (1 - c), h), filled(w * (1 - c), w, h * (1 - c), h)];
  return across >= M.crossFull && down >= M.crossFull && corners.every((f) => f <= M.crossCornerInk);
}

/** Two enclosed holes, one in the upper left and one in the lower right (an 8's are one above the other). */
function isPercentShape(mask: Uint8Array, w: number, h: number): boolean {
  // Background reachable from the box's border is outside; the rest is holes, found as 4-connected regions.
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const push = (i: number) => {
    if (!mask[i] && !seen[i]) {
      seen[i] = 1;
      stack.push(i);
    }
  };
  const flood = () => {
    let n = 0;
    let sx = 0;
    let sy = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      n++;
      sx += x;
      sy += y;
      if (x > 0) push(i - 1);
      if (x < w - 1) push(i + 1);
      if (y > 0) push(i - w);
      if (y < h - 1) push(i + w);
    }
    return { n, cx: n ? sx / n / w : 0, cy: n ? sy / n / h : 0 };
  };
  for (let x = 0; x < w; x++) {
    push(x);
    push((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    push(y * w);
    push(y * w + w - 1);
  }
  flood();
  const holes: { n: number; cx: number; cy: number }[] = [];
  for (let i = 0; i < w * h; i++) {
    if (mask[i] || seen[i]) continue;
    push(i);
    const hole = flood();
    if (hole.n >= M.holeArea * w * h) holes.push(hole);
  }
  // The rings are small; a touching pair's counters (a 0 beside a 6) are large, and the pair is wide.
  if (holes.length !== 2 || w > M.percentAspect * h || holes.some((o) => o.n > M.ringArea * w * h)) return false;
  const [a, b] = [...holes].sort((p, q) => p.cy - q.cy);
  return a.cy < 0.5 - M.ringOffset && b.cy > 0.5 + M.ringOffset && a.cx < 0.5 - M.ringOffset && b.cx > 0.5 + M.ringOffset;
}

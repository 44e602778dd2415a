/**
 * The marks around digits that are not digits themselves: the specks segmentation leaves out (dots,
 * commas, apostrophes) and the pieces the model rejects (minus, plus, percent, currency and unit signs).
 * Each is told by its size and its place against the digits' line, and '+' and '%' by their shape.
 */
import { holesOf } from './holes';
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
  /** the pieces of a sign made of several (a % whose rings stand apart from its slash) */
  parts?: number[];
}

/** The digits' line a mark is judged against, in image pixels. */
export interface LineFrame {
  top: number;
  bottom: number;
}

/** A separator; '.?' and ',?' are a dot or a comma by a narrow margin, for the locale to settle (numbers.ts). */
export type Separator = '.' | ',' | "'" | '-' | '.?' | ',?';

/** Specks left out of every piece, and every piece: those the reading takes as digits are left out later (numbers.ts). */
export function markCandidates(seg: Segmentation, pieces: Piece[], view: View): Mark[] {
  // A speck far from every piece read is no one's point, comma or sign: a page of text has thousands.
  const specks = nearPieces(seg.marks, pieces, M.speckReach * seg.textHeight).map((m) => ({ box: view.toImage(m.box), ...shape(seg, m.box, new Set([m.id])) }));
  const inPieces = percentsInPieces(seg, pieces, view);
  const taken = new Set(inPieces.flatMap((m) => m.parts ?? []));
  const singles = pieces.flatMap((p, piece) => (taken.has(piece) ? [] : [{ box: view.toImage(p.box), piece, ...shape(seg, p.box, p.ids) }]));
  return [...specks, ...singles, ...inPieces];
}

/** The specks within `reach` of a piece's box, in their order; pieces are looked up by bands of rows. */
function nearPieces<T extends { box: Box }>(specks: T[], pieces: Piece[], reach: number): T[] {
  const band = Math.max(1, reach);
  const bands = new Map<number, Box[]>();
  for (const { box } of pieces) {
    for (let k = Math.floor((box[1] - reach) / band); k <= Math.floor((box[1] + box[3] + reach) / band); k++) {
      const list = bands.get(k);
      if (list) list.push(box);
      else bands.set(k, [box]);
    }
  }
  return specks.filter(({ box: [x, y, w, h] }) => {
    for (let k = Math.floor(y / band); k <= Math.floor((y + h) / band); k++) {
      for (const [px, py, pw, ph] of bands.get(k) ?? []) {
        if (x + w >= px - reach && x <= px + pw + reach && y + h >= py - reach && y <= py + ph + reach) return true;
      }
    }
    return false;
  });
}

/**
 * Percent signs whose rings stand apart from the slash (many fonts draw them so): each piece tall enough for
 * a slash, with a piece high on its left, one low on its right, or both, passing the percent shape test
 * together. Each alone reads as a digit (0, 1 and 0; a ring with the slash as a 4).
 */
function percentsInPieces(seg: Segmentation, pieces: Piece[], view: View): Mark[] {
  const H = seg.textHeight;
  const order = pieces.map((_, i) => i).sort((a, b) => pieces[a].box[0] - pieces[b].box[0]);
  const out: Mark[] = [];
  for (let k = 0; k < order.length; k++) {
    const slash = pieces[order[k]];
    const [sx, sy, sw, sh] = slash.box;
    if (sh < M.percentHeight * H || sw > sh) continue;
    const reach = M.ringGap * sh;
    const middle = sy + sh / 2;
    const high: number[] = [];
    const low: number[] = [];
    // Pieces sorted by their left edge: those starting within reach of the slash, either side.
    for (let j = k - 1; j >= 0 && pieces[order[j]].box[0] >= sx - sh; j--) high.push(order[j]);
    for (let j = k + 1; j < order.length && pieces[order[j]].box[0] <= sx + sw + reach; j++) low.push(order[j]);
    const ring = (i: number, up: boolean) => {
      const [x, y, w, h] = pieces[i].box;
      const within = y >= sy - reach && y + h <= sy + sh + reach && h <= M.ringHeight * sh;
      const near = up ? x + w >= sx - reach : x <= sx + sw + reach;
      return within && near && (up ? y + h / 2 < middle : y + h / 2 > middle);
    };
    const a = high.filter((i) => ring(i, true));
    const b = low.filter((i) => ring(i, false));
    // Both rings apart from the slash, or one of them (the other is the slash's own piece).
    if (a.length > 1 || b.length > 1 || a.length + b.length === 0) continue;
    const parts = [...a, order[k], ...b];
    const boxes = parts.map((i) => pieces[i].box);
    const x0 = Math.min(...boxes.map((q) => q[0]));
    const y0 = Math.min(...boxes.map((q) => q[1]));
    const box: Box = [x0, y0, Math.max(...boxes.map((q) => q[0] + q[2])) - x0, Math.max(...boxes.map((q) => q[1] + q[3])) - y0];
    const ids = new Set(parts.flatMap((i) => [...pieces[i].ids]));
    const { percent } = shape(seg, box, ids);
    if (percent) out.push({ box: view.toImage(box), piece: order[k], parts, cross: false, percent });
  }
  return out;
}

/** A mark between two digits of one number: a decimal or group separator, a hyphen; undefined for anything else. */
export function separatorOf({ box: [, y, w, h] }: Mark, { top, bottom }: LineFrame): Separator | undefined {
  const H = bottom - top;
  if (H <= 0) return undefined;
  // A pixel of slack: small text's anti-aliasing widens a dot by one.
  const side = M.dotSide * H + 1;
  // A comma is a dot with a tail: clearly taller than wide, or a little and reaching below the baseline.
  const tail = h >= M.commaAspect * w || (h > M.commaLean * w && y + h > bottom + M.dotBelow * H);
  if (w <= side && h <= M.commaHeight * H + 1 && y >= top + M.lowTop * H) {
    // Small or blurred, a comma's tail and a dot's round are a pixel apart: only a clear one is sure. A comma's
    // tail reaches below the baseline: a tall mark that does not is a square dot drawn taller by anti-aliasing.
    const below = y + h > bottom + M.dotBelow * H;
    const sure = tail ? (h >= M.commaSure * w && below) || y + h > bottom + M.commaSureBelow * H : h <= M.dotSure * w && y + h <= bottom + M.dotSureBelow * H;
    return sure ? (tail ? ',' : '.') : tail ? ',?' : '.?';
  }
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

/** A horizontal bar at the digits' middle height: a minus or a hyphen. (Boxes of enlarged small text take in a part pixel each side: a pixel more or less.) */
const isBar = (y: number, w: number, h: number, top: number, H: number) =>
  h <= M.barThickness * H + 1 &&
  w >= M.barAspect * Math.max(1, h - 1) &&
  w >= M.barMin * H &&
  w <= M.barMax * H &&
  y + h / 2 >= top + M.barFrom * H &&
  y + h / 2 <= top + M.barTo * H;

/** A percent sign after a number: of the digits' height, with its two rings. */
export const isPercent = (mark: Mark, { top, bottom }: LineFrame) => mark.percent && mark.box[3] >= M.percentHeight * (bottom - top);

/** The shape tests, on the piece's own ink in the segmentation's pixels. */
function shape(seg: Segmentation, [x0, y0, w, h]: Box, ids: Set<number>): { cross: boolean; percent: boolean } {
  // A sign is glyph-sized: a larger piece (a picture, a frame) is not looked at, so the work stays bounded.
  if (w < M.shapeMinSide || h < M.shapeMinSide || Math.max(w, h) > M.shapeMaxSide * seg.textHeight) return { cross: false, percent: false };
  const { labels, ink } = seg;
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) mask[y * w + x] = ids.has(labels[(y0 + y) * ink.width + x0 + x]) ? 1 : 0;
  return { cross: isCross(mask, w, h), percent: isPercentShape(mask, w, h) };
}

/**
 * A plus sign: one column band (the stem) down nearly all its height and one row band (the bar) across
 * nearly all its width, crossing near the middle, and hardly any ink outside the two (a stroke drawn off
 * centre, as anti-aliasing leaves it, still counts).
 */
function isCross(mask: Uint8Array, w: number, h: number): boolean {
  const cols = new Float64Array(w);
  const rows = new Float64Array(h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!mask[y * w + x]) continue;
      cols[x]++;
      rows[y]++;
    }
  }
  const band = (counts: Float64Array) => {
    const peak = Math.max(...counts);
    const inBand = [...counts.keys()].filter((i) => counts[i] >= M.crossBandShare * peak);
    return { from: Math.min(...inBand), to: Math.max(...inBand), peak };
  };
  const stem = band(cols);
  const bar = band(rows);
  const narrow = stem.to - stem.from + 1 <= M.crossBand * w && bar.to - bar.from + 1 <= M.crossBand * h;
  const centred =
    (stem.from + stem.to) / 2 > M.crossCentre * w &&
    (stem.from + stem.to) / 2 < (1 - M.crossCentre) * w &&
    (bar.from + bar.to) / 2 > M.crossCentre * h &&
    (bar.from + bar.to) / 2 < (1 - M.crossCentre) * h;
  let outside = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (mask[y * w + x] && (x < stem.from || x > stem.to) && (y < bar.from || y > bar.to)) outside++;
  const corners = (w - (stem.to - stem.from + 1)) * (h - (bar.to - bar.from + 1));
  return narrow && centred && stem.peak >= M.crossFull * h && bar.peak >= M.crossFull * w && outside <= M.crossCornerInk * corners;
}

/** Two enclosed holes, one in the upper left and one in the lower right (an 8's are one above the other). */
function isPercentShape(mask: Uint8Array, w: number, h: number): boolean {
  const holes = holesOf(mask, w, h).filter((hole) => hole.n >= Math.max(M.holeMin, M.holeArea * w * h));
  // The rings are small; a touching pair's counters (a 0 beside a 6) are large, and the pair is wide.
  // Exactly two: touching 8s, or a 9 against an 8, have more.
  if (holes.length !== 2 || w > M.percentAspect * h) return false;
  const [a, b] = [...holes].sort((p, q) => p.cx + p.cy - (q.cx + q.cy));
  if (a.n > M.ringArea * w * h || b.n > M.ringArea * w * h) return false;
  return a.cy < 0.5 - M.ringOffset && b.cy > 0.5 + M.ringOffset && a.cx < 0.5 - M.ringOffset && b.cx > 0.5 + M.ringOffset;
}

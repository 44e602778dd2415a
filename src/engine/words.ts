/**
 * Which pieces of a page of text to read when there are more than the budget: words, and among them the
 * ones shaped like numbers first. Digits are lining figures: every glyph of a number has the same top and
 * bottom, at the height of capitals, while a word of lowercase letters mixes the x-height with ascenders
 * and descenders (or, where it has neither, stands a third shorter than the numbers beside it).
 */
import { DisjointSets } from './disjoint-sets';
import type { Piece } from './pieces';
import type { Box } from './plane';
import { TUNABLES } from './tunables';

const W = TUNABLES.words;

export interface Word {
  /** the pieces' indices, and the pieces */
  members: number[];
  pieces: Piece[];
  box: Box;
  /** every glyph shares the word's top and bottom */
  even: boolean;
}

/** The pieces in the order they should be read in: number-like words first, nearest the expected length first. */
export function numberLikeFirst(pieces: Piece[], digits: number | 'any'): Piece[] {
  const words = wordsOf(pieces);
  // The height of full glyphs on the page: the tallest glyph of most words is an ascender or a capital.
  const tallest = words
    .filter((w) => w.pieces.length > 1)
    .map((w) => Math.max(...w.pieces.map((p) => p.box[3])))
    .sort((a, b) => a - b);
  const full = tallest.length ? tallest[Math.floor(tallest.length * W.fullHeightQuantile)] : 0;
  // Tier 0: even words of full height (numbers, capitals); 1: other even words (x-height words such as "same"); 2: the rest.
  const tier = (w: Word) => (w.even && w.pieces.length > 1 ? (w.box[3] >= W.fullHeight * full ? 0 : 1) : 2);
  const lengthMiss = (w: Word) => (typeof digits === 'number' ? Math.abs(w.pieces.length - digits) : 0);
  const ranked = words
    .map((w) => ({ w, tier: tier(w), miss: lengthMiss(w), area: w.pieces.reduce((s, p) => s + p.area, 0) }))
    .sort((a, b) => a.tier - b.tier || a.miss - b.miss || b.area - a.area);
  return ranked.flatMap((r) => r.w.pieces);
}

/**
 * Boxes joined into words: on one line, each closer to the next than a word space. A sweep from left to
 * right in bands of rows: a box meets only those in its bands that start before its own end plus a word
 * space (a page of text in columns had every line's boxes at one x: a sweep over the whole page met them all).
 */
export function joinWords(boxes: readonly Box[]): number[][] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0]);
  const sets = new DisjointSets(boxes.length);
  // Two boxes on one line share rows, and so a band; bands are as tall as the median box.
  const heights = boxes.map((b) => b[3]).sort((a, b) => a - b);
  const band = Math.max(1, heights[Math.floor(heights.length / 2)] ?? 1);
  const bands = new Map<number, number[]>();
  for (const i of order) {
    const [, y, , h] = boxes[i];
    for (let k = Math.floor(y / band); k <= Math.floor((y + Math.max(1, h) - 1) / band); k++) {
      const list = bands.get(k);
      if (list) list.push(i);
      else bands.set(k, [i]);
    }
  }
  for (const list of bands.values()) {
    for (let a = 0; a < list.length; a++) {
      const [x, y, w, h] = boxes[list[a]];
      for (let b = a + 1; b < list.length; b++) {
        const [qx, qy, , qh] = boxes[list[b]];
        if (qx - (x + w) > W.wordGap * h) break;
        if (Math.min(y + h, qy + qh) - Math.max(y, qy) >= W.lineOverlap * Math.min(h, qh)) sets.union(list[a], list[b]);
      }
    }
  }
  return sets.groups();
}

/** The pieces joined into words (joinWords), each with its box and whether its glyphs share one top and bottom. */
export function wordsOf(pieces: Piece[]): Word[] {
  return joinWords(pieces.map((p) => p.box)).map((members) => {
    const ps = members.map((i) => pieces[i]);
    const top = Math.min(...ps.map((p) => p.box[1]));
    const bottom = Math.max(...ps.map((p) => p.box[1] + p.box[3]));
    const left = Math.min(...ps.map((p) => p.box[0]));
    const right = Math.max(...ps.map((p) => p.box[0] + p.box[2]));
    const tolerance = W.evenTolerance * (bottom - top);
    const even = ps.every((p) => p.box[1] - top <= tolerance && bottom - (p.box[1] + p.box[3]) <= tolerance);
    return { members, pieces: ps, box: [left, top, right - left, bottom - top] as Box, even };
  });
}

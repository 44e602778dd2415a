/**
 * Dashed rules: a dashed border round a coupon code, a dashed underline. Each dash is too short to be a line
 * (lines.ts) and comes out of the threshold as a shape of its own: stacked, the dashes of a box's side were
 * joined into a tall "1". A dash is thin across and longer along the rule; three or more of one size, in
 * one row (or column), at even steps with nothing between them, are a rule, and so is the corner where two
 * such rules meet. No glyph, nor punctuation, lines up like that: a column's decimal points are dots, and
 * the minus signs of a row have digits between them.
 */
import type { Box } from './plane';
import type { Component } from './threshold';
import { TUNABLES } from './tunables';

const D = TUNABLES.dashes;

/** The components (by index into `comps`) that are dashes of a rule, for text `h` px high. */
export function dashedRules(comps: Component[], labels: Int32Array, width: number, h: number): Set<number> {
  const out = new Set<number>();
  if (h <= 0) return out;
  const thin = Math.max(TUNABLES.lines.minThickness, D.thickness * h);
  const index = new LabelsAt(labels, width);
  // Rows again after columns: a tall box's short sides are its top and bottom.
  for (const horizontal of [true, false, true]) {
    const along = (b: Box) => (horizontal ? b[2] : b[3]);
    const across = (b: Box) => (horizontal ? b[3] : b[2]);
    const at = (b: Box) => (horizontal ? b[0] : b[1]);
    const mid = (b: Box) => (horizontal ? b[1] + b[3] / 2 : b[0] + b[2] / 2);
    const dashes: number[] = [];
    comps.forEach((c, i) => {
      const b = c.box;
      if (i > 0 && c.area > 0 && across(b) <= thin && along(b) >= D.elongation * across(b) && along(b) <= D.maxLength * h) dashes.push(i);
    });
    if (dashes.length < D.minDashes) continue;
    // Rows of dashes: like centres across the rule, like sizes; then runs at even steps along it.
    dashes.sort((a, b) => mid(comps[a].box) - mid(comps[b].box) || at(comps[a].box) - at(comps[b].box));
    const used = new Uint8Array(dashes.length);
    for (let s = 0; s < dashes.length; s++) {
      if (used[s]) continue;
      const seed = comps[dashes[s]].box;
      const row: number[] = [];
      // Sorted by centre, a row's dashes follow the seed.
      for (let k = s; k < dashes.length && mid(comps[dashes[k]].box) - mid(seed) <= D.centreSlack; k++) {
        const b = comps[dashes[k]].box;
        if (used[k] || Math.abs(across(b) - across(seed)) > D.centreSlack) continue;
        used[k] = 1;
        if (Math.abs(along(b) - along(seed)) <= D.sizeSlack * Math.max(along(b), along(seed))) row.push(dashes[k]);
      }
      row.sort((a, b) => at(comps[a].box) - at(comps[b].box));
      for (const run of evenRuns(row, comps, h, horizontal, index)) {
        if (run.length < 2) continue;
        const ends = corners(run, comps, horizontal, thin, index);
        // A box's short side holds two dashes between the corners its long sides already turned.
        if (run.length < D.minDashes && ends.filter((i) => out.has(i)).length < 2) continue;
        for (const i of [...run, ...ends]) out.add(i);
      }
    }
  }
  return out;
}

/** Runs of `row` (sorted along the rule) whose gaps are alike, no longer than a few dashes, and empty of other ink. */
function evenRuns(row: number[], comps: Component[], h: number, horizontal: boolean, index: LabelsAt): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let step = 0;
  const start = (i: number) => (horizontal ? comps[i].box[0] : comps[i].box[1]);
  const end = (i: number) => (horizontal ? comps[i].box[0] + comps[i].box[2] : comps[i].box[1] + comps[i].box[3]);
  for (const i of row) {
    const prev = run[run.length - 1];
    const gap = prev === undefined ? 0 : start(i) - end(prev);
    const fits =
      prev !== undefined &&
      gap > 0 &&
      gap <= D.maxGap * h &&
      (run.length < 2 || Math.abs(gap - step) <= Math.max(D.centreSlack, D.sizeSlack * step)) &&
      emptyBetween(comps, prev, i, horizontal, index);
    if (fits) {
      if (run.length === 1) step = gap;
      run.push(i);
      continue;
    }
    if (run.length) runs.push(run);
    run = [i];
  }
  if (run.length) runs.push(run);
  return runs;
}

/** No other shape overlaps the gap between dashes a and b in the rule's band. */
function emptyBetween(comps: Component[], a: number, b: number, horizontal: boolean, index: LabelsAt): boolean {
  const [A, B] = [comps[a].box, comps[b].box];
  const gap: Box = horizontal
    ? [A[0] + A[2], Math.min(A[1], B[1]), B[0] - A[0] - A[2], Math.max(A[1] + A[3], B[1] + B[3]) - Math.min(A[1], B[1])]
    : [Math.min(A[0], B[0]), A[1] + A[3], Math.max(A[0] + A[2], B[0] + B[2]) - Math.min(A[0], B[0]), B[1] - A[1] - A[3]];
  return !index.near(gap).some((i) => i !== a && i !== b && overlaps(comps[i].box, gap));
}

/** Shapes where the rule turns a corner: on its band, within one step past either end, no deeper than a dash and a gap. */
function corners(run: number[], comps: Component[], horizontal: boolean, thin: number, index: LabelsAt): number[] {
  const boxes = run.map((i) => comps[i].box);
  const [first, last] = [boxes[0], boxes[boxes.length - 1]];
  const reach = horizontal ? first[2] + (boxes[1][0] - first[0] - first[2]) : first[3] + (boxes[1][1] - first[1] - first[3]);
  const band: Box = horizontal
    ? [first[0] - reach, Math.min(...boxes.map((b) => b[1])), last[0] + last[2] - first[0] + 2 * reach, Math.max(...boxes.map((b) => b[3])) + 1]
    : [Math.min(...boxes.map((b) => b[0])), first[1] - reach, Math.max(...boxes.map((b) => b[2])) + 1, last[1] + last[3] - first[1] + 2 * reach];
  const inner: Box = horizontal ? [first[0], band[1], last[0] + last[2] - first[0], band[3]] : [band[0], first[1], band[2], last[1] + last[3] - first[1]];
  return index.near(band).filter((i) => {
    const b = comps[i].box;
    if (run.includes(i) || !overlaps(b, band) || overlaps(b, inner)) return false;
    // A corner turns off the rule one way: it starts at the band's edge (a letter beside "- - -" straddles it).
    const flush = horizontal
      ? Math.abs(b[1] - band[1]) <= D.centreSlack || Math.abs(b[1] + b[3] - band[1] - band[3]) <= D.centreSlack
      : Math.abs(b[0] - band[0]) <= D.centreSlack || Math.abs(b[0] + b[2] - band[0] - band[2]) <= D.centreSlack;
    return flush && (horizontal ? b[3] : b[2]) <= reach + thin;
  });
}

const overlaps = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/** The labels in a box of the label plane: gaps and corners are small boxes, so reading their pixels costs little. */
class LabelsAt {
  constructor(
    private labels: Int32Array,
    private width: number,
  ) {}
  near([x, y, w, h]: Box): number[] {
    const height = this.labels.length / this.width;
    const found = new Set<number>();
    for (let yy = Math.max(0, y); yy < Math.min(height, y + h); yy++) {
      for (let xx = Math.max(0, x); xx < Math.min(this.width, x + w); xx++) {
        const l = this.labels[yy * this.width + xx];
        if (l) found.add(l);
      }
    }
    return [...found];
  }
}

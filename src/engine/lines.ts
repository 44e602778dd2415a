/**
 * Lines that are not glyphs: underlines, strike-throughs, table rules and separators, which touch the
 * digits they run under, through or beside and so come out of the threshold as one shape with them.
 * A line pixel lies on a run of ink far longer than any glyph is wide (or tall) and is thin across it;
 * where a glyph's stroke crosses the line the ink is thick across, and stays. Runs are followed at a few
 * slopes as well as straight: a photo of ruled paper is never quite level, and a tilted rule is a
 * staircase of short runs to a row-by-row count.
 */
import type { Box, Plane } from './plane';
import { inkLevel } from './threshold';
import { TUNABLES } from './tunables';
import { borrow } from './pool';

const N = TUNABLES.lines;

/**
 * Erases line pixels from `ink` in place, for text `textHeight` px high; whether there were any.
 * `shapes` (the boxes of the ink's connected shapes, when known) say where to look: a line lies in one
 * shape at least as long as it, so a page of text with no such shape is left at once. `strong` is the
 * ink's level when the caller has it (inkLevel: a histogram of the whole plane).
 */
export function eraseLines(ink: Plane, textHeight: number, shapes?: Box[], strong = inkLevel(ink)): boolean {
  if (textHeight <= 0) return false;
  const level = strong * TUNABLES.threshold.weakShare;
  const longH = N.horizontalLength * textHeight;
  const longV = N.verticalLength * textHeight;
  const thin = Math.max(N.minThickness, N.thickness * textHeight);
  const region = shapes ? lineRegion(ink, level, thin, shapes, longH, longV) : ([0, 0, ink.width, ink.height] as Box);
  if (!region) return false;
  const [x0, y0, w, h] = region;
  const data = borrow(Float32Array, w * h);
  for (let y = 0; y < h; y++) data.set(ink.data.subarray((y0 + y) * ink.width + x0, (y0 + y) * ink.width + x0 + w), y * w);
  const across = lineRuns(ink, level, thin, region, true, longH);
  const along = lineRuns(ink, level, thin, region, false, longV);
  // Most crops have no run that long: then nothing is worked out per pixel.
  if (across.longest < longH && along.longest < longV) return false;
  const erase = borrow(Uint8Array, data.length);
  // A strike-through runs through the middle of one line of text, drawn heavier than a rule on small type (2 px at 13 px).
  const middle = h <= N.oneLine * textHeight ? Math.max(thin, N.strikeThickness * textHeight) : thin;
  if (across.longest >= longH) markLines(data, across, w, h, level, longH, thin, true, erase, middle);
  if (along.longest >= longV) markLines(data, along, w, h, level, longV, thin, false, erase);
  let erased = false;
  for (let k = 0; k < data.length; k++) {
    if (erase[k]) {
      ink.data[(y0 + Math.floor(k / w)) * ink.width + x0 + (k % w)] = 0;
      erased = true;
    }
  }
  return erased;
}

/** The box around every shape that holds a line, a pixel wider all round; null when none does. */
function lineRegion(ink: Plane, level: number, thin: number, shapes: Box[], longH: number, longV: number): Box | null {
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  for (const box of shapes) {
    const [x, y, w, h] = box;
    if (w < longH && h < longV) continue;
    const holds = (horizontal: boolean) => [false, true].some((faint) => holdsRun(inkedIn(ink, level, thin, box, horizontal, faint), w, h, horizontal, horizontal ? longH : longV));
    if (!((w >= longH && holds(true)) || (h >= longV && holds(false)))) continue;
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + w), Math.max(y1, y + h)];
  }
  if (x1 < 0) return null;
  [x0, y0, x1, y1] = [Math.max(0, x0 - 1), Math.max(0, y0 - 1), Math.min(ink.width, x1 + 1), Math.min(ink.height, y1 + 1)];
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * The runs of lines one way in `region`: at the threshold when a crisp level line is found there (a
 * screenshot's); otherwise, where none is found or the ones found are a photo's (tilted), those of faint
 * lines too, followed as tilted when the threshold's were.
 */
function lineRuns(ink: Plane, level: number, thin: number, region: Box, horizontal: boolean, length: number): Runs {
  const [, , w, h] = region;
  const strict = runs(inkedIn(ink, level, thin, region, horizontal, false), w, h, horizontal, length);
  const faint = inkedIn(ink, level, thin, region, horizontal, true);
  if (strict.longest >= length && !strict.tilted) {
    // A screen's rule ends where it ends at any level; a photographed one found level in part runs on in its faint ink.
    const loose = runs(faint, w, h, horizontal, length);
    if (loose.longest < N.tiltedOverLevel * strict.longest) return strict;
    return runs(faint, w, h, horizontal, length, true);
  }
  return runs(faint, w, h, horizontal, length, strict.tilted);
}

/**
 * 1 in `box` where `ink` is above `level`; with `faint`, also where it is fainter but still ink-like in a
 * band no deeper than a line across the way lines run (`horizontal`): a faint ruled line wavers about the
 * threshold, so at the threshold alone it is broken into dashes no longer than a glyph, yet joins the
 * digits it crosses.
 */
function inkedIn(ink: Plane, level: number, thin: number, [x0, y0, w, h]: Box, horizontal: boolean, faintToo: boolean): Uint8Array {
  const inked = borrow(Uint8Array, w * h);
  const data = ink.data;
  if (!faintToo) {
    for (let y = 0; y < h; y++) {
      const row = (y0 + y) * ink.width + x0;
      for (let x = 0; x < w; x++) inked[y * w + x] = data[row + x] > level ? 1 : 0;
    }
    return inked;
  }
  const faint = level * N.faintShare;
  // Walking across the lines: down a column for horizontal lines, along a row for vertical ones.
  const [places, depth, step, placeStep] = horizontal ? [w, h, w, 1] : [h, w, 1, w];
  const [inkStep, inkPlaceStep] = horizontal ? [ink.width, 1] : [1, ink.width];
  for (let place = 0; place < places; place++) {
    const base = place * placeStep;
    const inkBase = y0 * ink.width + x0 + place * inkPlaceStep;
    let i = 0;
    while (i < depth) {
      if (data[inkBase + i * inkStep] <= faint) {
        i++;
        continue;
      }
      const start = i;
      while (i < depth && data[inkBase + i * inkStep] > faint) i++;
      const band = i - start <= thin;
      for (let j = start; j < i; j++) if (band || data[inkBase + j * inkStep] > level) inked[base + j * step] = 1;
    }
  }
  return inked;
}

/** Whether some run, level or at a slope, is at least `length` long. */
function holdsRun(inked: Uint8Array, w: number, h: number, horizontal: boolean, length: number): boolean {
  if (runsAt(inked, w, h, horizontal, 0) >= length) return true;
  if (!tiltedLinesMayRun(halfSize(inked, w, h), horizontal, length)) return false;
  return N.slopes.some((slope) => slope !== 0 && runsAt(inked, w, h, horizontal, slope) >= length);
}

/**
 * Marks the pixels of lines running one way (`horizontal`, or down). At each place along a line its band
 * across (the pixels of long runs there) goes when it is as deep as the line usually is (the commonest
 * depth) and ink does not meet it from both sides: where a digit's base lies along the underline, or a
 * stroke crosses a strike-through (an 8's waist), the band is deeper or met from both sides, and stays.
 */
function markLines(
  data: Float32Array,
  { length: long, straight, tilted }: Runs,
  w: number,
  h: number,
  level: number,
  length: number,
  thin: number,
  horizontal: boolean,
  erase: Uint8Array,
  middle = thin,
): void {
  // Walking across the line: down a column for a horizontal line, along a row for a vertical one.
  const [places, depth, step, placeStep] = horizontal ? [w, h, w, 1] : [h, w, 1, w];
  // A photographed rule is blurred, broken and stepped: its edge joins it, and its band may be a pixel
  // deeper. A level line on a screen is crisp, and a stroke crossing it (a struck-through 8's waist) must stay.
  const line = lineMask(long, w, h, length, tilted ? length * N.edgeLength : length);
  const slack = tilted ? N.depthSlack : 0;
  const bands: number[] = []; // place, start, end and depth, in fours
  const depths = new Uint32Array(Math.ceil(middle) + 2);
  // Through the middle half of the crop's one line of text, a band may be `middle` deep.
  const limit = (start: number, end: number) => (start + end >= depth / 2 && start + end <= (3 * depth) / 2 ? middle : thin);
  for (let place = 0; place < places; place++) {
    const base = place * placeStep;
    let i = 0;
    while (i < depth) {
      if (!line[base + i * step] || data[base + i * step] <= level) {
        i++;
        continue;
      }
      const start = i;
      let stepped = false;
      for (; i < depth && line[base + i * step] && data[base + i * step] > level; i++) if (straight[base + i * step] < length) stepped = true;
      if (i - start > limit(start, i)) continue;
      const before = start > 0 && data[base + (start - 1) * step] > level;
      const after = i < depth && data[base + i * step] > level;
      if (before && after) continue;
      // A tilted line's depth steps by a pixel where it moves to the next row: one more is still the line.
      const d = Math.max(1, i - start - (stepped ? 1 : 0));
      bands.push(base, start, i, d);
      depths[d]++;
    }
  }
  let usual = 0;
  for (let d = 1; d < depths.length; d++) if (depths[d] > depths[usual]) usual = d;
  for (let b = 0; b < bands.length; b += 4) {
    const [base, start, end, d] = [bands[b], bands[b + 1], bands[b + 2], bands[b + 3]];
    if (d > usual + slack) continue;
    for (let j = start; j < end; j++) erase[base + j * step] = 1;
  }
}

/**
 * The pixels of lines: those on runs at least `length` long, and those on runs at least `edge` long that
 * touch them, and so on (a hysteresis): a rule's blurred edge, or a stretch where a 1 px rule falls
 * between two of the slopes followed, is as much the line as its long runs.
 */
function lineMask(long: Uint16Array, w: number, h: number, length: number, edge: number): Uint8Array {
  const mask = borrow(Uint8Array, long.length);
  const queue = borrow(Int32Array, long.length);
  let tail = 0;
  for (let k = 0; k < long.length; k++) {
    if (long[k] >= length) {
      mask[k] = 1;
      queue[tail++] = k;
    }
  }
  for (let head = 0; head < tail; head++) {
    const k = queue[head];
    const [x, y] = [k % w, Math.floor(k / w)];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const [nx, ny] = [x + dx, y + dy];
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const n = ny * w + nx;
        if (mask[n] || long[n] < edge) continue;
        mask[n] = 1;
        queue[tail++] = n;
      }
    }
  }
  return mask;
}

/**
 * Per pixel, the length of the longest run of ink it lies on along its row (`horizontal`) or its column,
 * straight and, where tilted lines may run and do run longer than any level one, at the slopes in
 * TUNABLES.lines.slopes as well; and the longest run of all.
 */
function runs(inked: Uint8Array, w: number, h: number, horizontal: boolean, length: number, photo = false): Runs {
  const straight = borrow(Uint16Array, inked.length);
  const level = runsAt(inked, w, h, horizontal, 0, straight);
  const flat = { length: straight, straight, longest: level, tilted: false };
  let half: HalfSize | undefined;
  const halved = () => (half ??= halfSize(inked, w, h));
  if (!photo && !tiltedLinesMayRun(halved(), horizontal, length)) return flat;
  const all = straight.slice();
  let longest = level;
  // Each slope is a pass over the region: past tiltedRegion the slopes are followed at half size, each run
  // counted twice as long (a page of blurred small text is one long shape a line, 2 MP at ten slopes: 500 ms).
  if (inked.length > N.tiltedRegion) longest = Math.max(longest, tiltedAtHalf(halved(), inked, w, h, horizontal, all));
  else for (const slope of N.slopes) if (slope !== 0) longest = Math.max(longest, runsAt(inked, w, h, horizontal, slope, all));
  // Lines that run no longer at a slope than level (a screenshot's underline or strike-through) are level:
  // found straight and strictly, so the strokes crossing them stay.
  return photo || longest >= N.tiltedOverLevel * level ? { length: all, straight, longest, tilted: true } : flat;
}

/**
 * Runs along the digital lines of one slope (`into`, when given, keeps each pixel's longest); the longest.
 * Every pixel lies on exactly one of them: offset + shift[i] across at step i along.
 */
function runsAt(inked: Uint8Array, w: number, h: number, horizontal: boolean, slope: number, into?: Uint16Array): number {
  const [along, across] = horizontal ? [w, h] : [h, w];
  const [stepAlong, stepAcross] = horizontal ? [1, w] : [w, 1];
  const shift = new Int32Array(along);
  for (let i = 0; i < along; i++) shift[i] = Math.round(slope * i);
  const end = shift[along - 1];
  let longest = 0;
  for (let offset = -Math.max(0, end); offset < across - Math.min(0, end); offset++) {
    let start = -1;
    for (let i = 0; i <= along; i++) {
      const c = offset + (i < along ? shift[i] : 0);
      if (i < along && c >= 0 && c < across && inked[i * stepAlong + c * stepAcross]) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const run = Math.min(65535, i - start);
      if (run > longest) longest = run;
      if (into) {
        for (let j = start; j < i; j++) {
          const k = j * stepAlong + (offset + shift[j]) * stepAcross;
          if (run > into[k]) into[k] = run;
        }
      }
      start = -1;
    }
  }
  return longest;
}

/**
 * Whether a tilted line `length` long may be there, looked for at half resolution (each pixel the OR of
 * four, which keeps a thin rule whole): most crops have none, and following every slope at full
 * resolution cost a read of a photographed strip a fifth of its time.
 */
function tiltedLinesMayRun({ half, hw, hh }: HalfSize, horizontal: boolean, length: number): boolean {
  // At half size a line is half as long, and where it falls between two slopes it may break once more.
  const needed = (length / 2) * N.halfSizeShare;
  return N.slopes.some((slope) => slope !== 0 && runsAt(half, hw, hh, horizontal, slope) >= needed);
}

/** A half-size copy of `inked`, each pixel the OR of four: a thin rule stays whole. */
interface HalfSize {
  half: Uint8Array;
  hw: number;
  hh: number;
}

function halfSize(inked: Uint8Array, w: number, h: number): HalfSize {
  const [hw, hh] = [Math.ceil(w / 2), Math.ceil(h / 2)];
  const half = borrow(Uint8Array, hw * hh);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (inked[y * w + x]) half[(y >> 1) * hw + (x >> 1)] = 1;
  return { half, hw, hh };
}

/** The tilted runs of `runs` found on the half-size copy: into `all`, doubled, at the pixels that are ink; the longest. */
function tiltedAtHalf({ half, hw, hh }: HalfSize, inked: Uint8Array, w: number, h: number, horizontal: boolean, all: Uint16Array): number {
  const runsHalf = borrow(Uint16Array, hw * hh);
  let longest = 0;
  for (const slope of N.slopes) if (slope !== 0) longest = Math.max(longest, runsAt(half, hw, hh, horizontal, slope, runsHalf));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = y * w + x;
      const run = Math.min(65535, 2 * runsHalf[(y >> 1) * hw + (x >> 1)]);
      if (inked[k] && run > all[k]) all[k] = run;
    }
  }
  return Math.min(65535, 2 * longest);
}

interface Runs {
  /** per pixel, the longest run through it at any slope */
  length: Uint16Array;
  /** per pixel, the run through it along its row or column */
  straight: Uint16Array;
  longest: number;
  /** whether the slopes were followed: the crop has no level line of that length */
  tilted: boolean;
}

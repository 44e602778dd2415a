/**
 * readDigits: RGBA pixels in, a Reading out. Pure: knows nothing of files, tabs or canvases.
 * ink -> segment -> (split proposals) -> normalise -> one batched classification -> layout.
 */
import type * as tf from '@tensorflow/tfjs';
import { Classifier, type Prediction } from './classifier';
import { glyphInput } from './glyph-input';
import { type Choice, fitLength } from './fit-length';
import { arrange, type Glyph, type Group } from './layout';
import { inkPlane, MIN_CONTRAST } from './ink';
import { MAX_GAP as MERGE_GAP, mergeProposals } from './merge';
import { segment } from './pieces';
import { type Box, gapBetween, makePlane, resample } from './plane';
import { MAX_PIXELS } from './scale';
import { splitProposals, splittable } from './split';
import { initTf } from './tf-setup';
import { DEFAULT_OPTIONS, type DigitReading, type ReadOptions, type Reading, type RgbaImage } from './types';

/** Beyond this many glyph candidates the image is noise or a page of text, not a number to read. */
export const MAX_PIECES = 400;
/** The smallest digit height, in the input image's pixels, that is read. */
export const MIN_DIGIT_HEIGHT = 5;
/** A whole piece read this surely is one digit: no cuts are tried. */
const SURE = 0.9;
/**
 * A cut counts when each part reads as a digit at least this surely, even if "not a digit" scores
 * higher: a thin part cut from touching glyphs (the 1 of a 10 px "28175") carries a sliver of its
 * neighbour, which the model doubts. Such a part stays doubtful and is taken in only inside a number.
 */
const PART_FLOOR = 0.3;
/** ... but only in a piece this many times as wide as tall, clearly several glyphs: a '#' (0.9) cut in
 *  two read as 7 and a doubtful 4, and "Order #40719" became 74407. */
const MANY_WIDE = 1.3;
const manyWide = ([, , w, h]: Box) => w >= MANY_WIDE * h;
/** In a narrower piece every part must read at least this surely: a model trained on digits cut from
 *  touching neighbours reads the halves of a '#' as 7s (0.98 and 0.73). Costs two of 1,000 printed
 *  tuning images (a Comfortaa "71" whose 1 reads at 0.73). */
const NARROW_FLOOR = 0.8;

/** Below this share of the text height a piece is short. */
const SHORT = 0.6;

export { MAX_PIXELS };

export class ImageError extends Error {}

export interface Reader {
  read(image: RgbaImage, options?: Partial<ReadOptions>): Reading;
}

export interface ReaderSetup {
  /** the model: a URL (extension) or an IOHandler such as tf.io.fromMemory (Node) */
  model: tf.io.IOHandler | string;
  /** where the tfjs wasm binaries are served, in a browser */
  wasmDir?: string;
}

export async function createReader(setup: ReaderSetup): Promise<Reader> {
  await initTf(setup.wasmDir);
  const classifier = await Classifier.load(setup.model);
  return { read: (image, options) => readDigits(image, { ...DEFAULT_OPTIONS, ...options }, classifier) };
}

export function validateImage(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new ImageError(`invalid image size ${width}x${height}`);
  }
  if (!data || data.length !== width * height * 4) {
    throw new ImageError(`image data has ${data?.length ?? 0} bytes, expected ${width * height * 4} for ${width}x${height} RGBA`);
  }
}

export function readDigits(image: RgbaImage, options: ReadOptions, classifier: Classifier): Reading {
  const started = performance.now();
  validateImage(image);
  const empty = (note: string): Reading => ({
    number: null,
    digits: [],
    groups: [],
    ms: performance.now() - started,
    width: image.width,
    height: image.height,
    notes: [note],
  });
  if (image.width < 4 || image.height < 4) return empty(`the image is too small to hold digits (${image.width}x${image.height})`);
  const notes: string[] = [];
  const { img, factor } = withinBudget(image);
  if (factor < 1) notes.push(`the image was reduced to ${img.width}x${img.height} (over ${MAX_PIXELS / 1e6} megapixels)`);
  const ink = inkPlane(img);
  // Below the least contrast the ink plane is empty (stretchContrast); above it, ink is in it.
  if (ink.contrast < MIN_CONTRAST) return empty('the image is blank: no contrast to read');
  const seg = segment(ink.plane);
  let pieces = seg.pieces;
  if (pieces.length === 0) return empty('no digit-like shapes were found');
  if (pieces.length > MAX_PIECES) {
    notes.push(`${pieces.length} shapes found: only the ${MAX_PIECES} largest were read`);
    pieces = [...pieces].sort((a, b) => b.area - a.area).slice(0, MAX_PIECES);
  }

  const toImage = (box: Box): Box => {
    const k = 1 / (seg.scale * factor);
    const x = Math.floor(box[0] * k);
    const y = Math.floor(box[1] * k);
    return [x, y, Math.max(1, Math.ceil((box[0] + box[2]) * k) - x), Math.max(1, Math.ceil((box[1] + box[3]) * k) - y)];
  };
  const reading = (p: Prediction, box: Box): DigitReading => ({
    digit: p.digit,
    confidence: round(p.confidence),
    box: toImage(box),
    doubtful: p.confidence < options.minConfidence,
    alternatives: p.alternatives.map((a) => ({ digit: a.digit, confidence: round(a.confidence) })),
  });
  const isDigit = (p: Prediction) => p.confidence > p.notDigit;
  // Below this height in the input's own pixels no font draws a legible digit (9 px text has ~6.5 px
  // digits); pieces this small are specks of noise or texture, whatever the model makes of them.
  const legible = (box: Box) => box[3] / (seg.scale * factor) >= MIN_DIGIT_HEIGHT;

  const glyphOf = (p: Prediction, box: Box): Glyph => {
    const r = reading(p, box);
    return isDigit(p) && legible(box) ? { box: r.box, reading: r } : { box: r.box, fallback: { ...r, doubtful: true } };
  };
  // Two batched predictions: every piece whole, then, unless the first settles the reading, the cut
  // proposals of the wide pieces (touching digits, or letters) and the merges of unsure neighbours.
  // Proposing cuts for every wide piece up front cost a third more model time on ordinary print, where
  // almost no digits touch.
  const wholes = classifier.predict(pieces.map((piece) => glyphInput(seg.ink, seg.labels, piece.ids, piece.box)));
  // Read as one sure digit; but a short piece read surely is still more likely a fragment than a digit
  // (the lower half of a handwritten 1 broken in two read as a sure 8): it neither settles the reading
  // nor keeps its neighbour from merging with it.
  const short = (box: Box) => box[3] < SHORT * seg.textHeight;
  const firm = wholes.map((w, i) => w.confidence >= SURE && w.confidence > w.notDigit && !short(pieces[i].box));
  const unsure = pieces.flatMap((p, i) => (firm[i] ? [] : [{ box: toImage(p.box), rejected: wholes[i].notDigit >= SURE }]));
  const firstLook = typeof options.digits === 'number' ? arrange(pieces.map((p, i) => glyphOf(wholes[i], p.box)), options.digits) : undefined;
  const secondLook = !settled(firstLook?.best, options.digits, unsure);
  const inputs: Float32Array[] = [];
  // Cuts of one piece share parts: each distinct part is read once.
  const partAt = new Map<string, number>();
  const plans = pieces.map((piece, i) => {
    // A sure piece wide enough to cut may still be two digits (an old-style 1 touching a 4, read as the 4):
    // its cuts are kept for fitLength, which takes them only when the number is a digit short.
    const splits = !secondLook
      ? []
      : splitProposals(piece, seg, typeof options.digits === 'number' ? options.digits : undefined).map((parts) =>
          parts.map((part) => {
            const key = `${i}:${part.box.join(',')}:${part.slab ? Object.values(part.slab).join(',') : ''}`;
            let at = partAt.get(key);
            if (at === undefined) partAt.set(key, (at = inputs.push(glyphInput(seg.ink, seg.labels, piece.ids, part.box, false, part.slab)) - 1));
            return { box: part.box, at, one: part.one };
          }),
        );
    return { piece, whole: wholes[i], splits };
  });
  const merges = (secondLook ? mergeProposals(pieces, firm, seg.textHeight) : []).map((m) => ({
    ...m,
    at: inputs.push(glyphInput(seg.ink, seg.labels, m.piece.ids, m.piece.box, true)) - 1,
  }));
  const predictions = classifier.predict(inputs);

  const choices: Choice[] = plans.map(({ piece, whole: w, splits }) => {
    type Split = { score: number; parts: { box: Box; p: Prediction }[] };
    let split: Split | undefined;
    const byCount = new Map<number, Split>();
    const many = manyWide(piece.box);
    for (const proposal of splits) {
      const parts = proposal.map((s) => ({ box: s.box, p: predictions[s.at], one: s.one }));
      if (!parts.every((s) => (many ? isDigit(s.p) || s.p.confidence >= PART_FLOOR : isDigit(s.p) && s.p.confidence >= NARROW_FLOOR))) continue;
      // A part cut as a narrow 1 that reads as another digit was cut on a wrong guess (the halves of a '#').
      if (parts.some((s) => s.one && s.p.digit !== 1)) continue;
      const score = Math.exp(parts.reduce((sum, s) => sum + Math.log(s.p.confidence), 0) / parts.length);
      if (!split || score > split.score) split = { score, parts };
      if (score > (byCount.get(parts.length)?.score ?? -1)) byCount.set(parts.length, { score, parts });
    }
    const wholeScore = isDigit(w) ? w.confidence : 0;
    const fewer = split && byCount.get(split.parts.length - 1);
    return {
      whole: [glyphOf(w, piece.box)],
      split: split?.parts.map((part) => glyphOf(part.p, part.box)),
      fewer: fewer?.parts.map((part) => glyphOf(part.p, part.box)),
      chosen: split && split.score > wholeScore + 0.1 ? 'split' : 'whole',
    };
  });
  // Merge two neighbours when the model reads them together as a digit clearly better than apart.
  const score = (p: Prediction) => (isDigit(p) ? p.confidence : 0);
  // A piece well short of the text's height is more likely a fragment than a digit of its own, however
  // surely it reads (half of a handwritten 1 broken in two reads as a sure 1).
  const apart = (i: number) => score(wholes[i]) * (short(pieces[i].box) ? 0.5 : 1);
  // A merge that reads only plausibly (two sure strokes that may be one 0) is offered to fitLength, which
  // takes it when that gives the expected length.
  const plausible = merges.filter(({ pair: [i, j], piece, at }) => {
    const p = predictions[at];
    return choices[i].chosen === 'whole' && choices[j].chosen === 'whole' && isDigit(p) && legible(piece.box) && p.confidence >= 0.5;
  });
  const clear = new Set(plausible.filter(({ pair: [i, j], at }) => predictions[at].confidence > Math.sqrt(apart(i) * apart(j)) + 0.1));
  const merged: (Choice | undefined)[] = [...choices];
  for (const m of [...clear, ...plausible.filter((m) => !clear.has(m))]) {
    const [i, j] = m.pair;
    if (merged[i] !== choices[i] || merged[j] !== choices[j]) continue;
    merged[i] = { whole: [glyphOf(predictions[m.at], m.piece.box)], split: [...choices[i].whole, ...choices[j].whole], chosen: clear.has(m) ? 'whole' : 'split' };
    merged[j] = undefined;
  }
  // Settled, every piece stays whole and fitLength would arrange the same glyphs again.
  const { found, best } = !secondLook && firstLook ? firstLook : fitLength(merged.filter((c) => c !== undefined), options.digits);
  const asGroup = (g: (typeof found)[number]) => ({
    number: g.digits.map((d) => d.digit).join(''),
    digits: g.digits,
    box: g.box,
    confidence: Math.min(...g.digits.map((d) => d.confidence)),
  });
  if (!best && found.length === 0) notes.push('no digits were found');
  else if (!best) notes.push(`no number with ${options.digits} digits was found (read: ${found.map((g) => g.digits.map((d) => d.digit).join('')).join(', ')})`);
  else if (typeof options.digits === 'number' && best.digits.length !== options.digits) {
    notes.push(`no number with ${options.digits} digits was found; showing the closest (${best.digits.length} digits)`);
  }
  return {
    number: best ? asGroup(best).number : null,
    digits: best?.digits ?? [],
    groups: found.map(asGroup),
    ms: performance.now() - started,
    width: image.width,
    height: image.height,
    notes,
  };
}

/**
 * The first batch settles the reading when it holds a number of the expected length read surely
 * throughout, and no unsure piece could join it or outrank it after cuts and merges: none is taller,
 * and on its line and near it none is close enough to merge, wide enough to cut into digits, or anything but
 * surely not a digit. A word before the number ("Code: 40719") then no longer costs a second batch.
 */
function settled(best: Group | undefined, digits: number | 'any', unsure: { box: Box; rejected: boolean }[]): boolean {
  if (!best || best.digits.length !== digits || best.digits.some((d) => d.doubtful || d.confidence < SURE)) return false;
  const [, gy, , gh] = best.box;
  return unsure.every(({ box, rejected }) => {
    const [x, y, w, h] = box;
    if (h > 1.1 * best.height) return false;
    const onLine = Math.min(y + h, gy + gh) - Math.max(y, gy) > 0;
    const gap = Math.max(gapBetween(box, best.box), gapBetween(best.box, box));
    if (!onLine || gap > best.height) return true;
    // Wide enough to cut into digits of the number's height (a lowercase letter is not).
    const wide = splittable([x, y, w, best.height]);
    return rejected && !wide && gap > MERGE_GAP * best.height;
  });
}

function withinBudget(image: RgbaImage): { img: RgbaImage; factor: number } {
  const pixels = image.width * image.height;
  if (pixels <= MAX_PIXELS) return { img: image, factor: 1 };
  const factor = Math.sqrt(MAX_PIXELS / pixels);
  const width = Math.max(1, Math.floor(image.width * factor));
  const height = Math.max(1, Math.floor(image.height * factor));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let c = 0; c < 4; c++) {
    const channel = makePlane(image.width, image.height);
    for (let i = 0; i < channel.data.length; i++) channel.data[i] = image.data[i * 4 + c];
    const small = resample(channel, width, height);
    for (let i = 0; i < small.data.length; i++) data[i * 4 + c] = small.data[i];
  }
  return { img: { width, height, data }, factor: width / image.width };
}

const round = (v: number) => Math.round(v * 1000) / 1000;


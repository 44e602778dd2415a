/**
 * readDigits: RGBA pixels in, a Reading out. Pure: knows nothing of files, tabs or canvases.
 * budget -> ink -> layers -> pieces -> first look (one batch) -> [cut and merge proposals -> second batch ->
 * choose] -> fit the length -> the Reading. The bracketed stages run only when the first look does not
 * settle the reading.
 */
import { withinBudget, withinPieceBudget } from './budget';
import { applyMerges, chooseCuts, lettersStayWhole } from './choose';
import type { Classifier, ModelSource, ReaderMemory } from './classifier';
import { firstLook } from './first-look';
import { type Choice, fitLength } from './fit-length';
import { inkPlane } from './ink';
import type { Group } from './layout';
import { separateLayers } from './layers';
import { markCandidates } from './marks';
import { readNumbers } from './numbers';
import { resolveLocale, resolveOptions } from './options';
import { segment } from './pieces';
import { lending } from './pool';
import { propose } from './proposals';
import { emptyReading, reading } from './result';
import { settledReading } from './settle';
import { TUNABLES } from './tunables';
import type { ReadOptions, Reading, RgbaImage } from './types';
import { viewOf } from './view';

export class ImageError extends Error {}

export interface Reader {
  /** @throws ImageError when the pixels are not a valid RGBA image; OptionError on a bad option */
  /** @param locale the language the numbers are written in (resolveLocale), '' when unknown */
  read(image: RgbaImage, options?: Partial<ReadOptions>, locale?: string): Reading;
  /** what the reader holds: for soak tests and diagnostics */
  memory(): ReaderMemory;
}

export interface ReaderSetup {
  /** the model: a URL (extension) or an IOHandler such as tf.io.fromMemory (Node) */
  model: ModelSource;
  /** where the tfjs wasm binaries are served, in a browser */
  wasmDir?: string;
}

export async function createReader(setup: ReaderSetup): Promise<Reader> {
  const classifier = await loadClassifier(setup.model, setup.wasmDir);
  return { read: (image, options, locale) => readDigits(image, resolveOptions(options), classifier, resolveLocale(locale)), memory: () => classifier.memory() };
}

/** The model on the wasm backend. TensorFlow.js loads here and not before: a context that only needs the
 *  options or the types (the popup, the CLI's --help) does not pay for it. */
export async function loadClassifier(model: ModelSource, wasmDir?: string): Promise<Classifier> {
  const [{ Classifier }] = await Promise.all([import('./classifier'), initBackend(wasmDir)]);
  return Classifier.load(model);
}

/** The wasm backend alone, for training and evaluation in Node. */
export async function initBackend(wasmDir?: string): Promise<void> {
  const { initTf } = await import('./tf-setup');
  await initTf(wasmDir);
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

export function readDigits(image: RgbaImage, options: ReadOptions, classifier: Classifier, locale = ''): Reading {
  return lending(() => readLent(image, options, classifier, locale));
}

function readLent(image: RgbaImage, options: ReadOptions, classifier: Classifier, locale: string): Reading {
  const started = performance.now();
  validateImage(image);
  const { minSide } = TUNABLES.budget;
  if (image.width < minSide || image.height < minSide) return emptyReading(image, started, `the image is too small to hold digits (${image.width}x${image.height})`);
  const notes: string[] = [];
  const { img, factor } = withinBudget(image);
  if (factor < 1) notes.push(`the image was reduced to ${img.width}x${img.height} (over ${TUNABLES.budget.maxPixels / 1e6} megapixels)`);
  const ink = inkPlane(img);
  // Below the least contrast the ink plane is empty (stretchContrast); above it, ink is in it.
  if (ink.contrast < TUNABLES.ink.minContrast) return emptyReading(image, started, 'the image is blank: no contrast to read');
  separateLayers(img, ink);
  const seg = segment(ink.plane);
  if (seg.pieces.length === 0) return emptyReading(image, started, 'no digit-like shapes were found');
  const { pieces, note } = withinPieceBudget(seg.pieces, options.digits);
  if (note) notes.push(note);

  const view = viewOf(seg, factor, options.minConfidence);
  const first = firstLook(pieces, seg, classifier, view);
  const marks = markCandidates(seg, pieces, view);
  // A plus or percent sign is one sign: never a letter that makes the 1 beside it a word ("+1"), never cut into digits (a % as 9 and 6).
  const signs = new Set(marks.flatMap((m) => m.parts ?? (m.piece !== undefined && !first.firm[m.piece] && (m.cross || m.percent) ? [m.piece] : [])));
  for (const i of signs) first.glyphs[i] = { ...first.glyphs[i], sign: true };
  // A % in pieces is no digit whatever its rings and slash read as alone (0, 1 and 0).
  for (const i of marks.flatMap((m) => m.parts ?? [])) {
    first.glyphs[i] = { box: first.glyphs[i].box, sign: true };
    first.firm[i] = false;
  }
  const done = ({ found, best }: { found: Group[]; best?: Group }) =>
    reading(image, started, found, readNumbers(found, best, marks, locale, options.digits), options.digits, notes);
  const settled = settledReading(first, options.digits);
  if (settled) return done(settled);
  const proposals = propose(pieces, seg, first, options.digits);
  const predictions = classifier.predict(proposals.inputs);
  const cuts = chooseCuts(pieces, first, proposals, predictions, view).map((c, i): Choice => (signs.has(i) ? { whole: c.whole, chosen: 'whole' } : c));
  // A sign is never half of a digit either (a %'s upper ring and slash read together as a 9).
  const merges = proposals.merges.filter(({ pair: [i, j] }) => !signs.has(i) && !signs.has(j));
  const choices = applyMerges(lettersStayWhole(cuts, pieces, first), pieces, first, { ...proposals, merges }, predictions, view);
  return done(fitLength(choices, options.digits));
}

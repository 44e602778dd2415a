/** The engine's one door: everything outside src/engine imports from here (a unit test checks it). */
import { TUNABLES } from './tunables';

export { createReader, readDigits, validateImage, ImageError, type Reader, type ReaderSetup } from './read';
export * from './types';
export * from './options';
export { TUNABLES } from './tunables';
export const MAX_PIXELS = TUNABLES.budget.maxPixels;
export { Classifier, type ModelSource, NOT_A_DIGIT } from './classifier';
export { initTf as initBackend } from './tf-setup';
// Training renders glyphs and prepares them exactly as reading does.
export { prepareGlyph } from './glyph-prep';
export { INPUT_SIZE } from './normalize';
export { inkPlane, stretchContrast } from './ink';
export { type Box, makePlane, type Plane, resample } from './plane';

/** The engine's one door: everything outside src/engine imports from here (a unit test checks it). */
export { createReader, initBackend, loadClassifier, readDigits, validateImage, ImageError, type Reader, type ReaderSetup } from './read';
export * from './types';
export * from './options';
export { decimalOf, numberText, numberValue, partsOf, type NumberParts, type NumberValue, withDigits } from './number-value';
export { NUMBER_FORMS, type NumberForm, numberIn, numbersAsLines, numbersAsTable } from './number-forms';
export { TUNABLES } from './tunables';
export { MAX_PIXELS } from './scale';
export type { Classifier, ModelSource, ReaderMemory } from './classifier';
// Training renders glyphs and prepares them exactly as reading does.
export { prepareGlyph } from './glyph-prep';
export { CLASSES, INPUT_SIZE, NOT_A_DIGIT } from './normalize';
export { inkPlane, stretchContrast } from './ink';
export { type Box, makePlane, type Plane, resample } from './plane';

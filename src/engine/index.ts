/** The engine's one door: everything outside src/engine imports from here. */
export { createReader, readDigits, validateImage, ImageError, MAX_PIXELS, type Reader, type ReaderSetup } from './read';
export * from './types';
// Training renders glyphs and prepares them the way reading does.
export { prepareGlyph } from './glyph-prep';
export { inkPlane, stretchContrast } from './ink';
export { type Box, makePlane, type Plane, resample } from './plane';

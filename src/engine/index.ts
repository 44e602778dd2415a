export { createReader, readDigits, validateImage, ImageError, MAX_PIXELS, type Reader, type ReaderSetup } from './read';
export * from './types';

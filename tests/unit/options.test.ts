/** The options schema: defaults, checks, and what the CLI and the extension derive from it. */
import { expect, test } from 'vitest';
import { DEFAULT_OPTIONS, OptionError, parseValue, READ_OPTIONS, resolveOptions, salvageWith } from '../../src/engine';
import { DEFAULT_SETTINGS, readOptions, SETTINGS, validSettings } from '../../src/extension/settings';

test('defaults come from the schema', () => {
  expect(DEFAULT_OPTIONS).toEqual({ digits: 5, minConfidence: 0.7 });
  expect(DEFAULT_SETTINGS).toEqual({ digits: 5, minConfidence: 0.7, copyFormat: 'digits', autoCopy: false, keepImages: true });
  expect(readOptions(DEFAULT_SETTINGS)).toEqual(DEFAULT_OPTIONS);
});

test('values are checked the same way from a flag, a form or storage', () => {
  expect(parseValue(READ_OPTIONS.digits, '7')).toBe(7);
  expect(parseValue(READ_OPTIONS.digits, 7)).toBe(7);
  expect(parseValue(READ_OPTIONS.digits, 'any')).toBe('any');
  expect(() => parseValue(READ_OPTIONS.digits, 'five')).toThrow(/--digits takes a whole number from 1 to 30 or "any", not "five"/);
  expect(() => parseValue(READ_OPTIONS.digits, 31)).toThrow(OptionError);
  expect(() => parseValue(READ_OPTIONS.digits, 2.5)).toThrow(OptionError);
  expect(() => parseValue(READ_OPTIONS.digits, '')).toThrow(OptionError);
  expect(parseValue(READ_OPTIONS.minConfidence, '0.25')).toBe(0.25);
  expect(() => parseValue(READ_OPTIONS.minConfidence, 1.5)).toThrow(/--confidence takes a number from 0 to 1/);
  expect(() => parseValue(SETTINGS.autoCopy, 'yes')).toThrow(/on or off/);
});

test('the reader refuses a bad option and keeps the defaults for those not given', () => {
  expect(resolveOptions({ digits: 'any' })).toEqual({ digits: 'any', minConfidence: 0.7 });
  expect(resolveOptions({ digits: undefined })).toEqual(DEFAULT_OPTIONS);
  expect(() => resolveOptions({ digits: 0 })).toThrow(OptionError);
});

test('stored settings that do not fit fall back to their defaults, one by one', () => {
  expect(validSettings({ digits: 'many', minConfidence: 0.9, autoCopy: true, copyFormat: 'roman', stray: 1 })).toEqual({
    digits: 5,
    minConfidence: 0.9,
    autoCopy: true,
    copyFormat: 'digits',
    keepImages: true,
  });
  expect(validSettings({ copyFormat: 'value' }).copyFormat).toBe('value');
  expect(validSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(salvageWith(READ_OPTIONS, 'garbage')).toEqual(DEFAULT_OPTIONS);
});

import { expect, test } from 'vitest';
import { plainError } from '../../src/extension/plain-error';

test("Chrome's messaging errors become plain words with the next step; nothing raw reaches the user", () => {
  const chrome = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
  expect(plainError(new Error(chrome))).toBe('The reader stopped before it answered. Try again.');
  expect(plainError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('The reader stopped before it answered. Try again.');
  expect(plainError(new Error('Extension context invalidated.'))).toMatch(/reload the page/);
  expect(plainError(new Error('The canvas has no pixels'))).toBe('There was nothing to read in that area. Try again.');
  expect(plainError(new Error('loading.. Try'))).toBe('The read failed. Try again.');
  expect(plainError('weird')).not.toMatch(/weird/);
});

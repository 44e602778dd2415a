import { expect, test } from 'vitest';
import { MAX_PIXELS } from '../../src/engine';
import { MAX_DRAWN_PIXELS } from '../../src/extension/content/image-pixels';

test("the content script draws a right-clicked image no larger than the engine reads it (the engine's pixel budget)", () => {
  expect(MAX_DRAWN_PIXELS).toBe(MAX_PIXELS);
});

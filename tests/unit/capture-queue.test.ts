/** The capture queue against a stand-in for Chrome's captureVisibleTab that enforces its real quota (two calls a second). */
import { expect, test } from 'vitest';

test('reads started at once are all captured, in order, never faster than the quota allows', async () => {
  const calls: number[] = [];
  (globalThis as unknown as { chrome: unknown }).chrome = {
    tabs: {
      captureVisibleTab: async (windowId: number) => {
        const now = Date.now();
        // Chrome refuses a third call within a second.
        if (calls.filter((t) => now - t < 1000).length >= 2) throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
        calls.push(now);
        return `data:image/png;base64,${windowId}-${calls.length}`;
      },
    },
  };
  const { captureVisible } = await import('../../src/extension/background/capture');
  const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => captureVisible(i)));
  expect(results.map((r) => r.status)).toEqual(Array(8).fill('fulfilled'));
  // In the order they were asked for.
  expect(results.map((r) => (r as PromiseFulfilledResult<string>).value)).toEqual(Array.from({ length: 8 }, (_, i) => `data:image/png;base64,${i}-${i + 1}`));
  for (let i = 1; i < calls.length; i++) expect(calls[i] - calls[i - 1]).toBeGreaterThanOrEqual(500);
}, 30_000);

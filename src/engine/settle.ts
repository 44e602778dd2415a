/**
 * Whether the first look settles the reading, so no cuts or merges need reading: it holds a number of
 * the expected length read surely throughout, and no unsure piece could join it or outrank it after cuts
 * and merges. A word before the number ("Code: 40719") then costs no second batch.
 */
import type { FirstLook } from './first-look';
import { arrange, type Group } from './layout';
import { type Box, gapBetween } from './plane';
import { splittable } from './split';
import { TUNABLES } from './tunables';

/** The first look's numbers when they settle the reading; undefined when a second look is needed. */
export function settledReading(first: FirstLook, digits: number | 'any'): { found: Group[]; best?: Group } | undefined {
  if (typeof digits !== 'number') return undefined;
  const look = arrange(first.glyphs, digits);
  return settles(look.best, digits, first.unsure) ? look : undefined;
}

function settles(best: Group | undefined, digits: number, unsure: FirstLook['unsure']): boolean {
  if (!best || best.digits.length !== digits || best.digits.some((d) => d.doubtful || d.confidence < TUNABLES.classify.sure)) return false;
  const [, gy, , gh] = best.box;
  return unsure.every(({ box, rejected }) => {
    const [x, y, w, h] = box;
    if (h > TUNABLES.settle.taller * best.height) return false;
    const onLine = Math.min(y + h, gy + gh) - Math.max(y, gy) > 0;
    const gap = Math.max(gapBetween(box, best.box), gapBetween(best.box, box));
    // Further than the number's height, it could join nothing.
    if (!onLine || gap > best.height) return true;
    // Wide enough to cut into digits of the number's height (a lowercase letter is not).
    const wide = splittable([x, y, w, best.height] as Box);
    return rejected && !wide && gap > TUNABLES.merge.maxGap * best.height;
  });
}

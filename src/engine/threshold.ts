import { histogram } from './histogram';
import type { Plane } from './plane';

/** Otsu's threshold of a plane with values in [0, 1]: the level that best separates two classes. */
export function otsuLevel(plane: Plane, bins = 256): number {
  const hist = histogram(plane.data, bins);
  const total = plane.data.length;
  let sumAll = 0;
  for (let i = 0; i < bins; i++) sumAll += i * hist[i];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let level = bins / 2;
  for (let i = 0; i < bins; i++) {
    wB += hist[i];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += i * hist[i];
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      level = i;
    }
  }
  return (level + 1) / bins;
}

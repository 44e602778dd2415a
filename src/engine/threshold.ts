/**
 * Ink to foreground: Otsu's level, and the hysteresis threshold that reading and training both use.
 */
import { connectedComponents } from './components';
import { histogram } from './histogram';
import type { Box, Plane } from './plane';
import { TUNABLES } from './tunables';

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

/** The level ink reaches somewhere in each of its shapes: Otsu's, never below the floor. */
export const inkLevel = (ink: Plane) => Math.max(otsuLevel(ink), TUNABLES.threshold.otsuFloor);

export interface Component {
  box: Box;
  area: number;
}

export interface InkComponents {
  /** component label per pixel (0 = background); a faint component's pixels are 0 */
  labels: Int32Array;
  /** index = label; a faint component keeps its number with an empty box at the origin and no area */
  comps: Component[];
  /** the strong level (inkLevel) */
  level: number;
}

/**
 * Ink is what clears a low threshold, in components that reach the Otsu level somewhere (hysteresis, as
 * in Canny's edges): a hairline a little fainter than the strokes it joins keeps a glyph in one piece,
 * and faint smudges with no stroke in them stay background.
 */
export function inkComponents(ink: Plane): InkComponents {
  const { weakShare } = TUNABLES.threshold;
  const level = inkLevel(ink);
  const { labels, boxes, areas, peaks } = connectedComponents(ink.data, ink.width, ink.height, weakShare * level);
  const strong = peaks.map((peak) => peak > level);
  // Faint components are cleared box by box (they are mostly specks), or in one pass when their boxes cover more than the plane.
  let faintArea = 0;
  for (let l = 1; l < boxes.length; l++) if (!strong[l]) faintArea += boxes[l][2] * boxes[l][3];
  if (faintArea > labels.length) {
    for (let i = 0; i < labels.length; i++) if (labels[i] !== 0 && !strong[labels[i]]) labels[i] = 0;
  } else if (faintArea > 0) {
    for (let l = 1; l < boxes.length; l++) {
      if (strong[l]) continue;
      const [x, y, w, h] = boxes[l];
      for (let r = y; r < y + h; r++) for (let i = r * ink.width + x, end = i + w; i < end; i++) if (labels[i] === l) labels[i] = 0;
    }
  }
  return { level, labels, comps: boxes.map((box, l) => (strong[l] ? { box, area: areas[l] } : { box: [0, 0, 0, 0], area: 0 })) };
}

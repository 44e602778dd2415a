/** Where the card goes: beside the selection (below, above, right, left), never over it or over the field
 *  it would fill, inside the viewport; in document coordinates, so it stays with the content as the page scrolls. */
import type { CssRect } from '../messages';

const GAP = 8;

const overlaps = (a: CssRect, b: CssRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface Placement {
  /** in document coordinates */
  left: number;
  top: number;
  /** no place beside the selection was free: the card covers part of it */
  coversSelection: boolean;
}

export function place(size: { width: number; height: number }, anchor: CssRect | undefined, avoid: CssRect[]): Placement {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = document.documentElement.clientHeight || window.innerHeight;
  const { width, height } = size;
  const a = anchor ?? { x: vw / 2 - width / 2, y: GAP, width: 0, height: 0 };
  const clampX = (x: number) => Math.min(Math.max(GAP, x), Math.max(GAP, vw - width - GAP));
  const clampY = (y: number) => Math.min(Math.max(GAP, y), Math.max(GAP, vh - height - GAP));
  // Beside the selection, then beside the selection and the field together (a field right under its number).
  const all = [a, ...avoid];
  const u = { x: Math.min(...all.map((r) => r.x)), y: Math.min(...all.map((r) => r.y)) };
  const union = { ...u, width: Math.max(...all.map((r) => r.x + r.width)) - u.x, height: Math.max(...all.map((r) => r.y + r.height)) - u.y };
  const candidates: CssRect[] = [a, union].flatMap((b) => [
    { x: clampX(b.x), y: b.y + b.height + GAP, width, height },
    { x: clampX(b.x), y: b.y - height - GAP, width, height },
    { x: b.x + b.width + GAP, y: clampY(b.y), width, height },
    { x: b.x - width - GAP, y: clampY(b.y), width, height },
  ]);
  const inView = (r: CssRect) => r.x >= 0 && r.y >= 0 && r.x + r.width <= vw && r.y + r.height <= vh;
  const blocked = anchor ? [anchor, ...avoid] : avoid;
  const free = candidates.find((r) => inView(r) && !blocked.some((b) => overlaps(r, b))) ?? candidates.find((r) => inView(r) && !(anchor && overlaps(r, anchor)));
  const chosen = free ?? { x: clampX(vw - width), y: clampY(vh - height), width, height };
  return { left: chosen.x + window.scrollX, top: chosen.y + window.scrollY, coversSelection: !free && !!anchor && overlaps(chosen, anchor) };
}

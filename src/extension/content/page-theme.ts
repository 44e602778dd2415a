/** Whether the card should be dark: the page's own background where the number is, or, where the page
 *  sets none (transparent all the way up), the system's prefers-color-scheme. */
import type { CssRect } from '../messages';

function opaqueBackground(el: Element | null): [number, number, number] | undefined {
  for (let e = el; e; e = e.parentElement) {
    const m = getComputedStyle(e).backgroundColor.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) return [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return undefined;
}

export function prefersDark(anchor: CssRect | undefined): boolean {
  const at = anchor ? document.elementFromPoint(anchor.x + anchor.width / 2, anchor.y + anchor.height / 2) : document.body;
  const rgb = opaqueBackground(at) ?? opaqueBackground(document.body);
  if (rgb) return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255 < 0.45;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

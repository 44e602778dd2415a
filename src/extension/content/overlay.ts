/** The region selection: a full-viewport overlay with a crosshair; drag draws a rectangle showing its size;
 *  Esc cancels. Resolves with the rectangle in viewport CSS pixels once the overlay is gone from screen.
 *  Only the user's own input counts: events a page script dispatches (not trusted) are ignored. */
import { t } from '../i18n';
import type { CssRect } from '../messages';
import { createHost } from './shadow-host';

const STYLE = `
.layer { position: fixed; inset: 0; cursor: crosshair; pointer-events: auto; background: rgba(0,0,0,0.08); }
.rect { position: fixed; border: 2px solid #1c7ed6; background: rgba(28,126,214,0.12); box-sizing: border-box; display: none; }
.size { position: fixed; font: 12px/1.4 system-ui, sans-serif; color: #fff; background: #1c7ed6; padding: 1px 6px; border-radius: 3px; display: none; }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); font: 13px/1.4 system-ui, sans-serif; color: #fff; background: rgba(0,0,0,0.75); padding: 6px 12px; border-radius: 6px; }
`;

/** A selection narrower or lower than this (CSS pixels) is a click, not a region. */
const MIN_SIDE = 3;

export function selectRegion(): Promise<CssRect | undefined> {
  return new Promise((resolve) => {
    const { host, root } = createHost('digit-reader-overlay');
    root.innerHTML = `<style>${STYLE}</style><div class="layer" data-testid="overlay"><div class="hint" data-testid="overlay-hint"></div><div class="rect"></div><div class="size"></div></div>`;
    const layer = root.querySelector<HTMLElement>('.layer')!;
    const hint = root.querySelector<HTMLElement>('.hint')!;
    const rectEl = root.querySelector<HTMLElement>('.rect')!;
    const sizeEl = root.querySelector<HTMLElement>('.size')!;
    hint.textContent = t('overlayHint');
    let start: { x: number; y: number } | undefined;
    let current: CssRect | undefined;

    const finish = (rect: CssRect | undefined) => {
      window.removeEventListener('keydown', onKey, true);
      host.remove();
      // Two frames: the overlay must be off screen before the tab is captured.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(rect)));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        finish(undefined);
      }
    };
    window.addEventListener('keydown', onKey, true);
    // The pointer is captured: a drag that ends past the overlay (on a scrollbar, outside the window) still
    // ends the selection, at the viewport's edge.
    const clamp = (e: PointerEvent) => ({ x: Math.min(Math.max(0, e.clientX), window.innerWidth), y: Math.min(Math.max(0, e.clientY), window.innerHeight) });
    layer.addEventListener('pointerdown', (e) => {
      if (!e.isTrusted || e.button !== 0) return;
      e.preventDefault();
      layer.setPointerCapture(e.pointerId);
      start = clamp(e);
      current = { ...start, width: 0, height: 0 };
    });
    layer.addEventListener('pointermove', (e) => {
      if (!e.isTrusted || !start) return;
      const at = clamp(e);
      current = {
        x: Math.min(start.x, at.x),
        y: Math.min(start.y, at.y),
        width: Math.abs(at.x - start.x),
        height: Math.abs(at.y - start.y),
      };
      Object.assign(rectEl.style, { display: 'block', left: `${current.x}px`, top: `${current.y}px`, width: `${current.width}px`, height: `${current.height}px` });
      Object.assign(sizeEl.style, { display: 'block', left: `${current.x}px`, top: `${Math.max(0, current.y - 22)}px` });
      sizeEl.textContent = `${Math.round(current.width)} × ${Math.round(current.height)}`;
    });
    layer.addEventListener('pointerup', (e) => {
      if (!e.isTrusted || !start) return;
      start = undefined;
      if (current && current.width >= MIN_SIDE && current.height >= MIN_SIDE) return finish(current);
      // A click or a slip of the mouse: say so and let the user drag again.
      rectEl.style.display = 'none';
      sizeEl.style.display = 'none';
      hint.textContent = t('overlayTooSmall');
    });
  });
}

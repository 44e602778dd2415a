/**
 * The result card shown near the selection or image: the number in large type, every digit's
 * confidence (doubtful ones marked; clicking one offers its next-best alternatives), Copy and Fill.
 * Esc or a click elsewhere dismisses it.
 */
import type { DigitReading } from '../../engine';
import { type CssRect, type ReadOutcome, sendMessage } from '../messages';
import { picked } from '../correction';
import { copyText } from './copy';
import { type FillTarget, fill } from './fill';
import { createHost } from './shadow-host';

const STYLE = `
.card { position: fixed; pointer-events: auto; min-width: 220px; max-width: 360px; background: #fff; color: #212529;
  border: 1px solid #ced4da; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,0.22); padding: 12px 14px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.number { font: 600 30px/1.2 ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: 0.06em; display: flex; gap: 2px; flex-wrap: wrap; }
.digit { cursor: pointer; border-radius: 4px; padding: 0 2px; position: relative; border-bottom: 3px solid #2b8a3e; }
.digit.doubtful { border-bottom-color: #e67700; background: #fff4e6; }
.digit:hover { background: #e7f5ff; }
.conf { font-size: 11px; color: #495057; margin-top: 4px; }
.alts { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
.alts button, .actions button { font: inherit; border: 1px solid #adb5bd; background: #f8f9fa; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
.actions button.primary { background: #1c7ed6; border-color: #1c7ed6; color: #fff; }
.actions button:disabled { opacity: 0.5; cursor: default; }
.error { color: #c92a2a; }
.note { color: #868e96; font-size: 11px; margin-top: 6px; }
.status { color: #2b8a3e; font-size: 12px; margin-left: auto; align-self: center; }
`;

const pct = (v: number) => `${Math.round(v * 100)}%`;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function showCard(outcome: ReadOutcome, anchor: CssRect | undefined, fillTarget: FillTarget | undefined): void {
  const { host, root } = createHost('digit-reader-card');
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('data-testid', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'Digit Reader result');
  root.innerHTML = `<style>${STYLE}</style>`;
  root.append(card);

  let digits: DigitReading[] = outcome.ok ? outcome.reading.digits.map((d) => ({ ...d })) : [];
  const numberText = () => digits.map((d) => d.digit).join('');
  let status = '';

  const render = (altsFor?: number) => {
    if (!outcome.ok) {
      card.innerHTML = `<div class="error" data-testid="card-error">${esc(outcome.error)}</div>`;
      return;
    }
    const notes = outcome.reading.notes.map((n) => `<div class="note">${esc(n)}</div>`).join('');
    if (digits.length === 0) {
      card.innerHTML = `<div class="error" data-testid="card-error">No digits found here.</div>${notes}`;
      return;
    }
    const spans = digits
      .map(
        (d, i) =>
          `<span class="digit${d.doubtful ? ' doubtful' : ''}" data-i="${i}" data-testid="card-digit" title="${pct(d.confidence)} sure — click for alternatives">${d.digit}</span>`,
      )
      .join('');
    const alts =
      altsFor === undefined
        ? ''
        : `<div class="alts">${digits[altsFor].alternatives
            .map((a) => `<button data-alt="${a.digit}" data-i="${altsFor}">${a.digit} · ${pct(a.confidence)}</button>`)
            .join('')}</div>`;
    card.innerHTML = `
      <div class="number" data-testid="card-number" aria-label="${numberText()}">${spans}</div>
      <div class="conf">${digits.map((d) => `${d.digit}: ${pct(d.confidence)}`).join(' · ')}</div>
      ${alts}
      <div class="actions">
        <button class="primary" data-action="copy" data-testid="card-copy">Copy</button>
        <button data-action="fill" data-testid="card-fill" ${fillTarget ? `title="Type it into ${esc(fillTarget.label)}"` : 'disabled title="Click into a field you can type in before selecting, to fill it"'}>Fill</button>
        <span class="status" data-testid="card-status">${esc(status)}</span>
      </div>${notes}`;
  };

  const close = () => {
    host.remove();
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('mousedown', onOutside, true);
  };
  // Only the user's own input acts on the card: a page script's events (not trusted) cannot pick a digit,
  // copy or fill.
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted && e.key === 'Escape') close();
  };
  // Clicks inside the shadow root are retargeted to the host: anything else is outside.
  const onOutside = (e: MouseEvent) => {
    if (e.isTrusted && !e.composedPath().includes(host)) close();
  };
  card.addEventListener('click', async (e) => {
    if (!e.isTrusted) return;
    const t = e.target as HTMLElement;
    const i = t.dataset.i !== undefined ? Number(t.dataset.i) : undefined;
    if (t.dataset.alt !== undefined && i !== undefined) {
      const chosen = picked(digits[i], Number(t.dataset.alt));
      if (!chosen) return;
      digits = digits.map((x, k) => (k === i ? chosen : x));
      // Saved into the stored reading, so the popup and the history show what the user settled on.
      if (outcome.ok) {
        const saved = await sendMessage('correctReading', { id: outcome.reading.id, digits: digits.map((x) => x.digit) }).catch(() => ({ ok: false }));
        status = saved.ok ? '' : 'The correction was not saved';
      }
      render();
    } else if (t.classList.contains('digit') && i !== undefined) {
      render(i);
    } else if (t.dataset.action === 'copy') {
      status = (await copyText(numberText())) ? 'Copied' : 'Copy failed';
      render();
    } else if (t.dataset.action === 'fill' && fillTarget) {
      if (fill(fillTarget, numberText())) return close();
      status = 'The field is no longer on the page';
      render();
    }
  });
  render();
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('mousedown', onOutside, true);
  position(card, anchor);
  if (outcome.ok && outcome.autoCopy && digits.length) {
    void copyText(numberText()).then((ok) => {
      status = ok ? 'Copied' : '';
      render();
    });
  }
}

function position(card: HTMLElement, anchor: CssRect | undefined): void {
  const { width, height } = card.getBoundingClientRect();
  const a = anchor ?? { x: window.innerWidth / 2 - width / 2, y: 40, width, height: 0 };
  let top = a.y + a.height + 8;
  if (top + height > window.innerHeight - 8) top = Math.max(8, a.y - height - 8);
  const left = Math.min(Math.max(8, a.x), Math.max(8, window.innerWidth - width - 8));
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
}

/**
 * The result card: it opens at mouse-up saying "Reading…", then shows the number in large type (the doubtful
 * digits marked, each digit a button offering its alternatives as chips), the number as written with its value,
 * the region's other numbers to pick, Copy, Copy all and Fill. It takes the focus (Enter copies, Esc closes, Tab
 * reaches every control) and gives it back to the page's field on close.
 */
import type { DigitReading, NumberForm, NumberReading } from '../../engine';
import { picked } from '../correction';
import { t } from '../i18n';
import { type CssRect, type ReadOutcome, sendMessage } from '../messages';
import { allNumbersText, asDigits, chosenNumber, fillText, otherNumbers, withPicked } from '../numbers';
import { place } from './card-place';
import { CARD_STYLE } from './card-style';
import { copyText } from './copy';
import { h, icon } from './dom';
import { type FillTarget, fill } from './fill';
import { prefersDark } from './page-theme';
import { createHost } from './shadow-host';

const pct = (v: number) => `${Math.round(v * 100)}%`;
/** The other numbers offered as chips; Copy all has every one. */
const MAX_CHIPS = 8;

export interface Card {
  /** the capture is taken: a card that had to cover the selection may show now */
  captured(): void;
  show(outcome: ReadOutcome): void;
}

export function openCard(anchor: CssRect | undefined, fillTarget: FillTarget | undefined): Card {
  const { host, root } = createHost('digit-reader-card', { scrollsWithPage: true });
  const returnFocus = fillTarget?.element ?? (document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
  const card = h('div', { class: `card waiting${prefersDark(anchor) ? ' dark' : ''}`, 'data-testid': 'card', role: 'dialog', 'aria-label': t('cardLabel'), tabindex: -1 });
  const body = h('div', { class: 'body' });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t('cardClose'), 'data-testid': 'card-close' }, '×');
  card.append(h('header', {}, icon(16), h('span', { class: 'name' }, t('extName')), close), body);
  root.append(h('style', {}, CARD_STYLE), card);

  let outcome: ReadOutcome | undefined;
  let digits: DigitReading[] = [];
  /** the number shown, as read (its digits as the user settled them are `digits`) */
  let shown: NumberReading | undefined;
  let form: NumberForm = 'digits';
  let openDigit: number | undefined;
  let status = '';
  const numberText = () => digits.map((d) => d.digit).join('');
  const current = () => (shown ? withPicked(shown, digits, outcome?.ok ? outcome.reading.locale : '') : undefined);
  const others = () => (outcome?.ok ? otherNumbers(outcome.reading, shown) : []);

  const render = () => {
    const focused = (root.activeElement as HTMLElement | null)?.dataset.testid;
    body.replaceChildren(...content().filter((n): n is Node => n instanceof Node));
    // A re-render keeps the keyboard where it was.
    if (focused) root.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  };

  const content = (): (Node | false | undefined)[] => {
    if (!outcome) return [h('div', { class: 'reading', role: 'status', 'data-testid': 'card-reading' }, t('cardReading'))];
    if (!outcome.ok) return [h('div', { class: 'error', role: 'alert', 'data-testid': 'card-error' }, outcome.error)];
    const notes = outcome.reading.notes.map((n) => h('div', { class: 'note' }, n));
    if (digits.length === 0) return [h('div', { class: 'error', role: 'alert', 'data-testid': 'card-error' }, t('cardNoDigits')), ...notes];
    const number = h(
      'div',
      { class: 'number', role: 'group', 'aria-label': numberText(), 'data-testid': 'card-number' },
      ...digits.map((d, i) =>
        h(
          'button',
          {
            type: 'button',
            class: `digit${d.doubtful ? ' doubtful' : ''}`,
            'data-i': i,
            'data-testid': `card-digit-${i}`,
            'aria-expanded': d.alternatives.length ? String(openDigit === i) : undefined,
            'aria-label': d.doubtful ? t('cardDoubtfulDigit', i + 1, d.digit, pct(d.confidence)) : t('cardDigit', i + 1, d.digit),
          },
          String(d.digit),
        ),
      ),
    );
    const doubtful = digits.flatMap((d, i) => (d.doubtful ? [t('cardDoubtfulOne', i + 1, pct(d.confidence))] : []));
    const n = current();
    // As written only when the page writes it otherwise than its digits (separators, a sign, a percent).
    const written =
      n && n.text !== n.digits
        ? h(
            'div',
            { class: 'written', 'data-testid': 'card-written' },
            [t('cardAsWritten', n.text), n.plain && n.plain !== n.text ? t('cardValue', n.plain) : '', n.ambiguous ? t('cardAmbiguous') : ''].filter(Boolean).join(' · '),
          )
        : undefined;
    const rest = others();
    const chips =
      rest.length > 0
        ? h(
            'div',
            { class: 'others', role: 'group', 'aria-label': t('cardOthers'), 'data-testid': 'card-others' },
            h('span', { class: 'label' }, t('cardOthers')),
            ...rest
              .slice(0, MAX_CHIPS)
              .map((o, k) => h('button', { type: 'button', 'data-pick': k, 'data-testid': `card-other-${k}`, 'aria-label': t('cardPickNumber', o.text) }, o.text)),
            rest.length > MAX_CHIPS ? h('span', { class: 'label' }, t('cardMoreNumbers', rest.length - MAX_CHIPS)) : false,
          )
        : undefined;
    const alts =
      openDigit !== undefined && digits[openDigit].alternatives.length
        ? h(
            'div',
            { class: 'alts', role: 'group', 'aria-label': t('cardAlternatives', openDigit + 1) },
            ...digits[openDigit].alternatives.map((a, k) =>
              h('button', { type: 'button', 'data-alt': a.digit, 'data-i': openDigit, 'data-testid': `card-alt-${k}` }, t('cardAlternative', a.digit, pct(a.confidence))),
            ),
          )
        : undefined;
    const fillButton = h(
      'button',
      { type: 'button', 'data-action': 'fill', 'data-testid': 'card-fill', disabled: !fillTarget, 'aria-describedby': fillTarget ? undefined : 'fill-why' },
      fillTarget ? t('cardFill', fillTarget.label) : t('cardFillNone'),
    );
    return [
      number,
      written,
      doubtful.length > 0 && h('div', { class: 'conf', 'data-testid': 'card-doubtful' }, t('cardDoubtful', doubtful.join(', '))),
      alts,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'copy', 'data-testid': 'card-copy' }, t('cardCopy')),
        rest.length > 0 && h('button', { type: 'button', 'data-action': 'copy-all', 'data-testid': 'card-copy-all' }, t('cardCopyAll')),
        fillButton,
        h('span', { class: 'status', role: 'status', 'data-testid': 'card-status' }, status),
      ),
      chips,
      !fillTarget && h('div', { class: 'note', id: 'fill-why', 'data-testid': 'card-fill-why' }, t('cardFillWhy')),
      ...notes,
    ];
  };

  const copy = async () => {
    const n = current();
    status = (await copyText(n ? fillText(n, form, false) : numberText())) ? t('cardCopied') : t('cardCopyFailed');
    render();
  };
  const copyAll = async () => {
    const all = outcome?.ok ? (outcome.reading.numbers ?? []) : [];
    status = (await copyText(allNumbersText(all, form))) ? t('cardCopiedAll', all.length) : t('cardCopyFailed');
    render();
  };

  const dismiss = () => {
    host.remove();
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('mousedown', onOutside, true);
    if (returnFocus?.isConnected && host.contains(document.activeElement) === false) returnFocus.focus({ preventScroll: true });
  };

  // Only the user's own input acts on the card: a page script's events (not trusted) cannot pick a digit,
  // copy, fill or close it.
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      dismiss();
    } else if (e.key === 'Enter' && root.activeElement === card && outcome?.ok && digits.length) {
      // On a button Enter presses that button; on the card itself it copies.
      e.preventDefault();
      void copy();
    }
  };
  // Clicks inside the shadow root are retargeted to the host: anything else is outside.
  const onOutside = (e: MouseEvent) => {
    if (e.isTrusted && !e.composedPath().includes(host)) dismiss();
  };

  card.addEventListener('click', async (e) => {
    if (!e.isTrusted) return;
    const target = (e.target as HTMLElement).closest('button');
    if (!target) return;
    const i = target.dataset.i !== undefined ? Number(target.dataset.i) : undefined;
    if (target === close) {
      dismiss();
    } else if (target.dataset.alt !== undefined && i !== undefined) {
      const chosen = picked(digits[i], Number(target.dataset.alt));
      if (!chosen) return;
      digits = digits.map((x, k) => (k === i ? chosen : x));
      openDigit = undefined;
      // Saved into the stored reading, so the popup and the history show what the user settled on.
      if (outcome?.ok) {
        const saved = await sendMessage('correctReading', { id: outcome.reading.id, digits: digits.map((x) => x.digit) }).catch(() => ({ ok: false }));
        status = saved.ok ? '' : t('cardNotSaved');
      }
      render();
      root.querySelector<HTMLElement>(`[data-testid="card-digit-${i}"]`)?.focus();
    } else if (target.classList.contains('digit') && i !== undefined) {
      openDigit = openDigit === i ? undefined : i;
      render();
    } else if (target.dataset.pick !== undefined) {
      const next = others()[Number(target.dataset.pick)];
      if (!next) return;
      shown = next;
      digits = asDigits(next);
      openDigit = undefined;
      status = '';
      render();
      root.querySelector<HTMLElement>('[data-testid="card-copy"]')?.focus();
    } else if (target.dataset.action === 'copy') {
      await copy();
    } else if (target.dataset.action === 'copy-all') {
      await copyAll();
    } else if (target.dataset.action === 'fill' && fillTarget) {
      const n = current();
      const numberField = fillTarget.element instanceof HTMLInputElement && fillTarget.element.type === 'number';
      if (fill(fillTarget, n ? fillText(n, form, numberField) : numberText())) return dismiss();
      status = t('cardFieldGone');
      render();
    }
  });

  let coversSelection = false;
  const reveal = () => card.classList.remove('waiting');
  const placeCard = () => {
    const box = card.getBoundingClientRect();
    const avoid = fillTarget?.element.isConnected ? [fillTarget.element.getBoundingClientRect()] : [];
    const spot = place({ width: box.width, height: box.height }, anchor, avoid);
    coversSelection = spot.coversSelection;
    card.style.left = `${spot.left}px`;
    card.style.top = `${spot.top}px`;
  };

  render();
  placeCard();
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('mousedown', onOutside, true);
  // A card over the selection would be in the capture: it waits until the capture is taken.
  if (!coversSelection) reveal();
  card.focus({ preventScroll: true });

  return {
    captured: reveal,
    show(result) {
      outcome = result;
      digits = result.ok ? result.reading.digits.map((d) => ({ ...d })) : [];
      shown = result.ok ? chosenNumber(result.reading) : undefined;
      form = result.ok ? result.copyFormat : 'digits';
      render();
      placeCard();
      reveal();
      card.focus({ preventScroll: true });
      if (result.ok && result.autoCopy && digits.length) void copy();
    },
  };
}

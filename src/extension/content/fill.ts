/** Puts the number into the field that had focus before the selection, the way typing would: the
 *  native value setter (so React/Vue see a change) and then input and change events. */
export type Fillable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export function fillableTarget(el: Element | null): Fillable | undefined {
  if (el instanceof HTMLInputElement && !['button', 'submit', 'checkbox', 'radio', 'file', 'image', 'reset', 'hidden'].includes(el.type)) return el;
  if (el instanceof HTMLTextAreaElement) return el;
  if (el instanceof HTMLElement && el.isContentEditable) return el;
  return undefined;
}

export function fill(target: Fillable, value: string): void {
  target.focus();
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    const proto = target instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(target, value);
  } else {
    target.textContent = value;
  }
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

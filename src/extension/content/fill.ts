/** Puts the number into the field that had focus before the selection, the way typing would: the
 *  native value setter (so React/Vue see a change) and then input and change events. */
export type Fillable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** The field remembered at the start of a selection, and how to find it again if the page re-rendered it. */
export interface FillTarget {
  element: Fillable;
  id: string;
  name: string | null;
  /** tag and position among its siblings, from the body down */
  path: string;
  /** how a person would call it: its label, placeholder or name */
  label: string;
}

const NOT_TEXT = ['button', 'submit', 'checkbox', 'radio', 'file', 'image', 'reset', 'hidden', 'range', 'color'];

/** A field the user could type into: not a button, and neither read-only nor disabled. */
function fillable(el: Element | null): Fillable | undefined {
  if (el instanceof HTMLInputElement) return NOT_TEXT.includes(el.type) || el.readOnly || el.disabled ? undefined : el;
  if (el instanceof HTMLTextAreaElement) return el.readOnly || el.disabled ? undefined : el;
  if (el instanceof HTMLElement && el.isContentEditable) return el;
  return undefined;
}

export function fillableTarget(el: Element | null): FillTarget | undefined {
  const element = fillable(el);
  if (!element) return undefined;
  const labelled = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent?.trim() : undefined;
  const placeholder = element.getAttribute('placeholder') ?? element.getAttribute('aria-label');
  return { element, id: element.id, name: element.getAttribute('name'), path: pathOf(element), label: labelled || placeholder || element.getAttribute('name') || 'the field' };
}

function pathOf(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e !== document.body && e.parentElement; e = e.parentElement) {
    const same = [...e.parentElement.children].filter((c) => c.tagName === e?.tagName);
    steps.unshift(`${e.tagName.toLowerCase()}:nth-of-type(${same.indexOf(e) + 1})`);
  }
  return steps.join(' > ');
}

/** The remembered field, or the one that took its place (same id, name or position) when the page re-rendered it. */
export function currentField(target: FillTarget): Fillable | undefined {
  if (target.element.isConnected) return fillable(target.element);
  const byId = target.id ? document.getElementById(target.id) : null;
  const byName = target.name ? document.getElementsByName(target.name)[0] : null;
  let byPath: Element | null = null;
  try {
    byPath = target.path ? document.body.querySelector(`:scope > ${target.path}`) : null;
  } catch {
    // a path the page's markup no longer parses to
  }
  return fillable(byId) ?? fillable(byName) ?? fillable(byPath);
}

/** @returns whether the field was there to fill */
export function fill(target: FillTarget, value: string): boolean {
  const field = currentField(target);
  if (!field) return false;
  field.focus();
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    const proto = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  } else {
    field.textContent = value;
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

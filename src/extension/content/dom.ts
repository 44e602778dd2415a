/** Elements built with the DOM's own calls, never from HTML strings: text is always text, whatever it holds. */
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | false | undefined)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== false) el.append(child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The extension's icon (a dashed selection around a 5), drawn inline: a page-reachable image URL would let
 *  any site detect the extension. */
export function icon(size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 48 48');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const parts: [string, Record<string, string>][] = [
    ['rect', { x: '2', y: '2', width: '44', height: '44', rx: '9', fill: '#1c7ed6' }],
    ['rect', { x: '8', y: '8', width: '32', height: '32', rx: '3', fill: 'none', stroke: '#fff', 'stroke-width': '3', 'stroke-dasharray': '5 4' }],
    ['text', { x: '24', y: '33', 'text-anchor': 'middle', 'font-size': '26', 'font-weight': '700', 'font-family': 'system-ui, sans-serif', fill: '#fff' }],
  ];
  for (const [tag, attrs] of parts) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (tag === 'text') el.textContent = '5';
    svg.append(el);
  }
  return svg;
}

/** Our UI lives in closed shadow roots on a host with all styles reset: page CSS cannot reach it, and page
 *  scripts can neither read it (the card may show a number from a frame the page cannot read) nor reach in to steer it. */
export function createHost(id: string, options: { scrollsWithPage?: boolean } = {}): { host: HTMLElement; root: ShadowRoot } {
  document.getElementById(id)?.remove();
  const host = document.createElement('digit-reader-ui');
  host.id = id;
  // The overlay covers the viewport; the card sits at a place in the document, so it scrolls with the content.
  host.style.cssText = options.scrollsWithPage
    ? 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; pointer-events: none;'
    : 'all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;';
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  return { host, root };
}

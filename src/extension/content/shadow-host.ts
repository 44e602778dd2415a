/** Our UI lives in closed shadow roots on a host with all styles reset: page CSS cannot reach it, and page
 *  scripts can neither read it (the card may show a number from a frame the page cannot read) nor reach in to steer it. */
export function createHost(id: string): { host: HTMLElement; root: ShadowRoot } {
  document.getElementById(id)?.remove();
  const host = document.createElement('digit-reader-ui');
  host.id = id;
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;';
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  return { host, root };
}

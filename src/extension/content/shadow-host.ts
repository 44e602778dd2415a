/** Our UI lives in shadow roots on a host with all styles reset, so page CSS cannot reach it. */
export function createHost(id: string): { host: HTMLElement; root: ShadowRoot } {
  document.getElementById(id)?.remove();
  const host = document.createElement('digit-reader-ui');
  host.id = id;
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;';
  const root = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  return { host, root };
}

/** Pages where Chrome lets no extension run scripts or capture: say so instead of failing silently. */
import { isPdf } from './types';

const RESTRICTED = [
  /^(chrome|edge|about|devtools|view-source|chrome-extension|chrome-search|chrome-untrusted):/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
];

export function chromeRestrictedReason(url: string | undefined): string | undefined {
  if (!url) return 'This tab cannot be read (Chrome does not let extensions see it).';
  if (RESTRICTED.some((r) => r.test(url))) return 'Chrome does not let extensions read its own pages or the Web Store: try another tab.';
  if (isPdf(url)) return 'Chrome does not let extensions read inside its PDF viewer: open the PDF as an image or take a screenshot.';
  return undefined;
}

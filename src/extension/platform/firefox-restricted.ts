/** Pages where Firefox lets no extension run scripts: its own pages, other extensions' pages, and the
 *  Mozilla sites of `extensions.webextensions.restrictedDomains` (addons.mozilla.org among them). */
import { isPdf } from './types';

const RESTRICTED = [
  /^(about|moz-extension|chrome|resource|view-source|jar):/i,
  /^https:\/\/([a-z-]+\.)*(addons\.mozilla\.org|accounts\.firefox\.com|addons\.cdn\.mozilla\.net|accounts-static\.cdn\.mozilla\.net|content\.cdn\.mozilla\.net|install\.mozilla\.org|support\.mozilla\.org|sync\.services\.mozilla\.com)\//i,
];

export function firefoxRestrictedReason(url: string | undefined): string | undefined {
  if (!url) return 'This tab cannot be read (Firefox does not let extensions see it).';
  if (RESTRICTED.some((r) => r.test(url))) return 'Firefox does not let extensions read its own pages or addons.mozilla.org: try another tab.';
  if (isPdf(url)) return 'Firefox does not let extensions read inside its PDF viewer: open the PDF as an image or take a screenshot.';
  return undefined;
}

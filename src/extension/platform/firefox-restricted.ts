/** Pages where Firefox lets no extension run scripts: its own pages, other extensions' pages, and the
 *  Mozilla sites of `extensions.webextensions.restrictedDomains` (addons.mozilla.org among them). */
import { t } from '../i18n';
import { isPdf } from './types';

const RESTRICTED = [
  /^(about|moz-extension|chrome|resource|view-source|jar):/i,
  /^https:\/\/([a-z-]+\.)*(addons\.mozilla\.org|accounts\.firefox\.com|addons\.cdn\.mozilla\.net|accounts-static\.cdn\.mozilla\.net|content\.cdn\.mozilla\.net|install\.mozilla\.org|support\.mozilla\.org|sync\.services\.mozilla\.com)\//i,
];

export function firefoxRestrictedReason(url: string | undefined): string | undefined {
  if (!url) return t('errRestrictedUnseen', 'Firefox');
  if (RESTRICTED.some((r) => r.test(url))) return t('errRestrictedOwn', 'Firefox', 'addons.mozilla.org');
  if (isPdf(url)) return t('errRestrictedPdf', 'Firefox');
  return undefined;
}

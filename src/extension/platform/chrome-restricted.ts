/** Pages where Chrome lets no extension run scripts or capture: say so instead of failing silently. */
import { t } from '../i18n';
import { isPdf } from './types';

const RESTRICTED = [
  /^(chrome|edge|about|devtools|view-source|chrome-extension|chrome-search|chrome-untrusted):/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
];

export function chromeRestrictedReason(url: string | undefined): string | undefined {
  if (!url) return t('errRestrictedUnseen', 'Chrome');
  if (RESTRICTED.some((r) => r.test(url))) return t('errRestrictedOwn', 'Chrome', 'the Web Store');
  if (isPdf(url)) return t('errRestrictedPdf', 'Chrome');
  return undefined;
}

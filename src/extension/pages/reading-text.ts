/** How a stored reading is described to the user: where it came from and when. */
import { t } from '../i18n';
import type { StoredReading } from '../messages';

const SOURCES = { region: 'sourceRegion', image: 'sourceImage', paste: 'sourcePaste' } as const;

export function origin(reading: StoredReading, now = Date.now()): string {
  const at = new Date(reading.at);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  const time = sameDay ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const source = t(SOURCES[reading.source]);
  return reading.host ? t('readFrom', source, reading.host, time) : t('readFromNoHost', source, time);
}

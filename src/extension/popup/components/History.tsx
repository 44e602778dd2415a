/** The last readings, newest first: copy or delete any, clear all; reads that found no digits are kept
 *  out of the way, folded at the end. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { StoredReading } from '../../messages';
import { origin } from '../../pages/reading-text';
import { clearHistory, forget } from '../../storage';

export function History({ items }: { items: StoredReading[] }) {
  const [copied, setCopied] = useState<string | undefined>();
  if (items.length === 0) return null;
  const found = items.filter((h) => h.number);
  const failed = items.filter((h) => !h.number);
  const item = (h: StoredReading) => (
    <li key={h.id}>
      <span class="n">{h.number ?? t('historyFailedItem')}</span>
      <span class="t">{origin(h)}</span>
      {h.number && (
        <button
          type="button"
          aria-label={t('historyCopy', h.number)}
          onClick={async () => {
            await navigator.clipboard.writeText(h.number!);
            setCopied(h.id);
          }}
        >
          {copied === h.id ? t('popupCopied') : t('popupCopy')}
        </button>
      )}
      <button type="button" class="delete" data-testid="history-delete" aria-label={t('historyDelete', h.number ?? t('historyFailedItem'))} onClick={() => forget(h.id)}>
        ×
      </button>
    </li>
  );
  return (
    <section aria-labelledby="history-title">
      <div class="row">
        <h2 id="history-title" style={{ flex: 1 }}>
          {t('historyTitle')}
        </h2>
        <button type="button" data-testid="clear-history" onClick={() => clearHistory()}>
          {t('historyClear')}
        </button>
      </div>
      <ul class="history" data-testid="history">
        {found.map(item)}
      </ul>
      {failed.length > 0 && (
        <details class="failed" data-testid="history-failed">
          <summary>{t('historyFailed', failed.length)}</summary>
          <ul class="history">{failed.map(item)}</ul>
        </details>
      )}
    </section>
  );
}

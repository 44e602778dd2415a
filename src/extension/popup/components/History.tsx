import type { StoredReading } from '../../messages';
import { clearHistory } from '../../storage';

export function History({ items }: { items: StoredReading[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <div class="row">
        <h2 style={{ flex: 1 }}>History</h2>
        <button type="button" data-testid="clear-history" onClick={() => clearHistory()}>
          Clear
        </button>
      </div>
      <ul class="history" data-testid="history">
        {items.map((h) => (
          <li key={h.id}>
            <span class="n">{h.number ?? '—'}</span>
            <span class="t">{new Date(h.at).toLocaleTimeString()}</span>
            <button type="button" disabled={!h.number} onClick={() => h.number && navigator.clipboard.writeText(h.number)}>
              Copy
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

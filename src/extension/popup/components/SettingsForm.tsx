import { DEFAULT_SETTINGS, type Settings, store } from '../../storage';

export function SettingsForm({ settings }: { settings: Settings | null }) {
  const s = { ...DEFAULT_SETTINGS, ...settings };
  const save = (patch: Partial<Settings>) => store.setItem('settings', { ...s, ...patch });
  const mode = s.digits === 'any' ? 'any' : s.digits === 5 ? '5' : 'n';
  return (
    <section>
      <h2>Settings</h2>
      <div class="row">
        <label>
          Digits
          <select
            data-testid="digits-mode"
            value={mode}
            onChange={(e) => {
              const v = e.currentTarget.value;
              void save({ digits: v === 'any' ? 'any' : v === '5' ? 5 : typeof s.digits === 'number' && s.digits !== 5 ? s.digits : 6 });
            }}
          >
            <option value="5">5</option>
            <option value="any">any</option>
            <option value="n">other…</option>
          </select>
        </label>
        {mode === 'n' && (
          <input type="number" min={1} max={30} value={s.digits as number} data-testid="digits-n" onChange={(e) => save({ digits: Math.min(30, Math.max(1, Number(e.currentTarget.value) || 1)) })} />
        )}
        <label>
          Confidence
          <input type="number" min={0} max={1} step={0.05} value={s.minConfidence} onChange={(e) => save({ minConfidence: Math.min(1, Math.max(0, Number(e.currentTarget.value))) })} />
        </label>
      </div>
      <label>
        <input type="checkbox" checked={s.autoCopy} data-testid="auto-copy" onChange={(e) => save({ autoCopy: e.currentTarget.checked })} />
        Copy automatically after a read
      </label>
    </section>
  );
}

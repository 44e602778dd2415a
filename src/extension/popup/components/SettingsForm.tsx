/** The settings, one field per entry of the settings schema: its label, range and default come from there. */
import type { BooleanSpec, CountSpec, NumberSpec, Spec } from '../../../engine';
import { SETTINGS, type Settings, validSettings } from '../../settings';
import { store } from '../../storage';

const testId = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const clamp = (v: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, v));

export function SettingsForm({ settings }: { settings: Settings | null }) {
  const s = validSettings(settings);
  const save = (patch: Partial<Settings>) => store.setItem('settings', { ...s, ...patch });
  return (
    <section>
      <h2>Settings</h2>
      {Object.entries(SETTINGS).map(([name, spec]: [string, Spec]) => (
        <div class="row" key={name}>
          <Field name={name} spec={spec} value={s[name as keyof Settings]} onChange={(v) => save({ [name]: v })} />
        </div>
      ))}
    </section>
  );
}

type FieldProps<S extends Spec> = { name: string; spec: S; value: S['default']; onChange: (v: S['default']) => void };

function Field(props: FieldProps<Spec>) {
  switch (props.spec.kind) {
    case 'count':
      return <CountField {...(props as FieldProps<CountSpec>)} />;
    case 'number':
      return <NumberField {...(props as FieldProps<NumberSpec>)} />;
    case 'boolean':
      return <BooleanField {...(props as FieldProps<BooleanSpec>)} />;
  }
}

/** The default count, "any", or another count typed in. */
function CountField({ name, spec, value, onChange }: FieldProps<CountSpec>) {
  const usual = String(spec.default);
  const mode = value === 'any' ? 'any' : value === spec.default ? usual : 'n';
  const other = typeof spec.default === 'number' ? Math.min(spec.max, spec.default + 1) : spec.min;
  return (
    <>
      <label title={spec.help}>
        {spec.label}
        <select
          data-testid={`${testId(name)}-mode`}
          value={mode}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(v === 'any' ? 'any' : v === usual ? spec.default : typeof value === 'number' && value !== spec.default ? value : other);
          }}
        >
          <option value={usual}>{usual}</option>
          <option value="any">any</option>
          <option value="n">other…</option>
        </select>
      </label>
      {mode === 'n' && (
        <input
          type="number"
          aria-label={`${spec.label}: how many`}
          min={spec.min}
          max={spec.max}
          value={value as number}
          data-testid={`${testId(name)}-n`}
          onChange={(e) => onChange(clamp(Math.round(Number(e.currentTarget.value)) || spec.min, spec))}
        />
      )}
    </>
  );
}

function NumberField({ name, spec, value, onChange }: FieldProps<NumberSpec>) {
  return (
    <label title={spec.help}>
      {spec.label}
      <input
        type="number"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        data-testid={testId(name)}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          onChange(Number.isFinite(v) ? clamp(v, spec) : spec.default);
        }}
      />
    </label>
  );
}

function BooleanField({ name, spec, value, onChange }: FieldProps<BooleanSpec>) {
  return (
    <label title={spec.help}>
      <input type="checkbox" checked={value} data-testid={testId(name)} onChange={(e) => onChange(e.currentTarget.checked)} />
      {spec.label}
    </label>
  );
}

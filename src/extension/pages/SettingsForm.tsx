/** The settings, one field per entry of the settings schema: its label, range and default come from there. */
import type { BooleanSpec, ChoiceSpec, CountSpec, NumberSpec, Spec } from '../../engine';
import { SETTINGS, type Settings, validSettings } from '../settings';
import { type MessageKey, t } from '../i18n';
import { store } from '../storage';

/** Each setting's label and help in plain words (the schema's own are the command line's). */
const WORDS: Record<keyof Settings, [MessageKey, MessageKey]> = {
  digits: ['settingDigits', 'settingDigitsHelp'],
  minConfidence: ['settingMinConfidence', 'settingMinConfidenceHelp'],
  autoCopy: ['settingAutoCopy', 'settingAutoCopyHelp'],
  copyFormat: ['settingCopyFormat', 'settingCopyFormatHelp'],
  keepImages: ['settingKeepImages', 'settingKeepImagesHelp'],
};
const label = (name: string) => t(WORDS[name as keyof Settings][0]);
const help = (name: string) => t(WORDS[name as keyof Settings][1]);

const testId = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const clamp = (v: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, v));

export function SettingsForm({ settings, onSaved }: { settings: Settings | null; onSaved?: () => void }) {
  const s = validSettings(settings);
  const save = async (patch: Partial<Settings>) => {
    await store.setItem('settings', { ...s, ...patch });
    onSaved?.();
  };
  return (
    <div class="settings">
      {Object.entries(SETTINGS).map(([name, spec]: [string, Spec]) => (
        <div class="setting" key={name}>
          <div class="row">
            <Field name={name} spec={spec} value={s[name as keyof Settings]} onChange={(v) => save({ [name]: v })} />
          </div>
          <p class="muted" id={`${testId(name)}-help`}>
            {help(name)}
          </p>
        </div>
      ))}
    </div>
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
    case 'choice':
      return <ChoiceField {...(props as FieldProps<ChoiceSpec>)} />;
  }
}

/** The default count, "any", or another count typed in. */
function CountField({ name, spec, value, onChange }: FieldProps<CountSpec>) {
  const usual = String(spec.default);
  const mode = value === 'any' ? 'any' : value === spec.default ? usual : 'n';
  const other = typeof spec.default === 'number' ? Math.min(spec.max, spec.default + 1) : spec.min;
  return (
    <>
      <label>
        {label(name)}
        <select
          aria-describedby={`${testId(name)}-help`}
          data-testid={`${testId(name)}-mode`}
          value={mode}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(v === 'any' ? 'any' : v === usual ? spec.default : typeof value === 'number' && value !== spec.default ? value : other);
          }}
        >
          <option value={usual}>{usual}</option>
          <option value="any">{t('settingDigitsAny')}</option>
          <option value="n">{t('settingDigitsOther')}</option>
        </select>
      </label>
      {mode === 'n' && (
        <input
          type="number"
          aria-label={t('settingDigitsHowMany')}
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
    <label>
      {label(name)}
      <input
        type="number"
        aria-describedby={`${testId(name)}-help`}
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

function BooleanField({ name, value, onChange }: FieldProps<BooleanSpec>) {
  return (
    <label>
      <input type="checkbox" checked={value} data-testid={testId(name)} aria-describedby={`${testId(name)}-help`} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label(name)}
    </label>
  );
}

/** Each choice's words, by its value. */
const CHOICE_WORDS: Record<string, MessageKey> = { digits: 'formDigits', text: 'formText', value: 'formValue' };

function ChoiceField({ name, spec, value, onChange }: FieldProps<ChoiceSpec>) {
  return (
    <label>
      {label(name)}
      <select aria-describedby={`${testId(name)}-help`} data-testid={testId(name)} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {spec.choices.map((c) => (
          <option key={c} value={c}>
            {t(CHOICE_WORDS[c])}
          </option>
        ))}
      </select>
    </label>
  );
}

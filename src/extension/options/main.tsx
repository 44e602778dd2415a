/** The options page (options_ui): the settings in plain words, and the keyboard shortcut. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { selectRegionShortcut } from '../pages/files';
import { Header } from '../pages/Header';
import { SettingsForm } from '../pages/SettingsForm';
import { useStored } from '../popup/use-store';

export function Options() {
  const settings = useStored('settings');
  const [saved, setSaved] = useState(false);
  const [shortcut, setShortcut] = useState<string | null | undefined>();
  useEffect(() => {
    document.title = t('optionsTitle');
    void selectRegionShortcut().then((shortcut) => setShortcut(shortcut ?? null));
  }, []);
  return (
    <main>
      <Header />
      <section aria-labelledby="settings-title">
        <div class="row">
          <h2 id="settings-title" style={{ flex: 1 }}>
            {t('popupSettings')}
          </h2>
          <span class="muted" role="status" data-testid="saved">
            {saved ? t('optionsSaved') : ''}
          </span>
        </div>
        <SettingsForm settings={settings} onSaved={() => setSaved(true)} />
      </section>
      <section aria-labelledby="shortcut-title">
        <h2 id="shortcut-title">{t('optionsShortcut')}</h2>
        <p data-testid="shortcut">{shortcut === undefined ? '' : shortcut ? t('optionsShortcutNow', shortcut) : t('optionsShortcutNone')}</p>
        <div class="row">
          <button type="button" data-testid="change-shortcut" onClick={() => sendMessage('openShortcutSettings', undefined)}>
            {t('optionsShortcutChange')}
          </button>
        </div>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

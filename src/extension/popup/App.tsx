/** The popup: the last reading, actions and the history; paste or drop an image to read it. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { blobToDataUrl } from '../pages/files';
import { Header } from '../pages/Header';
import { failedOutcome } from '../plain-error';
import { store } from '../storage';
import { History } from './components/History';
import { LastReading } from './components/LastReading';
import { useStored } from './use-store';

export function App() {
  const last = useStored('last');
  const history = useStored('history') ?? [];
  const lastError = useStored('lastError');
  const lastRegion = useStored('lastRegion');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void chrome.action.setBadgeText({ text: '' });
  }, []);

  const readFile = async (file: Blob | null | undefined) => {
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError(t('popupNotImage'));
    setBusy(true);
    setError(undefined);
    const outcome = await sendMessage('readPasted', { dataUrl: await blobToDataUrl(file) }).catch(failedOutcome);
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
  };

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const item = [...(e.clipboardData?.items ?? [])].find((i) => i.type.startsWith('image/'));
      if (item) void readFile(item.getAsFile());
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);

  const select = async () => {
    const res = await sendMessage('startSelection', undefined).catch((e) => failedOutcome(e, 'whatStartSelection'));
    if (res.ok) window.close();
    else setError(res.error);
  };
  const repeat = async () => {
    setBusy(true);
    setError(undefined);
    const outcome = await sendMessage('repeatLastRegion', undefined).catch(failedOutcome);
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
  };
  const shownError = error ?? (lastError && last && lastError.at < last.at ? undefined : lastError?.message);

  return (
    <main
      class={dragging ? 'dragging' : ''}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void readFile(e.dataTransfer?.files[0]);
      }}
    >
      <Header>
        <button type="button" data-testid="open-settings" onClick={() => chrome.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </Header>
      <div class="row">
        <button type="button" class="primary" data-testid="select-region" onClick={select}>
          {t('popupSelectRegion')}
        </button>
        <button type="button" data-testid="repeat-region" onClick={repeat} disabled={!lastRegion || busy}>
          {t('popupRepeatRegion')}
        </button>
        {busy && (
          <span class="muted" role="status">
            {t('popupReading')}
          </span>
        )}
      </div>
      {shownError && (
        <div class="error" data-testid="error" role="alert">
          {shownError}
          {lastError && !error && (
            <button type="button" style={{ marginLeft: 8 }} onClick={() => store.removeItem('lastError')}>
              {t('popupDismiss')}
            </button>
          )}
        </div>
      )}
      <LastReading reading={last} />
      <p class="muted drop">{t('popupDrop')}</p>
      <History items={history} />
    </main>
  );
}

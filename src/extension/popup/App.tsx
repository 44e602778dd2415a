/** The popup: the last reading, actions, history and settings; paste or drop an image to read it. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../messages';
import { failedOutcome } from '../plain-error';
import { store } from '../storage';
import { History } from './components/History';
import { LastReading } from './components/LastReading';
import { SettingsForm } from './components/SettingsForm';
import { useStored } from './use-store';

function fileToDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function App() {
  const last = useStored('last');
  const history = useStored('history') ?? [];
  const settings = useStored('settings');
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
    if (!file.type.startsWith('image/')) return setError('That is not an image.');
    setBusy(true);
    setError(undefined);
    const outcome = await sendMessage('readPasted', { dataUrl: await fileToDataUrl(file) }).catch(failedOutcome);
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
    const res = await sendMessage('startSelection', undefined).catch((e) => failedOutcome(e, 'Starting the selection'));
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
      <div class="row">
        <button type="button" class="primary" data-testid="select-region" onClick={select}>
          Select region
        </button>
        <button type="button" data-testid="repeat-region" onClick={repeat} disabled={!lastRegion || busy}>
          Repeat last region
        </button>
        {busy && <span class="note">reading…</span>}
      </div>
      {shownError && (
        <div class="error" data-testid="error">
          {shownError}
          {lastError && !error && (
            <button type="button" style={{ marginLeft: 8 }} onClick={() => store.removeItem('lastError')}>
              Dismiss
            </button>
          )}
        </div>
      )}
      <LastReading reading={last} />
      <div class="drop">Paste (Ctrl+V) or drop an image here to read it.</div>
      <History items={history} />
      <SettingsForm settings={settings} />
    </main>
  );
}

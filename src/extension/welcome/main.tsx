/** The welcome page, opened once on install: how to read a region, an image and a picture, and a sample to try. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import sample from '../../../assets/samples/order-number.png';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { blobToDataUrl, selectRegionShortcut } from '../pages/files';
import { Header } from '../pages/Header';
import { failedOutcome } from '../plain-error';

export function Welcome() {
  const [keys, setKeys] = useState('Alt+Shift+D');
  const [result, setResult] = useState<{ number?: string | null; error?: string } | undefined>();
  useEffect(() => {
    document.title = t('welcomeTitle');
    void selectRegionShortcut().then((shortcut) => shortcut && setKeys(shortcut));
  }, []);
  const trySample = async () => {
    setResult(undefined);
    const outcome = await sendMessage('readPasted', { dataUrl: await blobToDataUrl(await (await fetch(sample)).blob()) }).catch(failedOutcome);
    setResult(outcome.ok ? { number: outcome.reading.number } : { error: outcome.error });
  };
  return (
    <main>
      <Header />
      <p>{t('welcomeIntro')}</p>
      <section>
        <h2>{t('welcomeRegionTitle')}</h2>
        <p>{t('welcomeRegion', keys)}</p>
      </section>
      <section>
        <h2>{t('welcomeImageTitle')}</h2>
        <p>{t('welcomeImage')}</p>
      </section>
      <section>
        <h2>{t('welcomePasteTitle')}</h2>
        <p>{t('welcomePaste')}</p>
      </section>
      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTry')}</p>
        <div class="sample">
          <img src={sample} width={300} height={64} alt={t('sampleAlt')} />
          <button type="button" class="primary" data-testid="try-sample" onClick={trySample}>
            {t('welcomeTryButton')}
          </button>
        </div>
        <div role="status" data-testid="sample-result">
          {result?.number && <span class="result">{t('welcomeResult', result.number)}</span>}
          {result?.error && <span class="error">{result.error}</span>}
        </div>
      </section>
      <p>
        <button type="button" data-testid="welcome-settings" onClick={() => chrome.runtime.openOptionsPage()}>
          {t('welcomeSettings')}
        </button>
      </p>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);

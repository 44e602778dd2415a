import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { StoredReading } from '../../messages';
import { numberIn } from '../../../engine';
import { allNumbersText, chosenNumber, fillText } from '../../numbers';
import { origin } from '../../pages/reading-text';
import { validSettings } from '../../settings';
import { useStored } from '../use-store';

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function LastReading({ reading }: { reading: StoredReading | null }) {
  const [copied, setCopied] = useState<string | undefined>();
  const { copyFormat } = validSettings(useStored('settings'));
  if (!reading) return <p class="muted">{t('popupNothingYet')}</p>;
  const shown = chosenNumber(reading);
  const numbers = reading.numbers ?? [];
  // `copied` names what was copied last: this reading's number, one of its numbers, or all of them.
  const copy = async (text: string, what: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(`${reading.id}:${what}`);
  };
  const isCopied = (what: string) => copied === `${reading.id}:${what}`;
  const doubtful = reading.digits.flatMap((d, i) => (d.doubtful ? [`${i + 1}: ${d.digit} (${pct(d.confidence)})`] : []));
  return (
    <section aria-labelledby="last-title">
      <h2 id="last-title">{t('popupLastReading')}</h2>
      {reading.number ? (
        <div class="row">
          <span class="number" data-testid="number">
            {reading.number}
          </span>
          <button type="button" class="primary" data-testid="copy" onClick={() => shown && copy(fillText(shown, copyFormat, false), 'number')}>
            {isCopied('number') ? t('popupCopied') : t('popupCopy')}
          </button>
        </div>
      ) : (
        <p class="no-digits" data-testid="no-digits">
          {t('popupNoDigits')}
        </p>
      )}
      {shown && shown.text !== shown.digits && (
        <p class="muted" data-testid="written">
          {[t('cardAsWritten', shown.text), shown.plain && shown.plain !== shown.text ? t('cardValue', shown.plain) : ''].filter(Boolean).join(' · ')}
        </p>
      )}
      <p class="muted" data-testid="origin">
        {origin(reading)}
      </p>
      {numbers.length > 1 && (
        <section class="numbers" data-testid="numbers" aria-labelledby="numbers-title">
          <h3 id="numbers-title">{t('popupNumbers')}</h3>
          <div class="row wrap">
            {numbers.map((n, k) => (
              <button type="button" class="chip" data-testid={`number-${k}`} aria-label={t('popupCopyNumber', n.text)} onClick={() => copy(numberIn(n, copyFormat), `n${k}`)}>
                {isCopied(`n${k}`) ? t('popupCopied') : n.text}
              </button>
            ))}
          </div>
          <button type="button" data-testid="copy-all" onClick={() => copy(allNumbersText(numbers, copyFormat), 'all')}>
            {isCopied('all') ? t('cardCopiedAll', numbers.length) : t('cardCopyAll')}
          </button>
        </section>
      )}
      {doubtful.length > 0 && (
        <p class="doubtful" data-testid="doubtful">
          {t('popupDoubtful', doubtful.join(', '))}
        </p>
      )}
      {reading.notes.map((n) => (
        <p class="note">{n}</p>
      ))}
      {reading.image && reading.width > 0 && <Annotated reading={reading} />}
    </section>
  );
}

/** The pixels that were read, each digit boxed with a thin line and labelled in a tag that stands out on
 *  any image; the lines and labels keep their size on screen however the image is scaled. */
function Annotated({ reading }: { reading: StoredReading }) {
  const { width, height } = reading;
  // As wide as the popup allows, but never taller than 160 px.
  const shown = Math.min(330, (160 * width) / height);
  const k = width / shown; // image pixels per screen pixel
  return (
    <div class="annotated" data-testid="annotated" style={{ width: `${shown}px` }}>
      <img src={reading.image} alt={t('popupAnnotatedAlt')} />
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={t('popupAnnotatedTitle', reading.number ?? t('popupAnnotatedNothing'))}>
        {reading.digits.map((d) => {
          const [x, y, w, h] = d.box;
          const tag = { w: 11 * k, h: 13 * k };
          const above = y - tag.h - k >= 0;
          return (
            <g>
              <rect x={x} y={y} width={w} height={h} fill="none" stroke={d.doubtful ? '#f08c00' : '#2f9e44'} stroke-width={1.5} vector-effect="non-scaling-stroke" />
              <rect x={x} y={above ? y - tag.h - k : y + h + k} width={tag.w} height={tag.h} rx={2 * k} fill={d.doubtful ? '#e8590c' : '#1864ab'} />
              <text
                x={x + tag.w / 2}
                y={(above ? y - tag.h - k : y + h + k) + tag.h * 0.78}
                fill="#fff"
                font-size={11 * k}
                font-weight="bold"
                text-anchor="middle"
                font-family="system-ui, sans-serif"
              >
                {d.digit}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

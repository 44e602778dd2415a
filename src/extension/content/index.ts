/** Injected on demand into the active tab: runs the selection, reads right-clicked images and shows
 *  the result card. Injection can repeat, so listeners are registered once per page. */
import { t } from '../i18n';
import { isImageDataUrl } from '../senders';
import { type CssRect, type ReadOutcome, onMessage, sendMessage } from '../messages';
import { failedOutcome } from '../plain-error';
import { type Card, openCard } from './card';
import { type FillTarget, fillableTarget } from './fill';
import { findFrame, findImage, imagePixels, visibleRect } from './image-pixels';
import { selectRegion } from './overlay';

declare global {
  interface Window {
    __digitReader?: boolean;
  }
}

/** The card of the read in progress, told when its capture is taken. */
let pending: Card | undefined;

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
const scroll = () => ({ x: window.scrollX, y: window.scrollY });
/** The page's language decides how its numbers are written (1.299 is 1299 in German). */
const locale = () => document.documentElement.lang || navigator.language;

async function regionFlow(): Promise<void> {
  // The field that had focus is remembered before the overlay takes it, for Fill.
  const target: FillTarget | undefined = fillableTarget(document.activeElement);
  const rect = await selectRegion();
  if (!rect) return;
  // The request goes first: the card is drawn while the tab is captured (never over the selection until then).
  const reading = sendMessage('readRegion', { rect, viewport: viewport(), scroll: scroll(), locale: locale() }).catch(failedOutcome);
  const card = openCard(rect, target);
  pending = card;
  card.show(await reading);
}

async function imageFlow(srcUrl: string, frameUrl?: string): Promise<void> {
  const target = fillableTarget(document.activeElement);
  const img = findImage(srcUrl);
  const frame = !img && frameUrl ? findFrame(frameUrl) : undefined;
  const holder = img ?? frame;
  const anchor: CssRect | undefined = holder ? visibleRect(holder) : undefined;
  // A raster data URL goes as it is; anything else (an SVG one included) is drawn to a canvas first.
  const dataUrl = isImageDataUrl(srcUrl) ? srcUrl : img ? imagePixels(img) : undefined;
  const card = openCard(anchor, target);
  pending = card;
  let outcome: ReadOutcome;
  if (dataUrl) {
    outcome = await sendMessage('readPixels', { dataUrl, source: 'image', locale: locale() }).catch(failedOutcome);
  } else if (anchor) {
    outcome = await sendMessage('readImageArea', { rect: anchor, viewport: viewport(), scroll: scroll(), locale: locale() }).catch(failedOutcome);
  } else {
    outcome = { ok: false, error: t('errImageOutOfView') };
  }
  card.show(outcome);
}

if (!window.__digitReader) {
  window.__digitReader = true;
  onMessage('beginSelection', () => {
    void regionFlow();
  });
  onMessage('beginImageRead', ({ data }) => {
    void imageFlow(data.srcUrl, data.frameUrl);
  });
  onMessage('showResult', ({ data }) => {
    openCard(data.anchor, fillableTarget(document.activeElement)).show(data.outcome);
  });
  onMessage('regionCaptured', () => {
    pending?.captured();
  });
}

/** Every read goes through here: capture or pixels -> engine host -> stored reading. */
import { t } from '../i18n';
import { platform } from '#platform';
import type { CssRect, EngineRequest, EngineResult, ReadOutcome, RegionRequest, StoredReading } from '../messages';
import { failedOutcome } from '../plain-error';
import { readOptions } from '../settings';
import { getSettings, remember, store } from '../storage';

const now = () => performance.now();

/** Where a read comes from: its kind, the page's host, and who to tell once the tab is captured. */
export interface ReadContext {
  source?: StoredReading['source'];
  host?: string;
  /** told once the tab is captured (the card may then cover the selection) */
  onCaptured?: () => void;
  /** the page's language; the browser's when the page did not say (a paste, Repeat last region) */
  locale?: string;
}

async function run({ source = 'region', host, locale }: ReadContext, request: Omit<EngineRequest, 'options'>, started: number, capture?: number): Promise<ReadOutcome> {
  const settings = await getSettings();
  let result: EngineResult;
  try {
    result = await platform.engineRead({ ...request, options: readOptions(settings), locale: locale || navigator.language });
  } catch (e) {
    return failedOutcome(e);
  }
  if (!result.ok) return result;
  const reading: StoredReading = {
    ...result.reading,
    // Not kept at all when the user said so; otherwise only the last reading keeps it (storage.ts).
    image: settings.keepImages ? result.reading.image : undefined,
    id: crypto.randomUUID(),
    at: Date.now(),
    source,
    host,
    timings: { ...result.reading.timings, capture, total: now() - started },
  };
  const note = await kept(reading);
  return { ok: true, reading: note ? { ...reading, notes: [...reading.notes, note] } : reading, autoCopy: settings.autoCopy, copyFormat: settings.copyFormat };
}

/**
 * Stores the reading in the history; when the browser's storage refuses it (full, or failing), the reading
 * is still shown and copied, with a note saying what was not saved: storage never costs the user the number.
 */
async function kept(reading: StoredReading): Promise<string | undefined> {
  try {
    await remember(reading);
    return undefined;
  } catch {
    // The image is most of a reading's size: without it, a nearly full storage may still take it.
  }
  try {
    if (!reading.image) throw new Error('no image to leave out');
    await remember({ ...reading, image: undefined });
    return t('errStorageFullImage');
  } catch (e) {
    const full = /quota/i.test(e instanceof Error ? e.message : String(e));
    return full ? t('errStorageFull') : t('errStorageRefused');
  }
}

export async function readRegion(windowId: number, region: RegionRequest, context: ReadContext = {}): Promise<ReadOutcome> {
  const started = now();
  if (region.rect.width < 2 || region.rect.height < 2) return { ok: false, error: t('errSelectionTooSmall') };
  // Only "repeat the last region" needs it: a storage failure here does not stop the read.
  if ((context.source ?? 'region') === 'region') await store.setItem('lastRegion', region).catch(() => undefined);
  let captured: { dataUrl: string; region?: RegionRequest };
  try {
    captured = await platform.capture(windowId, region);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  context.onCaptured?.();
  return run({ locale: region.locale, ...context }, captured, started, now() - started);
}

export function readPixels(dataUrl: string, context: ReadContext): Promise<ReadOutcome> {
  return run(context, { dataUrl }, now());
}

export type { CssRect };

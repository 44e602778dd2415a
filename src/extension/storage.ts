/** Typed storage for settings, the last reading and the history. */
import { defineExtensionStorage } from '@webext-core/storage';
import browser from 'webextension-polyfill';
import { numberValue, partsOf, withDigits } from '../engine';
import { picked } from './correction';
import type { CssRect, StoredReading } from './messages';
import { type Settings, validSettings } from './settings';

export const HISTORY_SIZE = 20;

export interface Schema {
  settings: Settings;
  last: StoredReading;
  history: StoredReading[];
  lastRegion: { rect: CssRect; viewport: { width: number; height: number } };
  /** an error from a flow that had no page to show it in (shortcut on a restricted page) */
  lastError: { message: string; at: number };
}

export const store = defineExtensionStorage<Schema>(browser.storage.local);

export async function getSettings(): Promise<Settings> {
  return validSettings(await store.getItem('settings'));
}

/** Clear: the history and the stored image go; the last number stays on show. */
export async function clearHistory(): Promise<void> {
  await store.setItem('history', []);
  const last = await store.getItem('last');
  if (last?.image) await store.setItem('last', { ...last, image: undefined });
}

/** Deletes one reading from the history (the last reading stays on show, without its image if it was that one). */
export async function forget(id: string): Promise<void> {
  await store.setItem(
    'history',
    ((await store.getItem('history')) ?? []).filter((h) => h.id !== id),
  );
  const last = await store.getItem('last');
  if (last?.id === id && last.image) await store.setItem('last', { ...last, image: undefined });
}

export async function remember(reading: StoredReading): Promise<void> {
  const history = (await store.getItem('history')) ?? [];
  // Only the last reading keeps its image: the history stays small.
  const slim = { ...reading, image: undefined };
  await store.setItem('history', [slim, ...history.filter((h) => h.id !== reading.id)].slice(0, HISTORY_SIZE));
  await store.setItem('last', reading);
  await store.removeItem('lastError');
}

/**
 * The digits the user picked in the card, saved into the stored reading (the last one and its history
 * entry): each changed digit must be one the reading offered there. False when the reading is no longer
 * stored or the digits do not fit it.
 */
export async function correct(id: string, chosen: number[]): Promise<boolean> {
  const [last, history] = [await store.getItem('last'), (await store.getItem('history')) ?? []];
  const original = last?.id === id ? last : history.find((h) => h.id === id);
  if (!original || chosen.length !== original.digits.length) return false;
  const digits = original.digits.map((d, i) => picked(d, chosen[i]));
  if (digits.some((d) => d === undefined)) return false;
  // A reading stored by a version before numbers as written has no text.
  const text = typeof original.text === 'string' ? withDigits(original.text, chosen) : null;
  const value = text === null ? null : numberValue(partsOf(text), original.locale ?? '').value;
  const fix = (r: StoredReading): StoredReading => (r.id === id ? { ...r, digits: digits as StoredReading['digits'], number: chosen.join(''), text, value, corrected: true } : r);
  await store.setItem('history', history.map(fix));
  if (last?.id === id) await store.setItem('last', fix(last));
  return true;
}

/**
 * The one typed contract between the extension's contexts. Requests flow content/popup -> background
 * -> offscreen -> engine; readings come back the same way. Each message has one receiving context.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DigitReading, ReadOptions } from '../engine';

/** A rectangle in CSS pixels of the viewport. */
export interface CssRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the content script measured when the user finished a selection. */
export interface RegionRequest {
  rect: CssRect;
  /** window.innerWidth / innerHeight in CSS pixels: with the capture's size this gives the scale */
  viewport: { width: number; height: number };
}

/** Pixels the content script could read itself (an image drawn into a canvas). */
export interface PixelsRequest {
  dataUrl: string;
}

/** Milliseconds spent in each step of a read, for the benchmark and for people curious why it was slow. */
export interface Timings {
  capture?: number;
  decode?: number;
  crop?: number;
  engine: number;
  /** from the background receiving the request to its answer */
  total: number;
}

/** What the engine read, as it travels between contexts. */
export interface ReadingData {
  number: string | null;
  digits: DigitReading[];
  groups: string[];
  notes: string[];
  /** the pixels that were read, as a PNG data URL, for the popup's annotated view */
  image?: string;
  imageSize?: { width: number; height: number };
}

export interface StoredReading extends ReadingData {
  id: string;
  at: number;
  source: 'region' | 'image' | 'paste';
  timings: Timings;
}

export type ReadOutcome = { ok: true; reading: StoredReading; autoCopy: boolean } | { ok: false; error: string };

/** What the offscreen engine is asked to read: an image as a data URL, cropped to a region of the
 *  viewport when it is a capture of the visible tab. */
export interface EngineRequest {
  dataUrl: string;
  region?: RegionRequest;
  options: ReadOptions;
}

export interface EngineResult extends ReadingData {
  ok: boolean;
  error?: string;
  timings: { crop: number; decode: number; engine: number };
}

export interface ProtocolMap {
  // content -> background
  readRegion(req: RegionRequest): ReadOutcome;
  readPixels(req: PixelsRequest & { source: 'image' }): ReadOutcome;
  /** the image could not be read in the page: capture its visible area instead */
  readImageArea(req: RegionRequest): ReadOutcome;
  // popup -> background
  startSelection(): { ok: boolean; error?: string };
  repeatLastRegion(): ReadOutcome;
  readPasted(req: PixelsRequest): ReadOutcome;
  // background -> offscreen
  engineRead(req: EngineRequest): EngineResult;
  enginePing(): { ready: boolean };
  // background -> content (tab)
  beginSelection(): void;
  beginImageRead(req: { srcUrl: string }): void;
  showResult(req: { outcome: ReadOutcome; anchor?: CssRect }): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

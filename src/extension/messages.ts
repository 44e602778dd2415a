/**
 * The one typed contract between the extension's contexts. Requests flow content/popup -> background
 * -> offscreen -> engine; readings come back the same way. Each message has one receiving context.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NumberForm, Outcome, ReaderMemory, ReadOptions, Reading } from '../engine';

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
  /** the page's scroll offsets when the rectangle was drawn (Firefox captures a rectangle of the document);
   *  left out when the same place on screen is read again later (Repeat last region) */
  scroll?: { x: number; y: number };
  /** the page's language, as for PixelsRequest */
  locale?: string;
}

/** Pixels the content script could read itself (an image drawn into a canvas). */
export interface PixelsRequest {
  dataUrl: string;
  /** the language the page is written in (its lang, or the browser's), which decides forms such as 1.299 */
  locale?: string;
}

/** Milliseconds the engine host spent on a read. */
export interface EngineTimings {
  decode: number;
  crop: number;
  engine: number;
}

/** ... and the whole read's, for the benchmark and for people curious why it was slow. */
export interface Timings extends EngineTimings {
  capture?: number;
  /** from the background receiving the request to its answer */
  total: number;
}

/** The engine's Reading as the engine host returns it, with the pixels that were read (the Reading's width and height). */
export interface EngineReading extends Reading {
  /** the language the numbers were read in ('' when unknown) */
  locale: string;
  /** a PNG data URL, for the popup's annotated view */
  image?: string;
  timings: EngineTimings;
}

/** A reading as the background stores it and shows it. */
export interface StoredReading extends EngineReading {
  id: string;
  /** the user picked another digit in the card for at least one of them */
  corrected?: boolean;
  at: number;
  source: 'region' | 'image' | 'paste';
  /** the page's host name, for a region or an image read in a tab */
  host?: string;
  timings: Timings;
}

export type EngineResult = Outcome<{ reading: EngineReading }>;
/** A reading as the card gets it, with the settings for copying it. */
export type ReadOutcome = Outcome<{ reading: StoredReading; autoCopy: boolean; copyFormat: NumberForm }>;

/** What the offscreen engine is asked to read: an image as a data URL, cropped to a region of the
 *  viewport when it is a capture of the visible tab. */
export interface EngineRequest {
  dataUrl: string;
  region?: RegionRequest;
  options: ReadOptions;
  locale?: string;
}

export interface ProtocolMap {
  // content -> background
  readRegion(req: RegionRequest): ReadOutcome;
  readPixels(req: PixelsRequest & { source: 'image' }): ReadOutcome;
  /** the image could not be read in the page: capture its visible area instead */
  readImageArea(req: RegionRequest): ReadOutcome;
  /** where the page has no clipboard API (a plain http page): copied in the extension's own document */
  copyText(req: { text: string }): Outcome<object>;
  /** the digits the user picked in the card, saved into the stored reading `id` */
  correctReading(req: { id: string; digits: number[] }): Outcome<object>;
  // popup -> background
  startSelection(): Outcome<object>;
  repeatLastRegion(): ReadOutcome;
  readPasted(req: PixelsRequest): ReadOutcome;
  // options page -> background
  /** the browser's own page for changing extension shortcuts */
  openShortcutSettings(): void;
  // background -> offscreen (Chrome; in Firefox the background hosts the engine itself)
  engineRead(req: EngineRequest): EngineResult;
  /** tensors and wasm heap of the engine host, for the soak benchmark (from the extension's own pages only) */
  engineMemory(): Outcome<{ memory: ReaderMemory }>;
  offscreenCopy(req: { text: string }): Outcome<object>;
  // offscreen -> background
  /** a minute without reads: the document may be closed, and its wasm heap with it */
  engineIdle(): void;
  // background -> content (tab)
  beginSelection(): void;
  /** `frameUrl`: the frame the image was right-clicked in, when it is not the page itself */
  beginImageRead(req: { srcUrl: string; frameUrl?: string }): void;
  showResult(req: { outcome: ReadOutcome; anchor?: CssRect }): void;
  /** the visible tab is captured: the card may now cover the selection */
  regionCaptured(): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

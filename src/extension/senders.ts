/**
 * Who may send what. Every message handler checks its sender: this extension's content script (in a tab),
 * or its own pages and service worker (a URL under the extension's own origin, which no web page has); and image data is
 * only ever an encoded raster image.
 */
import { t } from './i18n';

export interface Self {
  /** chrome.runtime.id */
  id: string;
  /** chrome.runtime.getURL(''): the extension's own origin, with a trailing slash */
  origin: string;
}

type Sender = { id?: string; tab?: unknown; url?: string };

/** This extension, as the handlers compare senders against it. */
export const thisExtension = (): Self => ({ id: chrome.runtime.id, origin: chrome.runtime.getURL('') });

/** The content script this extension injected into a tab. */
export const fromContentScript = (sender: Sender, self: Self) => sender.id === self.id && sender.tab !== undefined;

/** One of this extension's own pages (popup, options, offscreen document, even opened in a tab) or its service worker. */
export const fromOwnPage = (sender: Sender, self: Self) => sender.id === self.id && !!sender.url?.startsWith(self.origin);

/** The raster formats the decoders take; never HTML or SVG (which can carry script), nor anything else. */
export const isImageDataUrl = (value: unknown): value is string => typeof value === 'string' && /^data:image\/(png|jpeg|webp|gif|bmp|avif);base64,/.test(value);

export const REFUSED = { ok: false as const, error: t('errNotFromUs') };
export const NOT_AN_IMAGE = { ok: false as const, error: t('errOnlyImages') };

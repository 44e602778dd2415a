/** What differs between Chrome and Firefox, behind one interface: each build links one implementation
 *  (`#platform`, resolved in vite.config.ts), so no check of the browser is scattered through the code. */
import type { Outcome } from '../../engine';
import type { EngineRequest, EngineResult, RegionRequest } from '../messages';

export interface Platform {
  /** the browser's name, as messages to the user say it */
  browser: 'Chrome' | 'Firefox';
  /** why the browser lets no extension read this page, or undefined when it does */
  restrictedReason(url: string | undefined): string | undefined;
  /** the visible tab's pixels for `region`: the whole viewport with the region to crop (Chrome), or the
   *  region alone when the browser captures a part of the document (Firefox) */
  capture(windowId: number, region: RegionRequest): Promise<{ dataUrl: string; region?: RegionRequest }>;
  /** reads one request with the engine host: Chrome's offscreen document, or Firefox's event page itself */
  engineRead(req: EngineRequest): Promise<EngineResult>;
  /** copies text from the extension's own context, for a page that has no clipboard (plain http) */
  copyText(text: string): Promise<Outcome<object>>;
  /** opens the browser's own page where the user changes the extension's keyboard shortcuts */
  openShortcutSettings(): Promise<void>;
  /** the background's listeners for its engine host, registered at start-up with the others */
  registerEngineHost(): void;
}

/** The browser's PDF viewer takes no content script in either browser. */
export const isPdf = (url: string) => /\.pdf([?#]|$)/i.test(url);

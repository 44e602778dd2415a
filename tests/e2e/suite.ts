/** One browser with the extension and one local site per test file, opened before and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { serve, type TestServer } from './server';

export interface Suite {
  b: ExtensionBrowser;
  server: TestServer;
}

export function useSuite(pages: Parameters<typeof serve>[0], options: Parameters<typeof launchWithExtension>[0] = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await serve(pages);
    suite.b = await launchWithExtension(options);
  });
  afterAll(async () => {
    await suite.b?.close();
    await suite.server?.close();
  });
  return suite;
}

export const page = (html: string) => ({ type: 'text/html', body: `<!doctype html><html><body>${html}</body></html>` });

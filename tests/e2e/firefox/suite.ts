/** One Firefox with the extension and one local site per test file, opened before and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { serve, type TestServer } from '../server';
import { type FirefoxWithExtension, launchFirefox } from './browser';

export interface FirefoxSuite {
  ff: FirefoxWithExtension;
  server: TestServer;
}

export function useFirefox(pages: Parameters<typeof serve>[0]): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await serve(pages);
    suite.ff = await launchFirefox();
  });
  afterAll(async () => {
    await suite.ff?.close();
    await suite.server?.close();
  });
  return suite;
}

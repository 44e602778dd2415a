/**
 * The two browsers' manifests from one description (manifest.json, Chrome's form): Firefox gets an event
 * page instead of a service worker, a gecko id, and no offscreen permission or Chrome-only key.
 */
import base from '../manifest.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';
export const BROWSERS: Browser[] = ['chrome', 'firefox'];

/** The id addons.mozilla.org and the tests know the Firefox build by. */
export const GECKO_ID = 'digit-reader@digit-reader.dev';
/** The current Firefox ESR: the oldest Firefox the build is tested on. */
export const FIREFOX_MIN_VERSION = '153.0';

type Manifest = typeof base & Record<string, unknown>;

export function manifestFor(browser: Browser): Manifest {
  if (browser === 'chrome') return structuredClone(base) as Manifest;
  const { minimum_chrome_version: _, background, permissions, ...rest } = structuredClone(base) as Manifest;
  return {
    ...rest,
    permissions: permissions.filter((p) => p !== 'offscreen'),
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
    },
  } as unknown as Manifest;
}

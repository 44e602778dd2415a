import { expect, test } from 'vitest';
import { chromeRestrictedReason } from '../../src/extension/platform/chrome-restricted';
import { firefoxRestrictedReason } from '../../src/extension/platform/firefox-restricted';
import { manifestFor } from '../../scripts/manifests';

test.each([
  ['about:addons', /^Firefox does not let extensions read its own pages/],
  ['about:robots', /^Firefox does not let extensions read its own pages/],
  ['moz-extension://5d1c7a52/popup.html', /^Firefox does not let extensions read its own pages/],
  ['view-source:https://example.com/', /^Firefox does not let extensions read its own pages/],
  ['https://addons.mozilla.org/en-US/firefox/', /addons\.mozilla\.org/],
  ['https://support.mozilla.org/kb/', /addons\.mozilla\.org/],
  ['https://example.com/invoice.pdf', /PDF viewer/],
  [undefined, /Firefox does not let extensions see it/],
])('Firefox: %s is refused with its own wording', (url, reason) => {
  expect(firefoxRestrictedReason(url)).toMatch(reason);
});

test.each([
  ['chrome://extensions/', /^Chrome does not let extensions read its own pages or the Web Store/],
  ['https://chromewebstore.google.com/detail/x', /Web Store/],
  ['https://example.com/a.pdf?x=1', /PDF viewer/],
])('Chrome: %s is refused with its own wording', (url, reason) => {
  expect(chromeRestrictedReason(url)).toMatch(reason);
});

test.each(['https://example.com/order/40719', 'http://127.0.0.1:8080/', 'https://mozilla.org.example.com/', 'https://notaddons.mozilla.org.evil.test/'])(
  'an ordinary page (%s) is readable in both browsers',
  (url) => {
    expect(firefoxRestrictedReason(url)).toBeUndefined();
    expect(chromeRestrictedReason(url)).toBeUndefined();
  },
);

test('one description, two manifests: Firefox gets an event page, a gecko id, no offscreen and no Chrome-only key', () => {
  const chrome = manifestFor('chrome') as Record<string, unknown> & { permissions: string[] };
  const firefox = manifestFor('firefox') as Record<string, unknown> & { permissions: string[]; background: object };
  expect(chrome.background).toEqual({ service_worker: 'src/extension/background/index.ts', type: 'module' });
  expect(chrome.permissions).toContain('offscreen');
  expect(firefox.background).toEqual({ scripts: ['src/extension/background/index.ts'], type: 'module' });
  expect(firefox.permissions).toEqual(chrome.permissions.filter((p) => p !== 'offscreen'));
  expect(firefox.minimum_chrome_version).toBeUndefined();
  expect(firefox.browser_specific_settings).toEqual({
    gecko: { id: 'digit-reader@digit-reader.dev', strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
  });
  for (const m of [chrome, firefox]) expect(m.host_permissions).toBeUndefined();
  const { background: _c, permissions: _cp, minimum_chrome_version: _v, ...chromeRest } = chrome;
  const { background: _f, permissions: _fp, browser_specific_settings: _g, ...firefoxRest } = firefox;
  expect(firefoxRest).toEqual(chromeRest);
});

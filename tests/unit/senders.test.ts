import { expect, test } from 'vitest';
import { fromContentScript, fromOwnPage, isImageDataUrl } from '../../src/extension/senders';

const self = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop/' };

test('requests are taken from this extension only: its content script in a tab, or its own pages', () => {
  const tab = { id: 3, windowId: 1 };
  expect(fromContentScript({ id: self.id, tab, url: 'https://example.com/' }, self)).toBe(true);
  expect(fromContentScript({ id: 'another-extension', tab }, self)).toBe(false);
  expect(fromContentScript({ id: self.id, url: `${self.origin}popup.html` }, self)).toBe(false);
  expect(fromOwnPage({ id: self.id, url: `${self.origin}src/extension/popup/index.html` }, self)).toBe(true);
  expect(fromOwnPage({ id: self.id, tab, url: `${self.origin}src/extension/popup/index.html` }, self)).toBe(true);
  // A content script is not the popup, even though it speaks for this extension.
  expect(fromOwnPage({ id: self.id, tab, url: 'https://example.com/' }, self)).toBe(false);
  expect(fromOwnPage({ id: self.id, url: 'https://example.com/' }, self)).toBe(false);
  expect(fromOwnPage({ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, self)).toBe(false);
});

test('only raster image data is read: never HTML, SVG or text', () => {
  expect(isImageDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
  expect(isImageDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
  expect(isImageDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
  expect(isImageDataUrl('data:text/html;base64,PGgxPg==')).toBe(false);
  expect(isImageDataUrl('https://example.com/a.png')).toBe(false);
  expect(isImageDataUrl({ dataUrl: 'data:image/png;base64,' })).toBe(false);
});

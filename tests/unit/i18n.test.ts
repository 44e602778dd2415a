import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { t } from '../../src/extension/i18n';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };

test('every message is in the form the browsers read: named placeholders declared, keys as chrome.i18n allows', () => {
  for (const [key, entry] of Object.entries(english as Record<string, Entry>)) {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(entry.message.length, key).toBeGreaterThan(0);
    expect(entry.description, key).toBeTruthy();
    for (const [, name] of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) expect(entry.placeholders?.[name.toLowerCase()], `${key}: $${name}$`).toBeDefined();
  }
});

test('t() fills placeholders in order, as chrome.i18n.getMessage does', () => {
  expect(t('cardFill', 'Order number')).toBe('Fill “Order number”');
  expect(t('readFrom', 'a region', 'shop.example', '10:42')).toBe('From a region on shop.example, 10:42');
  expect(t('errTryAgain', t('errStopped'))).toBe('The reader stopped before it answered. Try again.');
});

test("no user-facing string is left in the extension's code outside the messages file", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
  const sentences = files('src/extension').flatMap((file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    // A capitalised phrase of three words or more ending a sentence, in quotes or as JSX text.
    return [...code.matchAll(/['"`>]\s*([A-Z][a-z]+(?: [^'"`<>{}]+){2,}[.!…])\s*['"`<]/g)].map((m) => `${file}: ${m[1]}`);
  });
  // The offscreen document's justification is read by Chrome's reviewers, not shown to the user.
  expect(sentences.filter((s) => !s.includes('chrome-offscreen.ts: Decodes captured'))).toEqual([]);
});

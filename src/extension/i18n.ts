/**
 * Every user-facing string of the extension, by key, from `_locales/<lang>/messages.json` through the
 * browser's i18n API; the English file is bundled too, so a context without the API (a unit test) reads
 * the same text and the keys are checked at compile time.
 */
import english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function substitute({ message, placeholders }: Entry, subs: string[]): string {
  return message.replace(/\$([A-Z_]+)\$/gi, (whole, name: string) => {
    const content = placeholders?.[name.toLowerCase()]?.content;
    return content ? content.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') : whole;
  });
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  const local = globalThis.chrome?.i18n?.getMessage?.(key, args);
  return local || substitute(english[key] as Entry, args);
}

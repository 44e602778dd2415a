/**
 * Clipboard write from the page. Where the page has no clipboard API (a plain http page is not a secure
 * context), the extension's offscreen document copies it: the number never enters the page's DOM, as a
 * textarea there would put it, for any script on the page to read.
 */
import { sendMessage } from '../messages';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const outcome = await sendMessage('copyText', { text }).catch(() => ({ ok: false }));
    return outcome.ok;
  }
}

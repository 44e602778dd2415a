/**
 * Errors in plain words for the card and the popup. Chrome's own messages ("A listener indicated an
 * asynchronous response…", "Receiving end does not exist") mean nothing to a person; what happened does.
 */
import { type MessageKey, t } from './i18n';

const KNOWN: [RegExp, MessageKey][] = [
  [/message channel closed|message port closed|receiving end does not exist|could not establish connection/i, 'errStopped'],
  [/extension context invalidated/i, 'errRestarted'],
  [/no pixels|canvas has no|source width is 0|zero size/i, 'errNothingThere'],
  [/out of memory|allocation failed|array buffer allocation/i, 'errTooLarge'],
];

/** `what` failed, said plainly, with the next step. */
export function plainError(e: unknown, what: MessageKey = 'whatRead'): string {
  const raw = e instanceof Error ? e.message : String(e);
  const known = KNOWN.find(([re]) => re.test(raw));
  return known ? t('errTryAgain', t(known[1])) : t('errFailed', t(what));
}

/** A request that failed (a message never answered, a reader that stopped) as the outcome the UI shows. */
export const failedOutcome = (e: unknown, what?: MessageKey) => ({ ok: false as const, error: plainError(e, what) });

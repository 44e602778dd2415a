/**
 * Errors in plain words for the card and the popup. Chrome's own messages ("A listener indicated an
 * asynchronous response…", "Receiving end does not exist") mean nothing to a person; what happened does.
 */
const KNOWN: [RegExp, string][] = [
  [/message channel closed|message port closed|receiving end does not exist|could not establish connection/i, 'The reader stopped before it answered'],
  [/extension context invalidated/i, 'Digit Reader was updated or restarted: reload the page'],
  [/no pixels|canvas has no|source width is 0|zero size/i, 'There was nothing to read in that area'],
  [/out of memory|allocation failed|array buffer allocation/i, 'The image was too large to read'],
];

/** `what` failed, said plainly, with the next step. */
export function plainError(e: unknown, what = 'The read'): string {
  const raw = e instanceof Error ? e.message : String(e);
  const known = KNOWN.find(([re]) => re.test(raw));
  return known ? `${known[1]}. Try again.` : `${what} failed. Try again.`;
}

/** A request that failed (a message never answered, a reader that stopped) as the outcome the UI shows. */
export const failedOutcome = (e: unknown, what?: string) => ({ ok: false as const, error: plainError(e, what) });

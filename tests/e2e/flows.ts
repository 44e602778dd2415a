/** Steps the end-to-end tests share: start a selection the way a user does, and drag over an element. */
import type { Page } from 'playwright-core';
import { dispatchCommand, type ExtensionBrowser, pressToolbarButton } from './browser';

/** The user presses the toolbar button (granting activeTab), then the shortcut: the overlay is up. */
export async function startSelection(b: ExtensionBrowser, page: Page): Promise<void> {
  await pressToolbarButton(b, page);
  await page.bringToFront();
  await dispatchCommand(b, 'select-region');
  await page.getByTestId('overlay').waitFor();
}

/** ... and drags over `selector`. */
export async function selectOver(b: ExtensionBrowser, page: Page, selector: string, margin = 4): Promise<void> {
  await startSelection(b, page);
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(Math.max(0, box.x - margin), Math.max(0, box.y - margin));
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width + margin, box.y + box.height + margin, { steps: 3 });
  await page.mouse.up();
}

/** The number on the result card, once it is shown. */
export async function cardNumber(page: Page): Promise<string | null> {
  const card = page.getByTestId('card');
  await card.waitFor({ timeout: 30_000 });
  const number = page.getByTestId('card-number');
  if ((await number.count()) === 0) throw new Error(`the card shows no number: ${await card.textContent()}`);
  return number.getAttribute('aria-label');
}

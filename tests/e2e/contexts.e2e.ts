/**
 * Numbers where web pages put them, read by the built extension from a drag that takes in the page around
 * them: a filled button, an input field, a pill, a gradient banner, beside an emoji, and one number on a
 * mostly empty page selected whole.
 */
import { expect, test } from 'vitest';
import { cardNumber, selectOver, startSelection } from './flows';
import { CASES, CONTEXTS, SPARSE } from './context-pages';
import { useSuite } from './suite';

const suite = useSuite({ '/': CONTEXTS, '/sparse': SPARSE });

test.each(CASES)('a number on %s reads from a generous drag around it', async (_, selector, number) => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, selector, 24);
  expect(await cardNumber(page)).toBe(number);
  await page.close();
});

test('one number on a mostly empty page, the whole viewport selected, is read (not "blank")', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(`${server.url}/sparse`);
  const { width, height } = page.viewportSize()!;
  await startSelection(b, page);
  await page.mouse.move(1, 1);
  await page.mouse.down();
  await page.mouse.move(width / 2, height / 2, { steps: 3 });
  await page.mouse.move(width - 2, height - 2, { steps: 3 });
  await page.mouse.up();
  expect(await cardNumber(page)).toBe('26153');
  await page.close();
});

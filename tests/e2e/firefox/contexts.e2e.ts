/** The page contexts of ../contexts.e2e.ts, as Firefox renders and captures them. */
import { expect, test } from 'vitest';
import { CASES, CONTEXTS, SPARSE } from '../context-pages';
import { cardNumber, selectOver, startSelection } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({ '/': CONTEXTS, '/sparse': SPARSE });

test.each(CASES)('Firefox: a number on %s reads from a generous drag around it', async (_, selector, number) => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, selector, 24);
  expect(await cardNumber(ff, page)).toBe(number);
  await page.close();
});

test('Firefox: one number on a mostly empty page, the whole viewport selected, is read (not "blank")', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(`${server.url}/sparse`);
  const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  await startSelection(ff, page);
  await page.mouse.move(1, 1);
  await page.mouse.down();
  await page.mouse.move(width / 2, height / 2, { steps: 3 });
  await page.mouse.move(width - 2, height - 2, { steps: 3 });
  await page.mouse.up();
  expect(await cardNumber(ff, page)).toBe('26153');
  await page.close();
});

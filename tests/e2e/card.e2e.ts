/** The result card as a user meets it: Reading… at mouse-up, its header and close button, the keyboard,
 *  scrolling, where it goes, light and dark, and no serious accessibility violation. */
import { expect, test } from 'vitest';
import { cardNumber, cardResult, focusedInUi, selectOver, ui, uiViolations } from './flows';
import { page as html, useSuite } from './suite';

const suite = useSuite({
  '/': html(`<div style="margin:40px;font-family:'DejaVu Sans',sans-serif">
    <p id="num" style="font-size:28px;display:inline-block;padding:6px 10px;margin:0">Order #40719</p>
    <p style="margin:4px 0"><input id="field" placeholder="Order number" style="font-size:16px"></p>
    <div style="height:2000px"></div></div>`),
  '/dark': html(`<div style="background:#15171a;color:#e9ecef;margin:0;padding:40px;font-family:'DejaVu Sans',sans-serif;height:600px">
    <span id="num" style="font-size:28px;padding:6px 10px">Ticket 52627</span></div>`),
  '/plain': html(`<p style="margin:40px;font:28px 'DejaVu Sans'"><span id="num" style="padding:6px 10px">Ticket 52627</span></p>`),
});

const rectOf = (page: Parameters<typeof ui>[0], testId: string) =>
  ui(page, testId).call<{ x: number; y: number; width: number; height: number }>(
    'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
  );

test('the card opens at mouse-up saying "Reading…", then shows the number with the name, a close button and no confidences for sure digits', async () => {
  const { b, server } = suite;
  // With no engine loaded yet the read takes a second or so: time to see the card wait.
  await b.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  const page = await b.context.newPage();
  await page.goto(server.url);
  await selectOver(b, page, '#num');
  await ui(page, 'card').waitFor();
  expect(await ui(page, 'card-reading').textContent()).toBe('Reading…');
  expect(await cardNumber(page)).toBe('40719');
  const text = await ui(page, 'card').textContent();
  expect(text).toContain('Digit Reader');
  expect(text).not.toMatch(/%/);
  expect(await ui(page, 'card-doubtful').count()).toBe(0);
  expect(await uiViolations(page, 'card')).toEqual([]);
  await ui(page, 'card-close').click();
  await expect.poll(() => ui(page, 'card').count()).toBe(0);
  await page.close();
});

test('keyboard: the card takes the focus, Tab reaches every control, Enter copies, Esc closes and gives the field its focus back', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.locator('#field').click();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  expect(await focusedInUi(page)).toBe('card');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('40719');
  const reached: (string | null)[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    reached.push(await focusedInUi(page));
  }
  for (const control of ['card-close', 'card-digit-0', 'card-digit-4', 'card-copy', 'card-fill']) expect(reached).toContain(control);
  // A digit's alternatives open from the keyboard too.
  while ((await focusedInUi(page)) !== 'card-digit-1') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await ui(page, 'card-alt-0').count()).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(page, 'card').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
  await page.close();
});

test('the card is beside the number, not over the field it would fill, and stays with the content when the page scrolls', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(server.url);
  await page.locator('#field').click();
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('40719');
  const card = await rectOf(page, 'card');
  const field = (await page.locator('#field').boundingBox())!;
  const number = (await page.locator('#num').boundingBox())!;
  const apart = (a: typeof card, c: typeof card) => a.x + a.width <= c.x || c.x + c.width <= a.x || a.y + a.height <= c.y || c.y + c.height <= a.y;
  expect(apart(card, field)).toBe(true);
  expect(apart(card, number)).toBe(true);
  await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect((await rectOf(page, 'card')).y).toBeCloseTo(card.y - scrolled, 0);
  await page.close();
});

test('without a field to fill, Fill is disabled and the card says why', async () => {
  const { b, server } = suite;
  const page = await b.context.newPage();
  await page.goto(`${server.url}/plain`);
  await selectOver(b, page, '#num');
  expect(await cardNumber(page)).toBe('52627');
  expect(await ui(page, 'card-fill').isDisabled()).toBe(true);
  expect(await ui(page, 'card-fill-why').textContent()).toMatch(/click into it before you select/);
  await page.close();
});

test("the card follows the page's dark background, and the system's dark scheme where the page sets none", async () => {
  const { b, server } = suite;
  const isDark = (page: Parameters<typeof ui>[0]) => ui(page, 'card').call<boolean>("function () { return this.classList.contains('dark'); }");
  const dark = await b.context.newPage();
  await dark.goto(`${server.url}/dark`);
  await selectOver(b, dark, '#num');
  await cardResult(dark);
  expect(await isDark(dark)).toBe(true);
  expect(await uiViolations(dark, 'card')).toEqual([]);
  await dark.close();

  const plain = await b.context.newPage();
  await plain.goto(`${server.url}/plain`);
  await selectOver(b, plain, '#num');
  await cardResult(plain);
  expect(await isDark(plain)).toBe(false);
  await plain.keyboard.press('Escape');
  await plain.emulateMedia({ colorScheme: 'dark' });
  await selectOver(b, plain, '#num');
  await cardResult(plain);
  expect(await isDark(plain)).toBe(true);
  await plain.close();
});

/** Region selection in real Firefox: the shortcut, the page menu, the card's Copy and Fill, Esc. */
import { expect, test } from 'vitest';
import { page as html } from '../suite';
import { clickContextMenu, clickInToolbarPopup, openPopup, readClipboard } from './browser';
import { cardNumber, dragOver, selectOver, startSelection, ui } from './flows';
import { useFirefox } from './suite';

const suite = useFirefox({
  '/': html(`<div style="margin:40px;font-family:'DejaVu Sans',sans-serif">
    <p style="font-size:15px">Your order number is</p>
    <p id="num" style="font-size:28px;display:inline-block;padding:6px 10px">Order #40719</p>
    <p><input id="field" placeholder="Order number" style="font-size:16px"></p>
    <p id="other" style="font-size:24px;display:inline-block;padding:6px">Code 51842</p>
    <div style="height:300px"></div>
    <p id="near" style="font-size:22px;display:inline-block;padding:6px">Nr. 73048</p>
    <div style="height:1500px"></div>
    <p id="far" style="font-size:22px;display:inline-block;padding:6px">Nr. 26153</p>
    <script>window.events=[];const f=document.getElementById('field');
    f.addEventListener('input',e=>window.events.push('input:'+e.target.value));
    f.addEventListener('change',e=>window.events.push('change:'+e.target.value));</script></div>`),
});

test('Firefox: the shortcut, a drag over a number: the card shows it, Copy copies it, the popup shows it', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await selectOver(ff, page, '#num');
  expect(await cardNumber(ff, page)).toBe('40719');
  expect(await ui(ff, page, 'overlay').count()).toBe(0);
  await ui(ff, page, 'card-copy').click();
  await expect.poll(() => readClipboard(ff)).toBe('40719');
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(ff, page, 'card').count()).toBe(0);

  const popup = await openPopup(ff);
  await expect.poll(() => popup.$eval('[data-testid="number"]', (e) => e.textContent).catch(() => null)).toBe('40719');
  expect(await popup.$$('[data-testid="annotated"]')).toHaveLength(1);
  await popup.close();
  await page.close();
});

test('Firefox: Fill puts the number into the field that had focus, firing input and change', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await page.click('#field');
  await selectOver(ff, page, '#num');
  expect(await cardNumber(ff, page)).toBe('40719');
  await ui(ff, page, 'card-fill').click();
  expect(await page.$eval('#field', (e) => (e as HTMLInputElement).value)).toBe('40719');
  expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual(['input:40719', 'change:40719']);
  await page.close();
});

test('Firefox: the page menu\'s "Read digits in a region…" starts a selection', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await clickContextMenu(ff, page, 600, 400, 'read-digits-region');
  await ui(ff, page, 'overlay').waitFor();
  await dragOver(page, '#other');
  expect(await cardNumber(ff, page)).toBe('51842');
  await page.close();
});

test('Firefox: a scrolled page maps the selection to the right pixels, and Repeat last region reads the same place on screen', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await page.$eval('#far', (e) => e.scrollIntoView({ block: 'center' }));
  await selectOver(ff, page, '#far');
  expect(await cardNumber(ff, page)).toBe('26153');
  await page.keyboard.press('Escape');
  // Scrolled until another number stands where the first one stood on screen: Repeat reads that one.
  await page.evaluate(() => {
    const at = (id: string) => document.getElementById(id)!.getBoundingClientRect().top;
    window.scrollBy(0, at('near') - at('far'));
  });
  await clickInToolbarPopup(ff, 'repeat-region');
  expect(await cardNumber(ff, page)).toBe('73048');
  await page.close();
});

test('Firefox: Esc cancels a selection without reading', async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url);
  await startSelection(ff, page);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(ff, page, 'overlay').count()).toBe(0);
  await new Promise((r) => setTimeout(r, 300));
  expect(await ui(ff, page, 'card').count()).toBe(0);
  await page.close();
});

test("Firefox: on a plain http page (no clipboard API) Copy still copies, and the number never enters the page's DOM", async () => {
  const { ff, server } = suite;
  const page = await ff.newPage(server.url.replace('127.0.0.1', 'plain.test'));
  expect(await page.evaluate(() => window.isSecureContext || 'clipboard' in navigator)).toBe(false);
  await page.evaluate(() => {
    const added: string[] = [];
    (window as unknown as { added: string[] }).added = added;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) added.push(n instanceof HTMLTextAreaElement ? n.value : (n.textContent ?? ''));
    }).observe(document, { childList: true, subtree: true });
  });
  await selectOver(ff, page, '#num');
  expect(await cardNumber(ff, page)).toBe('40719');
  await ui(ff, page, 'card-copy').click();
  await expect.poll(() => ui(ff, page, 'card-status').textContent()).toBe('Copied');
  await expect.poll(() => readClipboard(ff)).toBe('40719');
  expect((await page.evaluate(() => (window as unknown as { added: string[] }).added)).filter((t) => t.includes('40719'))).toEqual([]);
  await page.close();
});

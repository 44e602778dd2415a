/**
 * Printed five-digit numbers rendered by real Chromium: many installed font families, 9–48 px,
 * several colour schemes, HiDPI, some JPEG, some with a word beside the number. Seeded.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/browser';
import { makeRng, pick, uniform, chance } from '../../src/training/random';
import { isReserved } from '../../src/training/reserved-fonts';

export interface Sample {
  name: string;
  bytes: Buffer;
  truth: string;
}

const SCHEMES = [
  { fg: '#212529', bg: '#ffffff' },
  { fg: '#000000', bg: '#f1f3f5' },
  { fg: '#f8f9fa', bg: '#212529' },
  { fg: '#1864ab', bg: '#e7f5ff' },
  { fg: '#c92a2a', bg: '#fff5f5' },
  { fg: '#ffffff', bg: 'linear-gradient(90deg,#1971c2,#9c36b5)' },
  { fg: '#ffe066', bg: '#2b8a3e' },
  { fg: '#495057', bg: 'linear-gradient(180deg,#ffffff,#dee2e6)' },
];
const WORDS = ['PLZ', 'Order #', 'Tel.', 'Nr.', 'Code:', 'ID', 'Ticket'];

export function fontFamilies(): string[] {
  const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  const families = new Set(
    out
      .split('\n')
      .map((l) => l.split(',')[0].trim())
      // Symbol faces, and Linux Biolinum Keyboard, which draws every character inside a keycap outline.
      .filter((f) => f && !/Symbol|Dingbat|Math|Emoji|Awesome|D050000L|Z003|Braille|Tamil|Keyboard/i.test(f))
      .filter((f) => !/^Noto (Sans|Serif) (?!Mono|Display)/.test(f))
      .filter((f) => !isReserved(f)),
  );
  return [...families].sort();
}

/** Debian's Chromium, headless, as every benchmark set is rendered. */
export const launchChromium = () => chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

export async function printedSet(count: number, seed = 'printed'): Promise<Sample[]> {
  const rng = makeRng(seed);
  const families = fontFamilies();
  const browser = await launchChromium();
  const samples: Sample[] = [];
  try {
    for (const dpr of [1, 2]) {
      const page = await browser.newPage({ deviceScaleFactor: dpr, viewport: { width: 900, height: 300 } });
      const n = dpr === 1 ? Math.ceil(count * 0.75) : count - Math.ceil(count * 0.75);
      for (let i = 0; i < n; i++) {
        const truth = Array.from({ length: 5 }, () => Math.floor(rng() * 10)).join('');
        const family = pick(rng, families);
        const size = Math.round(Math.exp(uniform(rng, Math.log(9), Math.log(48))));
        const scheme = pick(rng, SCHEMES);
        const word = chance(rng, 0.25) ? `${pick(rng, WORDS)} ` : '';
        const weight = chance(rng, 0.25) ? 'bold' : 'normal';
        const style = chance(rng, 0.15) ? 'italic' : 'normal';
        const jpeg = chance(rng, 0.2);
        await page.setContent(
          `<html><body style="margin:0;padding:20px;background:#fff"><span id="n" style="display:inline-block;padding:${Math.round(size * 0.4)}px ${Math.round(size * 0.5)}px;` +
            `font-family:'${family}';font-size:${size}px;font-weight:${weight};font-style:${style};color:${scheme.fg};background:${scheme.bg}">${word}${truth}</span></body></html>`,
        );
        const bytes = await page.locator('#n').screenshot(jpeg ? { type: 'jpeg', quality: 75 } : { type: 'png' });
        samples.push({ name: `printed-${samples.length}-${family.replace(/\W+/g, '_')}-${size}px-x${dpr}${jpeg ? '.jpg' : '.png'}`, bytes, truth });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

/**
 * Probe pages for tuning container and rule handling: a few kinds of context rendered by Chromium in the DEV
 * families only (never the test families), every theme, DPR 1–2, a fifth JPEG, a generous drag; read by ours
 * alone, misses printed. The outline, shadow and dashed-rule rules of layers.ts and dashes.ts were worked out
 * on these, so the page-context test set's outlined-button, card and struck-through contexts now measure
 * held-out fonts, not unseen contexts (docs/benchmarks.md).
 * Usage: tsx scripts/bench/probes.ts KIND [--count N] [--save DIR]   (KIND: outline, shadow, labelled, dashed, highlight, strike)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createReader } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { chance, makeRng, pick, type Rng, uniform } from '../../src/training/random';
import { webFonts } from '../../src/training/web-fonts';
import { dragAround, fontFaces } from './page-set';
import { launchChromium } from './printed-set';

const THEMES = [
  { name: 'light', page: '#ffffff', text: '#212529', field: '#ffffff' },
  { name: 'dark', page: '#121212', text: '#e9ecef', field: '#1e1e1e' },
  { name: 'dark', page: '#1a1b26', text: '#c0caf5', field: '#24283b' },
  { name: 'low', page: '#ffffff', text: '#8a8a8a', field: '#ffffff' },
  { name: 'low', page: '#f4f4f4', text: '#7d7d7d', field: '#fafafa' },
];
type Theme = (typeof THEMES)[number];
// Pastels too: outlined buttons take their fill colours for text (#e7f1ff on white is 0.06 from it).
const ACCENTS = ['#0d6efd', '#198754', '#dc3545', '#6f42c1', '#fd7e14', '#343a40', '#e7f1ff', '#d1e7dd', '#f8d7da', '#e9ecef'];
const KINDS: Record<string, (n: string, rng: Rng, t: Theme) => string> = {
  outline: (n, rng) => {
    const c = pick(rng, ACCENTS);
    return `<span id="target" style="color:${c};border:${pick(rng, [1, 2])}px solid ${c};border-radius:${pick(rng, ['0', '4px', '999px'])};padding:.3em .8em">${n}</span>`;
  },
  shadow: (n, rng, t) =>
    `<div id="target" style="display:inline-block;background:${t.field};border-radius:8px;box-shadow:0 ${pick(rng, [2, 6])}px ${pick(rng, [6, 16, 30])}px rgba(0,0,0,.3);padding:.8em 1.2em;color:${t.text}">${n}</div>`,
  // A card with a small faint label over the number, as tracking and order cards have.
  labelled: (n, rng, t) =>
    `<div id="target" style="display:inline-block;background:${t.field};border-radius:${pick(rng, ['6px', '12px'])};box-shadow:0 ${pick(rng, [1, 4, 8])}px ${pick(rng, [4, 12, 24])}px rgba(0,0,0,.25);padding:1em 1.4em;color:${t.text}"><div style="font-size:.65em;opacity:.7">${pick(rng, ['Order', 'Parcel', 'Your code'])}</div>${n}</div>`,
  dashed: (n, _, t) => `<span id="target" style="color:${t.text};border:2px dashed ${t.text};padding:.3em .6em">${n}</span>`,
  // A marker highlight behind the number; on a dark page it is a light layer with dark text on it.
  highlight: (n, rng) => {
    const [bg, fg] = pick(rng, [
      ['#fff3bf', '#212529'],
      ['#ffe066', '#212529'],
      ['#c3fae8', '#212529'],
      ['#ffc9c9', '#343a40'],
      ['#e5dbff', '#343a40'],
      ['#5c4b00', '#fff3bf'],
    ]);
    return `<mark id="target" style="background:${bg};color:${fg};padding:${pick(rng, ['0', '.05em .2em', '.1em .3em'])};border-radius:${pick(rng, ['0', '3px'])}">${n}</mark>`;
  },
  strike: (n, rng, t) => `<del id="target" style="color:${t.text};text-decoration-thickness:${pick(rng, [1, 2])}px">${n}</del>`,
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '80' }, save: { type: 'string' } } });
const kind = positionals[0];
if (!KINDS[kind]) throw new Error(`kind is one of ${Object.keys(KINDS).join(', ')}`);
const count = Number(values.count);
const rng = makeRng(`probe-${kind}`);
const fonts = webFonts('dev');
const reader = await createReader({ model: modelFromDir() });
const browser = await launchChromium();
let right = 0;
const misses: string[] = [];
try {
  for (const dpr of [1, 1.25, 1.5, 2]) {
    const page = await browser.newPage({ deviceScaleFactor: dpr, viewport: { width: 1000, height: 400 } });
    await page.setContent(`<html><head><style>${fontFaces(fonts)}\nbody{margin:0}#stage{padding:60px}</style></head><body><div id="stage"></div></body></html>`);
    for (let i = 0; i < count / 4; i++) {
      const truth = Array.from({ length: 5 }, () => Math.floor(rng() * 10)).join('');
      const font = pick(rng, fonts);
      const theme = pick(rng, THEMES);
      const size = Math.round(Math.exp(uniform(rng, Math.log(11), Math.log(30))));
      const html = KINDS[kind](truth, rng, theme);
      const style = `background:${theme.page};color:${theme.text};font-family:'${font.family}';font-size:${size}px;font-weight:${chance(rng, 0.25) ? 700 : 400}`;
      const clip = await dragAround(page, html, style, () => uniform(rng, 0.15, 1.6) * size);
      const jpeg = chance(rng, 0.2);
      const bytes = await page.screenshot({ clip, ...(jpeg ? { type: 'jpeg' as const, quality: 75 } : { type: 'png' as const }) });
      const name = `${truth}-${kind}-${font.id}-${size}px-x${dpr}-${theme.name}${jpeg ? '.jpg' : '.png'}`;
      if (values.save) {
        mkdirSync(values.save, { recursive: true });
        writeFileSync(join(values.save, name), bytes);
      }
      const read = reader.read(await decodeBytes(bytes), { digits: 5 }).number;
      if (read === truth) right++;
      else misses.push(`- ${name}: read ${read}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${kind} (dev families): ${right} of ${count} exactly right`);
console.log(misses.join('\n'));

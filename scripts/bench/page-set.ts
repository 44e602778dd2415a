/**
 * Five-digit numbers where web pages put them, rendered by real Chromium in web fonts from npm: on filled
 * and outlined buttons, in input fields, pills, chips, table cells, cards and gradient banners, underlined,
 * struck through, highlighted, beside words, signs, icons and emoji; light, dark and low contrast; DPR 1,
 * 1.25, 1.5 and 2; a fifth JPEG. Each crop is a generous drag: it takes in the page around the container.
 *
 * Two sets that share nothing: `dev` (tuned on) draws the dev font families and the dev contexts; `test`
 * (reported, never tuned on) draws the held-out families and every context, including the contexts the
 * dev set never has.
 */
import { readFileSync } from 'node:fs';
import { chance, makeRng, pick, type Rng, uniform } from '../../src/training/random';
import { type WebFont, type WebFontRole, webFonts } from '../../src/training/web-fonts';
import type { Page } from 'playwright-core';
import { launchChromium, type Sample } from './printed-set';

export interface PageSample extends Sample {
  context: string;
  family: string;
}

interface Theme {
  name: 'light' | 'dark' | 'low contrast';
  page: string;
  text: string;
  field: string;
  border: string;
}

const THEMES: Theme[] = [
  { name: 'light', page: '#ffffff', text: '#212529', field: '#ffffff', border: '#ced4da' },
  { name: 'light', page: '#f8f9fa', text: '#343a40', field: '#ffffff', border: '#adb5bd' },
  { name: 'dark', page: '#121212', text: '#e9ecef', field: '#1e1e1e', border: '#495057' },
  { name: 'dark', page: '#1a1b26', text: '#c0caf5', field: '#24283b', border: '#414868' },
  { name: 'low contrast', page: '#ffffff', text: '#8a8a8a', field: '#ffffff', border: '#e0e0e0' },
  { name: 'low contrast', page: '#f4f4f4', text: '#7d7d7d', field: '#fafafa', border: '#dddddd' },
];
/** Container fills and the text drawn on them. */
const ACCENTS: [string, string][] = [
  ['#0d6efd', '#ffffff'],
  ['#198754', '#ffffff'],
  ['#dc3545', '#ffffff'],
  ['#6f42c1', '#ffffff'],
  ['#fd7e14', '#ffffff'],
  ['#20c997', '#0b2e24'],
  ['#ffc107', '#212529'],
  ['#343a40', '#f8f9fa'],
  ['#e7f1ff', '#0a58ca'],
  ['#d1e7dd', '#0f5132'],
  ['#f8d7da', '#842029'],
  ['#e9ecef', '#495057'],
];
const STRONG = ACCENTS.filter(([, fg]) => fg === '#ffffff');
const WORDS = ['No.', 'Nr.', 'ID', 'ID:', 'Order', 'Order #', 'Ref', 'Ref.', 'Box', 'Paris', 'Invoice', 'PLZ', 'Code', 'Kd.-Nr.', 'Room', 'Gate'];
const SIGNS = ['€', '$', '£', '#', '№', 'kg', '%', 'pts', 'km'];
const ICONS = ['📦', '✅', '☎', '🛒', '⭐', '🔒', '📍', '✉', '🚚', '💳'];

type Maker = (n: string, rng: Rng, t: Theme) => string;
const accent = (rng: Rng) => pick(rng, ACCENTS);
const radius = (rng: Rng) => pick(rng, ['0', '3px', '6px', '10px', '999px']);

/** Every context: its HTML around the number, with the element to crop marked id="target". */
const CONTEXTS: Record<string, Maker> = {
  plain: (n) => `<span id="target">${n}</span>`,
  button: (n, rng) => {
    const [bg, fg] = accent(rng);
    const shadow = chance(rng, 0.4) ? 'box-shadow:0 2px 6px rgba(0,0,0,.3);' : '';
    return `<button id="target" style="background:${bg};color:${fg};border:0;border-radius:${radius(rng)};padding:.55em 1.3em;font:inherit;font-weight:600;${shadow}">${n}</button>`;
  },
  'input field': (n, rng, t) => {
    const focus = chance(rng, 0.4) ? `box-shadow:0 0 0 ${pick(rng, [2, 3, 4])}px ${pick(rng, ['rgba(13,110,253,.35)', 'rgba(25,135,84,.4)', '#86b7fe'])};` : '';
    return `<input id="target" value="${n}" style="font:inherit;color:${t.text};background:${t.field};border:${pick(rng, [1, 1, 2])}px solid ${t.border};border-radius:${pick(rng, ['2px', '4px', '8px'])};padding:.4em .7em;width:${uniform(rng, 7, 14).toFixed(1)}em;${focus}">`;
  },
  pill: (n, rng) => {
    const [bg, fg] = accent(rng);
    return `<span id="target" style="display:inline-block;background:${bg};color:${fg};border-radius:999px;padding:.2em .75em;font-size:.85em;font-weight:${pick(rng, [400, 600, 700])}">${n}</span>`;
  },
  'gradient banner': (n, rng) => {
    // Fills that white text is legible on.
    const [a] = pick(rng, STRONG);
    const [b] = pick(rng, STRONG);
    const label = chance(rng, 0.5) ? `<div style="font-size:.6em;opacity:.85">Your code</div>` : '';
    return `<div id="target" style="display:inline-block;padding:.8em 1.6em;border-radius:${radius(rng)};color:#fff;background:linear-gradient(${Math.floor(rng() * 360)}deg,${a},${b})">${label}<b>${n}</b></div>`;
  },
  'table cell': (n, rng, t) => {
    const line = `${pick(rng, [1, 1, 2])}px solid ${t.border}`;
    return `<table style="border-collapse:collapse;color:${t.text}"><tr><td style="border:${line};padding:.35em .8em">Article</td><td id="target" style="border:${line};padding:.35em .8em">${n}</td><td style="border:${line};padding:.35em .8em">Blue</td></tr></table>`;
  },
  underlined: (n, rng) =>
    `<a id="target" href="#" style="color:${pick(rng, ['#0d6efd', '#1a0dab', '#6ea8fe', '#c2185b'])};text-decoration:underline ${pick(rng, [1, 2])}px;text-underline-offset:${pick(rng, [0, 1, 2, 4])}px">${n}</a>`,
  'word beside': (n, rng) =>
    chance(rng, 0.7) ? `<span id="target">${pick(rng, WORDS)} ${n}</span>` : `<span id="target">${n} ${pick(rng, ['Paris', 'Berlin', 'Box', 'total', 'pcs'])}</span>`,
  'icon beside': (n, rng) => (chance(rng, 0.7) ? `<span id="target">${pick(rng, ICONS)} ${n}</span>` : `<span id="target">${n} ${pick(rng, ICONS)}</span>`),
  'sign beside': (n, rng) => {
    const sign = pick(rng, SIGNS);
    const space = chance(rng, 0.5) ? ' ' : '';
    return /^[€$£#№]$/.test(sign) ? `<span id="target">${sign}${space}${n}</span>` : `<span id="target">${n}${space}${sign}</span>`;
  },
  // Only in the test set: contexts the engine was never tuned on.
  'outlined button': (n, rng) => {
    const [bg] = accent(rng);
    return `<button id="target" style="background:transparent;color:${bg};border:${pick(rng, [1, 2])}px solid ${bg};border-radius:${radius(rng)};padding:.5em 1.2em;font:inherit">${n}</button>`;
  },
  'struck through': (n, rng) => `<s id="target" style="text-decoration-thickness:${pick(rng, [1, 2])}px">${n}</s>`,
  highlighted: (n, rng) => `<mark id="target" style="background:${pick(rng, ['#fff3bf', '#ffec99', '#d3f9d8', '#ffd8a8'])};color:#212529;padding:.05em .2em">${n}</mark>`,
  card: (n, rng, t) =>
    `<div id="target" style="display:inline-block;background:${t.field};border-radius:${pick(rng, ['6px', '12px'])};box-shadow:0 ${pick(rng, [1, 4, 8])}px ${pick(rng, [4, 12, 24])}px rgba(0,0,0,.25);padding:1em 1.4em;color:${t.text}"><div style="font-size:.65em;opacity:.7">Tracking</div>${n}</div>`,
  chip: (n, rng, t) =>
    `<span id="target" style="display:inline-flex;gap:.4em;align-items:center;border:1px solid ${t.border};border-radius:999px;padding:.2em .7em;color:${t.text}"><span>${pick(rng, ['🏷', '●', '★'])}</span>${n}<span style="opacity:.6">×</span></span>`,
};
export const DEV_CONTEXTS = ['plain', 'button', 'input field', 'pill', 'gradient banner', 'table cell', 'underlined', 'word beside', 'icon beside', 'sign beside'];
export const CONTEXT_NAMES = Object.keys(CONTEXTS);

const DPRS = [1, 1.25, 1.5, 2];

/** The fonts as @font-face rules with their woff2 files inline: the pages load nothing. */
export const fontFaces = (fonts: WebFont[]) =>
  fonts
    .flatMap((f) =>
      [...f.files].map(
        ([weight, file]) => `@font-face{font-family:'${f.family}';font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2')}`,
      ),
    )
    .join('\n');

/**
 * Puts `html` on the page's #stage in `style` (the document in language `lang`, if given) and returns a person's
 * drag around its #target: `margin()` px of the page beyond it on each side, drawn left, top, right, bottom.
 */
export async function dragAround(page: Page, html: string, style: string, margin: () => number, lang?: string) {
  const box = await page.evaluate(
    async ({ html, style, lang }) => {
      if (lang) document.documentElement.lang = lang;
      const stage = document.getElementById('stage')!;
      stage.setAttribute('style', style);
      stage.innerHTML = html;
      await document.fonts.ready;
      const r = document.getElementById('target')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { html, style, lang },
  );
  const x = Math.max(0, box.x - margin());
  const y = Math.max(0, box.y - margin());
  return { x, y, width: box.x + box.width + margin() - x, height: box.y + box.height + margin() - y };
}

export async function pageSet(count: number, set: Exclude<WebFontRole, 'train'>, seed = `pages-${set}`): Promise<PageSample[]> {
  const rng = makeRng(seed);
  const fonts = webFonts(set);
  const contexts = set === 'dev' ? DEV_CONTEXTS : CONTEXT_NAMES;
  const faces = fontFaces(fonts);
  const browser = await launchChromium();
  const samples: PageSample[] = [];
  try {
    for (const [d, dpr] of DPRS.entries()) {
      const page = await browser.newPage({ deviceScaleFactor: dpr, viewport: { width: 1000, height: 400 } });
      await page.setContent(`<html><head><style>${faces}\nbody{margin:0}#stage{padding:60px}</style></head><body><div id="stage"></div></body></html>`);
      const n = Math.round(((d + 1) * count) / DPRS.length) - Math.round((d * count) / DPRS.length);
      for (let i = 0; i < n; i++) {
        const truth = Array.from({ length: 5 }, () => Math.floor(rng() * 10)).join('');
        const context = pick(rng, contexts);
        const font = pick(rng, fonts);
        const theme = pick(rng, THEMES);
        const size = Math.round(Math.exp(uniform(rng, Math.log(11), Math.log(30))));
        const weight = chance(rng, 0.25) ? 700 : 400;
        const html = CONTEXTS[context](truth, rng, theme);
        // A person's drag: a margin of the page on every side, wider on some sides than others.
        const clip = await dragAround(
          page,
          html,
          `background:${theme.page};color:${theme.text};font-family:'${font.family}';font-size:${size}px;font-weight:${weight}`,
          () => uniform(rng, 0.15, 1.6) * size,
        );
        const jpeg = chance(rng, 0.2);
        const bytes = await page.screenshot({ clip, ...(jpeg ? { type: 'jpeg' as const, quality: Math.round(uniform(rng, 60, 90)) } : { type: 'png' as const }) });
        const slug = `${context}-${font.id}-${size}px-x${dpr}-${theme.name}`.replace(/\W+/g, '_');
        samples.push({ name: `${set}-${samples.length}-${slug}${jpeg ? '.jpg' : '.png'}`, bytes, truth, context, family: font.family });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

const WORDS_OF_TEXT =
  'the of and to in is you that it he was for on are as with his they at be this from have or one had by word but not what all were we when your can said there use an each which she do how their if will up other about out many then them these so some her would make like him into time has look two more write go see no way could people my than first water been call who oil its now find long down day did get come made may part'.split(
    ' ',
  );

export interface ViewportPage {
  context: string;
  truth: string;
  family: string;
  /** the whole page, fonts included (as data URLs) */
  html: string;
  dpr: number;
}

/**
 * Whole 1920x1080 viewports' pages (test: held-out families): a mostly empty page at DPR 2 with one five-digit
 * number among a few words and small numbers, and a page full of text with one five-digit number in it; to
 * screenshot (viewportSet) or to read through the extension.
 */
export function viewportPages(set: 'dev' | 'test' = 'test', seed = 'viewports'): ViewportPage[] {
  const rng = makeRng(set === 'test' ? seed : `${seed}-dev`);
  const fonts = webFonts(set);
  // The dev pair is for profiling and tuning; the test pair is the reported one.
  const [serifId, sansId] = set === 'test' ? ['newsreader', 'hanken-grotesk'] : ['domine', 'inter'];
  const [serif, sans] = [fonts.find((f) => f.id === serifId)!, fonts.find((f) => f.id === sansId)!];
  const para = (n: number) => Array.from({ length: n }, () => pick(rng, WORDS_OF_TEXT)).join(' ');
  const text = Array.from({ length: 14 }, (_, i) => `<p>${para(90)}${i === 6 ? ' Your order number is 40719 and the' : ''} ${para(30)}.</p>`).join('');
  const pages: [string, string, string, number][] = [
    [
      'sparse viewport (DPR 2)',
      '26153',
      `<body style="margin:0;height:100vh;font:16px '${sans.family}';color:#333"><div style="position:absolute;left:9%;top:7%">Menu · Help · 12 items</div><div style="position:absolute;left:61%;top:57%;font-size:22px">Ticket 26153</div><div style="position:absolute;left:18%;top:84%;font-size:13px;color:#888">© 2026 · page 3 of 7</div></body>`,
      2,
    ],
    ['page of text', '40719', `<body style="margin:24px;font:15px '${serif.family}';line-height:1.45;column-count:3;color:#222">${text}</body>`, 1],
  ];
  return pages.map(([context, truth, body, dpr]) => ({
    context,
    truth,
    dpr,
    family: context === 'page of text' ? serif.family : sans.family,
    html: `<html><head><style>${fontFaces([serif, sans])}</style></head>${body}</html>`,
  }));
}

/** The viewports as screenshots, for the engine. */
export async function viewportSet(set: 'dev' | 'test' = 'test', seed = 'viewports'): Promise<PageSample[]> {
  const browser = await launchChromium();
  try {
    const out: PageSample[] = [];
    for (const { context, truth, html, dpr, family } of viewportPages(set, seed)) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: dpr });
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      out.push({ name: `${context.replace(/\W+/g, '_')}.png`, bytes: await page.screenshot(), truth, context, family });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

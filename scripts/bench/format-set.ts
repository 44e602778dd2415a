/**
 * Formatted numbers as web pages write them, rendered by real Chromium in web fonts: prices and amounts in
 * German, English, French and Swiss formats (Intl's own), grouped thousands, decimals, negative amounts,
 * percentages, phone numbers, IDs with leading zeros, columns of 3–10 numbers and small tables. Each sample's
 * truth is the list of numbers as the reader should give them, row by row and column by column.
 *
 * `dev` draws the dev font families (tuned on); `test` the held-out ones (reported, never tuned on).
 */
import { chance, makeRng, pick, type Rng, uniform } from '../../src/training/random';
import { type WebFontRole, webFonts } from '../../src/training/web-fonts';
import { dragAround, fontFaces } from './page-set';
import { launchChromium, type Sample } from './printed-set';

export interface FormatSample extends Sample {
  kind: string;
  locale: string;
  family: string;
  /** the numbers as written, a row per line, a cell per column ('' where a row has none) */
  rows: string[][];
}

const LOCALES = ['de-DE', 'en-US', 'fr-FR', 'de-CH'];
const CURRENCY: Record<string, string> = { 'de-DE': 'EUR', 'en-US': 'USD', 'fr-FR': 'EUR', 'de-CH': 'CHF' };

/** The number's text as the reader writes it: spaces of any width as ' ', the Swiss ’ as ', − as -. */
const asRead = (s: string) =>
  s
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\u2019/g, "'")
    .replace(/\u2212/g, '-')
    .replace(/\s*%/, '%');

/** The number alone (sign, digits, separators, percent), without currency signs or words. */
function numberPart(locale: string, value: number, options: Intl.NumberFormatOptions): { html: string; truth: string } {
  const parts = new Intl.NumberFormat(locale, options).formatToParts(value);
  const html = parts.map((p) => p.value).join('');
  const truth = parts
    .filter(
      (p) => ['minusSign', 'plusSign', 'integer', 'group', 'decimal', 'fraction', 'percentSign', 'literal'].includes(p.type) && !(p.type === 'literal' && !/^\s+$/.test(p.value)),
    )
    .map((p) => p.value)
    .join('')
    .trim();
  return { html, truth: asRead(truth) };
}

const amount = (rng: Rng) => Math.round(Math.exp(uniform(rng, Math.log(1), Math.log(2_000_000))) * 100) / 100;

type Single = (rng: Rng, locale: string) => { html: string; truth: string };
const SINGLES: Record<string, Single> = {
  price: (rng, locale) => numberPart(locale, amount(rng), { style: 'currency', currency: CURRENCY[locale] }),
  amount: (rng, locale) => numberPart(locale, Math.round(amount(rng) * 100), { maximumFractionDigits: 0 }),
  decimal: (rng, locale) => numberPart(locale, amount(rng), { minimumFractionDigits: 1, maximumFractionDigits: pick(rng, [1, 2, 3]) }),
  negative: (rng, locale) => numberPart(locale, -amount(rng), { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  percent: (rng, locale) => numberPart(locale, Math.round(uniform(rng, 0, 1) * 1000) / 1000, { style: 'percent', minimumFractionDigits: pick(rng, [0, 1]) }),
  phone: (rng) => {
    const groups = [pick(rng, ['49', '41', '33', '44', '1']), ...Array.from({ length: pick(rng, [2, 3]) }, () => digits(rng, pick(rng, [2, 3, 4, 7])))];
    const text = `+${groups.join(' ')}`;
    return { html: text, truth: text };
  },
  id: (rng) => {
    const text = `${'0'.repeat(pick(rng, [1, 2, 3]))}${digits(rng, pick(rng, [2, 3, 4, 5]))}`;
    return { html: `${pick(rng, ['ID ', 'No. ', 'Ref. ', ''])}${text}`, truth: text };
  },
};
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

const THEMES = [
  { page: '#ffffff', text: '#212529' },
  { page: '#f8f9fa', text: '#495057' },
  { page: '#121212', text: '#e9ecef' },
  { page: '#1a1b26', text: '#c0caf5' },
];
const DPRS = [1, 1.5, 2];

/** One sample's HTML: a single number in a line of text, a column (right-aligned, as amounts are) or a table. */
function layout(rng: Rng, locale: string): { kind: string; html: string; rows: string[][] } {
  const roll = rng();
  if (roll < 0.6) {
    const kind = pick(rng, Object.keys(SINGLES));
    const { html, truth } = SINGLES[kind](rng, locale);
    return { kind, html: `<span id="target">${html}</span>`, rows: [[truth]] };
  }
  const cell = () => SINGLES[pick(rng, ['price', 'amount', 'decimal', 'negative'])](rng, locale);
  if (roll < 0.8) {
    const cells = Array.from({ length: 3 + Math.floor(rng() * 8) }, cell);
    const body = cells.map((c) => `<div>${c.html}</div>`).join('');
    return { kind: 'column', html: `<div id="target" style="display:inline-block;text-align:right;line-height:1.6">${body}</div>`, rows: cells.map((c) => [c.truth]) };
  }
  const rowCount = 2 + Math.floor(rng() * 3);
  const colCount = 2 + Math.floor(rng() * 2);
  const grid = Array.from({ length: rowCount }, () => [{ html: digits(rng, 5), truth: '' }, ...Array.from({ length: colCount - 1 }, cell)]);
  for (const row of grid) row[0].truth = row[0].html;
  const border = chance(rng, 0.5) ? 'border-bottom:1px solid #ced4da;' : '';
  const rows = grid.map((row) => `<tr>${row.map((c, k) => `<td style="padding:.3em 1.2em;${border}text-align:${k ? 'right' : 'left'}">${c.html}</td>`).join('')}</tr>`).join('');
  return { kind: 'table', html: `<table id="target" style="border-collapse:collapse">${rows}</table>`, rows: grid.map((row) => row.map((c) => c.truth)) };
}

export async function formatSet(count: number, set: Exclude<WebFontRole, 'train'>, seed = `formats-${set}`): Promise<FormatSample[]> {
  const rng = makeRng(seed);
  const fonts = webFonts(set);
  const faces = fontFaces(fonts);
  const browser = await launchChromium();
  const samples: FormatSample[] = [];
  try {
    for (const [d, dpr] of DPRS.entries()) {
      const page = await browser.newPage({ deviceScaleFactor: dpr, viewport: { width: 1000, height: 700 } });
      await page.setContent(`<!doctype html><html><head><style>${faces}\nbody{margin:0}#stage{padding:40px}</style></head><body><div id="stage"></div></body></html>`);
      const n = Math.round(((d + 1) * count) / DPRS.length) - Math.round((d * count) / DPRS.length);
      for (let i = 0; i < n; i++) {
        const locale = pick(rng, LOCALES);
        const font = pick(rng, fonts);
        const theme = pick(rng, THEMES);
        const size = Math.round(Math.exp(uniform(rng, Math.log(12), Math.log(28))));
        const { kind, html, rows } = layout(rng, locale);
        const clip = await dragAround(
          page,
          html,
          `background:${theme.page};color:${theme.text};font-family:'${font.family}';font-size:${size}px`,
          () => uniform(rng, 0.3, 1.2) * size,
          locale,
        );
        const jpeg = chance(rng, 0.15);
        const bytes = await page.screenshot({ clip, ...(jpeg ? { type: 'jpeg' as const, quality: Math.round(uniform(rng, 70, 92)) } : { type: 'png' as const }) });
        const slug = `${kind}-${locale}-${font.id}-${size}px-x${dpr}`.replace(/\W+/g, '_');
        samples.push({
          name: `${set}-${samples.length}-${slug}${jpeg ? '.jpg' : '.png'}`,
          bytes,
          truth: rows.map((r) => r.join('\t')).join('\n'),
          kind,
          locale,
          family: font.family,
          rows,
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

/**
 * The installed fonts we render printed digits with (Debian packages listed in scripts/fonts.txt).
 * Whole families are held out for evaluation so the printed-digit accuracy measures unseen designs.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { isReserved } from './reserved-fonts';

export interface FontFace {
  family: string; // the alias registered with the canvas
  file: string;
  heldOut: boolean;
}

const FONT_ROOT = '/usr/share/fonts';
// Fonts without ordinary Latin digits, or whose digits are decorative symbols; and Linux Biolinum
// Keyboard (LinBiolinum_K), which draws every character inside a keycap outline (the bench leaves it out too).
const EXCLUDE = /D050000L|StandardSymbols|MathTeX|Tamil|fontawesome|Awesome|Symbol|Dingbat|Z003|Emoji|Braille|LinBiolinum_K/i;
const NOTO_LATIN = /^Noto(Sans|Serif)(Mono|Display)?-/;
/** Families kept out of training: a spread of sans, serif, monospace, rounded and condensed designs. */
export const HELD_OUT_FAMILIES = ['Carlito', 'Lato', 'Cantarell', 'Inconsolata', 'CharisSIL', 'Comfortaa', 'Cousine', 'LiberationSansNarrow', 'Jura', 'Karla'];

function walk(dir: string, out: string[]): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ttf|otf)$/i.test(e)) out.push(p);
  }
  return out;
}

export function familyOf(file: string): string {
  return basename(file)
    .replace(/\.(ttf|otf)$/i, '')
    .split(/[-_ []/)[0];
}

let cache: FontFace[] | undefined;

export function installedFonts(): FontFace[] {
  if (cache) return cache;
  const seen = new Set<string>();
  const faces: FontFace[] = [];
  for (const file of walk(FONT_ROOT, []).sort()) {
    const name = basename(file);
    if (seen.has(name) || EXCLUDE.test(name)) continue;
    if (name.startsWith('Noto') && !NOTO_LATIN.test(name)) continue;
    if (isReserved(familyOf(file))) continue;
    seen.add(name);
    const alias = `dr-${faces.length}`;
    if (!GlobalFonts.registerFromPath(file, alias)) continue;
    const family = familyOf(file);
    faces.push({ family: alias, file, heldOut: HELD_OUT_FAMILIES.includes(family) });
  }
  cache = faces;
  return faces;
}

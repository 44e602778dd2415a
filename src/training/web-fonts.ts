/**
 * Web font families from the @fontsource npm packages (woff2), each with one role: trained on, tuned on
 * (the page-context and handwriting dev sets) or held out (their test sets, never trained or tuned on). The
 * families in shared/reserved-fonts.txt belong to the independent evaluation and are in none of them,
 * nor is any family that shares a name with one (Fira Code, Ubuntu Mono, Merriweather Sans, Caveat Brush…).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isReserved } from './reserved-fonts';

export type WebFontRole = 'train' | 'dev' | 'test';
/** Type for print (pages, buttons, tables) or handwriting families (notes, hand-lettered pages). */
export type WebFontKind = 'print' | 'hand';

// A spread of sans, serif, slab, mono, condensed, rounded and display designs in every role.
const PRINT: Record<WebFontRole, readonly string[]> = {
  train: [
    'roboto',
    'open-sans',
    'pt-sans',
    'noto-sans',
    'quicksand',
    'heebo',
    'cabin',
    'hind',
    'asap',
    'overpass',
    'archivo',
    'exo-2',
    'dosis',
    'signika',
    'assistant',
    'prompt',
    'questrial',
    'mukta',
    'jost',
    'encode-sans',
    'albert-sans',
    'urbanist',
    'pt-serif',
    'noto-serif',
    'roboto-slab',
    'eb-garamond',
    'crimson-text',
    'bitter',
    'cormorant-garamond',
    'arvo',
    'alegreya',
    'vollkorn',
    'old-standard-tt',
    'literata',
    'jetbrains-mono',
    'pt-mono',
    'courier-prime',
    'anonymous-pro',
    'red-hat-mono',
    'anton',
    'bebas-neue',
    'teko',
    'saira-condensed',
    'roboto-condensed',
    'fredoka',
    'lobster',
    'alfa-slab-one',
    'orbitron',
    'vt323',
    'chakra-petch',
    'baloo-2',
  ],
  dev: ['inter', 'manrope', 'red-hat-display', 'maven-pro', 'zilla-slab', 'domine', 'overpass-mono', 'fjalla-one', 'rajdhani', 'righteous'],
  test: [
    'be-vietnam-pro',
    'onest',
    'hanken-grotesk',
    'epilogue',
    'spectral',
    'gelasio',
    'newsreader',
    'noticia-text',
    'azeret-mono',
    'cutive-mono',
    'archivo-narrow',
    'bree-serif',
    'russo-one',
    'varela-round',
    'chivo',
    'commissioner',
  ],
};

// Casual hands, markers, school print and scripts, neat and messy, in every role.
const HAND: Record<WebFontRole, readonly string[]> = {
  train: [
    'dancing-script',
    'pacifico',
    'satisfy',
    'sacramento',
    'great-vibes',
    'kristi',
    'handlee',
    'coming-soon',
    'nothing-you-could-do',
    'la-belle-aurore',
    'zeyada',
    'cedarville-cursive',
    'neucha',
    'marck-script',
    'yellowtail',
    'mr-dafoe',
    'just-another-hand',
    'loved-by-the-king',
    'swanky-and-moo-moo',
    'mansalva',
    'itim',
    'gloria-hallelujah',
    'the-girl-next-door',
    'walter-turncoat',
    'unkempt',
    'amatic-sc',
    'oooh-baby',
    'square-peg',
    'mynerve',
    'gaegu',
    'sriracha',
    'playpen-sans',
    'fuzzy-bubbles',
    'edu-sa-beginner',
    'yomogi',
  ],
  dev: ['annie-use-your-telescope', 'crafty-girls', 'sunshiney', 'comic-neue', 'dawning-of-a-new-day', 'mali', 'edu-vic-wa-nt-beginner', 'shantell-sans', 'delicious-handrawn'],
  test: [
    'waiting-for-the-sunrise',
    'sue-ellen-francisco',
    'just-me-again-down-here',
    'over-the-rainbow',
    'short-stack',
    'schoolbell',
    'delius',
    'covered-by-your-grace',
    'klee-one',
    'chilanka',
    'edu-nsw-act-foundation',
    'grape-nuts',
  ],
};

export interface WebFont {
  /** the package id, e.g. "open-sans" */
  id: string;
  /** the CSS family name, e.g. "Open Sans" */
  family: string;
  role: WebFontRole;
  /** weight -> woff2 file (latin subset, upright) */
  files: Map<number, string>;
}

const require = createRequire(import.meta.url);
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const untrained = [PRINT, HAND].flatMap((roles) => [...roles.dev, ...roles.test]).map(squash);

/** Whether a font file (any source: Debian ships Inter and Manrope too) is of a dev or test family. */
export const isUntrainedFile = (fileName: string) => untrained.some((family) => squash(fileName).startsWith(family));

/** The fonts of one role (all roles when none is given), regular and bold where the family has them. */
export function webFonts(role?: WebFontRole, kind: WebFontKind = 'print'): WebFont[] {
  const roster = kind === 'print' ? PRINT : HAND;
  const roles = role ? [role] : (Object.keys(roster) as WebFontRole[]);
  return roles.flatMap((r) => roster[r].map((id) => load(id, r)));
}

function load(id: string, role: WebFontRole): WebFont {
  const dir = dirname(require.resolve(`@fontsource/${id}/package.json`));
  const { family } = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { family: string };
  if (isReserved(family)) throw new Error(`${family} is reserved for the independent evaluation`);
  const files = new Map<number, string>();
  const pattern = new RegExp(`^${id}-latin-(\\d+)-normal\\.woff2$`);
  const available = readdirSync(join(dir, 'files')).flatMap((f) => {
    const m = pattern.exec(f);
    return m ? [Number(m[1])] : [];
  });
  // Regular and bold, or the nearest the family has: display families often ship one weight.
  for (const want of [400, 700]) {
    const nearest = available.sort((a, b) => Math.abs(a - want) - Math.abs(b - want))[0];
    if (nearest !== undefined) files.set(nearest, join(dir, 'files', `${id}-latin-${nearest}-normal.woff2`));
  }
  if (files.size === 0 || ![...files.values()].every(existsSync)) throw new Error(`@fontsource/${id} has no latin woff2 files`);
  return { id, family, role, files };
}

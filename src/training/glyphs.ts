/**
 * Printed training and evaluation glyphs: digits and "not a digit" pieces rendered with the installed
 * fonts, then binarised, boxed and normalised by the engine's own functions.
 */
import { type Canvas, createCanvas, Image } from '@napi-rs/canvas';
import { CLASSES, inkPlane, makePlane, NOT_A_DIGIT, type Plane, prepareGlyph, stretchContrast } from '../engine';
import type { FontFace } from './fonts';
import type { DigitSet } from './mnist';
import { type Rng, chance, pick, uniform } from './random';

export { CLASSES, NOT_A_DIGIT };

// I, l, O and o are left out: in many fonts they are drawn exactly like 1 and 0. So are g and q, whose
// single-storey forms are a 9 with a hook (with them, 29 of the 616 held-out 9s, mostly Jura's, were
// rejected as letters; without them that run's model rejected more held-out 0s, 6s and 8s instead).
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefhijkmnprstuvwxyz';
// No dots, commas, quotes, slashes or brackets: the segmenter drops specks before the model sees them,
// and as whole glyphs they look like a blob 0 or a stroke 1 (the first model rejected 6% of held-out
// printed digits, most of them small 0, 8 and 9, and MNIST 1s).
const SYMBOLS = '#:-€$%+&@*?=<>~_^;';
// Halves of 1, 3 and 8 look like real digits (the right half of 8 is a 3), so they are not negatives.
const HALVABLE = '0245679';

const COLOURED = 0.35;
/** Share of printed digits cut from touching neighbours rather than drawn alone. */
export const IN_CONTEXT = 0.15;

export interface RenderStyle {
  size: number;
  face: FontFace;
  hardEdged: boolean;
  spacing?: number; // extra px between characters; negative makes them touch
  colours?: Colours;
}

/** Text as web pages show it: coloured on coloured, often through a JPEG screenshot. */
export interface Colours {
  fg: [number, number, number];
  bg: [number, number, number];
  jpegQuality?: number; // 0–100; absent: lossless
}

const luminance = ([r, g, b]: [number, number, number]) => (0.299 * r + 0.587 * g + 0.114 * b) / 255;
const css = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

/** Random text and background colours at least 0.3 apart in luminance, either polarity. */
export function randomColours(rng: Rng): Colours {
  const colour = (): [number, number, number] => [0, 0, 0].map(() => Math.floor(rng() * 256)) as [number, number, number];
  let fg = colour();
  let bg = colour();
  while (Math.abs(luminance(fg) - luminance(bg)) < 0.3) [fg, bg] = [colour(), colour()];
  return { fg, bg, jpegQuality: chance(rng, 0.6) ? Math.round(uniform(rng, 60, 90)) : undefined };
}

/**
 * Renders text and returns its ink plane (1 = ink); `starts`, when given, receives each character's
 * left edge and the right edge of the last, in the plane's columns: black on white, or in colours, which then go the
 * engine's own way from RGBA to ink (after the JPEG round trip, if any).
 */
export function renderInk(text: string, style: RenderStyle, rng: Rng, starts?: number[]): Plane {
  const { size, face, colours } = style;
  const width = Math.ceil(size * (1 + text.length * 1.2)) + 8;
  const height = Math.ceil(size * 2) + 8;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colours ? css(colours.bg) : '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = colours ? css(colours.fg) : '#000';
  ctx.font = `${size}px "${face.family}"`;
  ctx.textBaseline = 'middle';
  let x = size * 0.4 + rng();
  const y = height / 2 + rng() - 0.5;
  for (const ch of text) {
    starts?.push(x);
    ctx.fillText(ch, x, y);
    x += ctx.measureText(ch).width + (style.spacing ?? 0);
  }
  starts?.push(x - (style.spacing ?? 0));
  if (colours) return inkPlane({ width, height, data: pixels(canvas, colours.jpegQuality) }).plane;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const ink = makePlane(width, height);
  for (let i = 0; i < ink.data.length; i++) {
    const v = 1 - rgba[i * 4] / 255;
    ink.data[i] = style.hardEdged ? (v > 0.5 ? 1 : 0) : v;
  }
  return stretchContrast(ink).plane;
}

/** A canvas's RGBA, through a JPEG round trip at `jpegQuality` when it is given. */
export function pixels(canvas: Canvas, jpegQuality?: number): Uint8ClampedArray {
  const ctx = canvas.getContext('2d');
  if (jpegQuality !== undefined) {
    const img = new Image();
    img.src = canvas.encodeSync('jpeg', jpegQuality); // decodes synchronously from a buffer
    ctx.drawImage(img, 0, 0);
  }
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
}

/** A rendered glyph as the reader gives it to the model (the engine's prepareGlyph); `crop` narrows its box. */
export const pieceInput = prepareGlyph;

export function randomStyle(rng: Rng, faces: FontFace[], minSize = 8, maxSize = 48): RenderStyle {
  // Log-uniform sizes: small web text is as common as headings.
  const size = Math.round(Math.exp(uniform(rng, Math.log(minSize), Math.log(maxSize))));
  const face = pick(rng, faces);
  // A third in colours (most of those through JPEG): small coloured JPEG text blurs 0, 6, 8 and 9
  // into shapes a model trained only on clean black-on-white rejects.
  if (chance(rng, COLOURED)) return { size, face, hardEdged: false, colours: randomColours(rng) };
  return { size, face, hardEdged: chance(rng, 0.2) };
}

export function printedDigit(rng: Rng, style: RenderStyle, digit: number): Float32Array | undefined {
  return pieceInput(renderInk(String(digit), style, rng), style.size);
}

/**
 * A digit cut out of a number whose glyphs touch, as the splitter cuts touching small text: between two
 * other digits drawn closer than the font spaces them, cut near (not exactly at) its own edges, so
 * slivers of its neighbours come with it or a sliver of it stays behind.
 */
export function digitInContext(rng: Rng, style: RenderStyle, digit: number): Float32Array | undefined {
  const text = `${Math.floor(rng() * 10)}${digit}${Math.floor(rng() * 10)}`;
  const starts: number[] = [];
  const ink = renderInk(text, { ...style, spacing: -uniform(rng, 0, 0.12) * style.size }, rng, starts);
  const jitter = () => uniform(rng, -0.04, 0.04) * style.size;
  const left = starts[1] + jitter();
  const right = starts[2] + jitter();
  return pieceInput(ink, style.size, ([, y, , h], f) => [Math.round(left * f), y, Math.max(1, Math.round((right - left) * f)), h]);
}

export function printedNegative(rng: Rng, style: RenderStyle): Float32Array | undefined {
  const kind = rng();
  if (kind < 0.6) return pieceInput(renderInk(pick(rng, [...LETTERS]), style, rng), style.size);
  if (kind < 0.75) return pieceInput(renderInk(pick(rng, [...SYMBOLS]), style, rng), style.size);
  if (kind < 0.9) {
    const pair = `${Math.floor(rng() * 10)}${Math.floor(rng() * 10)}`;
    return pieceInput(renderInk(pair, { ...style, spacing: -uniform(rng, 0, 0.12) * style.size }, rng), style.size);
  }
  if (kind < 0.95) {
    const left = chance(rng, 0.5);
    return pieceInput(renderInk(pick(rng, [...HALVABLE]), style, rng), style.size, ([x, y, w, h]) => {
      const half = Math.max(1, Math.round(w * uniform(rng, 0.4, 0.6)));
      return left ? [x, y, half, h] : [x + w - half, y, half, h];
    });
  }
  return pieceInput(marks(rng, style.size), style.size);
}

/** Rules and frame corners: the marks that sit beside numbers on real pages. */
function marks(rng: Rng, size: number): Plane {
  const w = size * 3;
  const h = size * 2;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';
  if (chance(rng, 0.5)) {
    ctx.fillRect(size * 0.3, size, size * uniform(rng, 0.8, 2.4), Math.max(1, size * uniform(rng, 0.04, 0.15)));
  } else {
    ctx.lineWidth = Math.max(1, size * uniform(rng, 0.04, 0.12));
    ctx.beginPath();
    ctx.moveTo(size * 0.5, size * 0.4);
    ctx.lineTo(size * 0.5, size * 1.5);
    ctx.lineTo(size * uniform(rng, 1.5, 2.5), size * 1.5);
    ctx.stroke();
  }
  const rgba = ctx.getImageData(0, 0, w, h).data;
  const ink = makePlane(w, h);
  for (let i = 0; i < ink.data.length; i++) ink.data[i] = 1 - rgba[i * 4] / 255;
  return ink;
}

/** A seeded set of printed digits and negatives from the given faces. */
export function printedSet(rng: Rng, faces: FontFace[], digits: number, negatives: number): DigitSet {
  const total = digits + negatives;
  const images = new Float32Array(total * 784);
  const labels = new Uint8Array(total);
  let n = 0;
  while (n < total) {
    const style = randomStyle(rng, faces);
    const isDigit = n < digits;
    const label = isDigit ? n % 10 : NOT_A_DIGIT;
    const input = !isDigit ? printedNegative(rng, style) : chance(rng, IN_CONTEXT) ? digitInContext(rng, style, label) : printedDigit(rng, style, label);
    if (!input) continue;
    images.set(input, n * 784);
    labels[n++] = label;
  }
  return { images, labels, count: total };
}

import { expect, test } from 'vitest';
import { INPUT_SIZE, normalizeGlyph } from '../../src/engine/normalize';
import { makePlane } from '../../src/engine/plane';
import { HELD_OUT_FAMILIES, familyOf, installedFonts } from '../../src/training/fonts';
import { type Colours, digitInContext, NOT_A_DIGIT, pieceInput, printedDigit, printedSet, renderInk } from '../../src/training/glyphs';
import { makeRng } from '../../src/training/random';

function centreOfMass(img: Float32Array): [number, number] {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < img.length; i++) {
    m += img[i];
    mx += img[i] * ((i % 28) + 0.5);
    my += img[i] * (Math.floor(i / 28) + 0.5);
  }
  return [mx / m, my / m];
}

test('many font families are installed and whole families are held out', () => {
  const fonts = installedFonts();
  const families = new Set(fonts.map((f) => familyOf(f.file)));
  expect(families.size).toBeGreaterThan(40);
  const heldOut = fonts.filter((f) => f.heldOut);
  expect(heldOut.length).toBeGreaterThan(10);
  for (const f of heldOut) expect(HELD_OUT_FAMILIES).toContain(familyOf(f.file));
  for (const f of fonts.filter((x) => !x.heldOut)) expect(HELD_OUT_FAMILIES).not.toContain(familyOf(f.file));
});

test('a rendered digit is normalised MNIST style: 20 px box, centred mass', () => {
  const face = installedFonts().find((f) => f.file.endsWith('DejaVuSans.ttf'))!;
  const img = printedDigit(makeRng(1), { size: 14, face, hardEdged: false }, 7)!;
  expect(img.length).toBe(INPUT_SIZE * INPUT_SIZE);
  const [cx, cy] = centreOfMass(img);
  expect(Math.abs(cx - 14)).toBeLessThan(1.5);
  expect(Math.abs(cy - 14)).toBeLessThan(1.5);
  let rows = 0;
  for (let y = 0; y < 28; y++) if (img.subarray(y * 28, y * 28 + 28).some((v) => v > 0.2)) rows++;
  expect(rows).toBeGreaterThanOrEqual(18);
  expect(rows).toBeLessThanOrEqual(21);
});

test('rendering draws ink where the text is, and nothing for a space', () => {
  const face = installedFonts()[0];
  const ink = renderInk('8', { size: 20, face, hardEdged: true }, makeRng(2));
  expect(ink.data.some((v) => v === 1)).toBe(true);
  expect(ink.data.every((v) => v === 0 || v === 1)).toBe(true);
  expect(renderInk(' ', { size: 20, face, hardEdged: false }, makeRng(3)).data.every((v) => v === 0)).toBe(true);
});

test('a digit cut from touching neighbours is that digit, with at most slivers of them', () => {
  const face = installedFonts().find((f) => f.file.endsWith('DejaVuSans.ttf'))!;
  const starts: number[] = [];
  renderInk('408', { size: 20, face, hardEdged: false }, makeRng(4), starts);
  expect(starts).toHaveLength(4);
  expect(starts[1] > starts[0] && starts[2] > starts[1] && starts[3] > starts[2]).toBe(true);
  const rng = makeRng(5);
  for (const digit of [0, 4, 7]) {
    const alone = printedDigit(rng, { size: 20, face, hardEdged: false }, digit)!;
    const cut = digitInContext(rng, { size: 20, face, hardEdged: false }, digit)!;
    // Pearson correlation with the digit drawn alone: the same shape, not a neighbour's or a pair's.
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    const [ma, mc] = [mean(alone), mean(cut)];
    let sab = 0;
    let saa = 0;
    let scc = 0;
    alone.forEach((v, i) => {
      sab += (v - ma) * (cut[i] - mc);
      saa += (v - ma) ** 2;
      scc += (cut[i] - mc) ** 2;
    });
    expect(sab / Math.sqrt(saa * scc)).toBeGreaterThan(0.7);
  }
});

test('printed sets are seeded: same seed, same images', () => {
  const faces = installedFonts().filter((f) => !f.heldOut);
  const a = printedSet(makeRng(7), faces, 20, 10);
  const b = printedSet(makeRng(7), faces, 20, 10);
  expect(a.images).toEqual(b.images);
  expect([...a.labels.subarray(0, 10)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect([...a.labels.subarray(20)].every((l) => l === NOT_A_DIGIT)).toBe(true);
});

test('normalisation keeps the aspect ratio: a tall bar stays a thin bar', () => {
  const ink = makePlane(10, 40);
  for (let y = 0; y < 40; y++) for (let x = 4; x < 6; x++) ink.data[y * 10 + x] = 1;
  const img = normalizeGlyph(ink, [4, 0, 2, 40]);
  let cols = 0;
  for (let x = 0; x < 28; x++) {
    let any = false;
    for (let y = 0; y < 28; y++) any ||= img[y * 28 + x] > 0.2;
    if (any) cols++;
  }
  expect(cols).toBeLessThanOrEqual(2);
  expect(Math.abs(centreOfMass(img)[0] - 14)).toBeLessThanOrEqual(1);
});

test('a thin font at 12 px is stretched to full contrast and kept whole, as the reader sees it', () => {
  const face = installedFonts().find((f) => f.file.endsWith('Lato-Thin.ttf'));
  expect(face, 'fonts-lato is in scripts/fonts.txt').toBeDefined();
  const ink = renderInk('8', { size: 12, face: face!, hardEdged: false }, makeRng(2));
  // Rendered raw, a Lato Thin 8 at 12 px peaks at about 0.3 ink and half of it fell below the threshold.
  expect(Math.max(...ink.data)).toBe(1);
  const img = printedDigit(makeRng(2), { size: 12, face: face!, hardEdged: false }, 8)!;
  expect(img).toBeDefined();
  let rows = 0;
  for (let y = 0; y < 28; y++) if (img.subarray(y * 28, y * 28 + 28).some((v) => v > 0.2)) rows++;
  expect(rows).toBeGreaterThanOrEqual(18);
});

test('coloured text, through JPEG or not, reaches the model much as black on white does', () => {
  const face = installedFonts().find((f) => f.file.endsWith('DejaVuSans.ttf'))!;
  const input = (text: string, colours?: Colours) => pieceInput(renderInk(text, { size: 12, face, hardEdged: false, colours }, makeRng(4)), 12)!;
  // Overlap of the inked pixels of two model inputs (intersection over union).
  const overlap = (a: Float32Array, b: Float32Array) => {
    let both = 0;
    let either = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] > 0.4 && b[i] > 0.4) both++;
      if (a[i] > 0.4 || b[i] > 0.4) either++;
    }
    return both / either;
  };
  const clean = input('8');
  // For scale: a clean 3 overlaps the clean 8 by 0.45. Light text on dark is drawn a little thinner.
  expect(overlap(input('3'), clean)).toBeLessThan(0.5);
  expect(overlap(input('8', { fg: [255, 224, 102], bg: [43, 138, 62], jpegQuality: 70 }), clean)).toBeGreaterThan(0.58);
  expect(overlap(input('8', { fg: [24, 100, 171], bg: [231, 245, 255] }), clean)).toBeGreaterThan(0.85);
});

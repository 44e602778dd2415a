/** Each stage of the reading pipeline on its own, on real rendered pixels and the real model. */
import { GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeFile } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { type Classifier, DEFAULT_OPTIONS, inkPlane, loadClassifier, prepareGlyph, type RgbaImage } from '../../src/engine';
import { withinBudget, withinPieceBudget } from '../../src/engine/budget';
import { applyMerges, chooseCuts } from '../../src/engine/choose';
import { firstLook } from '../../src/engine/first-look';
import { fitLength } from '../../src/engine/fit-length';
import { glyphInput } from '../../src/engine/glyph-input';
import { segment } from '../../src/engine/pieces';
import { propose } from '../../src/engine/proposals';
import { reading } from '../../src/engine/result';
import { readNumbers } from '../../src/engine/numbers';
import { settledReading } from '../../src/engine/settle';
import { viewOf } from '../../src/engine/view';
import { draw } from './canvas';

let classifier: Classifier;
beforeAll(async () => {
  GlobalFonts.loadFontsFromDir('/usr/share/fonts');
  classifier = await loadClassifier(modelFromDir());
});

const text = (s: string, font: string, width: number, height: number): RgbaImage =>
  draw(width, height, (ctx) => {
    ctx.fillStyle = '#111';
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.fillText(s, 8, height / 2);
  });

/** The pipeline up to the first look, as readDigits runs it. */
function look(image: RgbaImage) {
  const { img, factor } = withinBudget(image);
  const seg = segment(inkPlane(img).plane);
  const { pieces } = withinPieceBudget(seg.pieces);
  const view = viewOf(seg, factor, DEFAULT_OPTIONS.minConfidence);
  return { seg, pieces, view, first: firstLook(pieces, seg, classifier, view) };
}

describe('budget', () => {
  test('a large image is reduced to the pixel budget, a small one left alone', () => {
    const big = { width: 3000, height: 2000, data: new Uint8ClampedArray(3000 * 2000 * 4).fill(255) };
    const { img, factor } = withinBudget(big);
    expect(img.width * img.height).toBeLessThanOrEqual(4_000_000);
    expect(factor).toBeCloseTo(img.width / 3000, 6);
    const small = text('1', '20px "DejaVu Sans"', 40, 30);
    expect(withinBudget(small)).toEqual({ img: small, factor: 1 });
  });

  test('beyond the piece budget the words most like numbers are kept, in reading order, and a note says so', () => {
    type B = [number, number, number, number];
    const piece = (box: B) => ({ box, ids: new Set([0]), area: box[2] * box[3] });
    // 90 lines of lowercase words: x-height letters (10 px) beside ascenders (14 px), each word 5 glyphs.
    const text = Array.from({ length: 450 }, (_, i) => {
      const line = Math.floor(i / 5);
      const tall = i % 5 === 2;
      return piece([(i % 5) * 11 + (line % 9) * 70, Math.floor(line / 9) * 20 + (tall ? 0 : 4), 10, tall ? 14 : 10]);
    });
    // One number among them: five narrow glyphs (smaller than the letters) with one top and bottom, as tall as the ascenders.
    const number = Array.from({ length: 5 }, (_, i) => piece([700 + i * 8, 0, 6, 14]));
    const pieces = [...text.slice(0, 200), ...number, ...text.slice(200)];
    const kept = withinPieceBudget(pieces, 5);
    expect(kept.pieces).toHaveLength(400);
    for (const p of number) expect(kept.pieces).toContain(p);
    const order = kept.pieces.map((p) => pieces.indexOf(p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(kept.note).toMatch(/455 shapes found: only the 400 most like numbers/);
    expect(withinPieceBudget(pieces.slice(0, 3)).note).toBeUndefined();
  });
});

describe('first look and settling', () => {
  test('a clean number: every piece a firm digit, and the first look settles it', () => {
    const { first } = look(text('40719', '28px "DejaVu Sans"', 160, 50));
    expect(first.glyphs.map((g) => g.reading?.digit)).toEqual([4, 0, 7, 1, 9]);
    expect(first.firm).toEqual([true, true, true, true, true]);
    expect(first.unsure).toEqual([]);
    expect(
      settledReading(first, 5)
        ?.best?.digits.map((d) => d.digit)
        .join(''),
    ).toBe('40719');
  });

  test('"any" length, or an unsure piece that could join the number, needs the second look', () => {
    expect(settledReading(look(text('40719', '28px "DejaVu Sans"', 160, 50)).first, 'any')).toBeUndefined();
    // "189" touching in Dosis 11 px: one wide piece, not a sure digit.
    const touching = look(text('61892', '11px "Dosis"', 60, 22));
    expect(touching.first.unsure.length).toBeGreaterThan(0);
    expect(settledReading(touching.first, 5)).toBeUndefined();
  });

  test('letters are unsure pieces, most of them surely not digits', () => {
    const { first } = look(text('Order #40719', '28px "DejaVu Sans"', 240, 50));
    expect(first.unsure.length).toBeGreaterThanOrEqual(5);
    expect(first.unsure.filter((u) => u.rejected).length).toBeGreaterThanOrEqual(3);
  });
});

describe('proposals and choosing', () => {
  test('touching digits: the wide piece is cut, each distinct part read once, and the cut is chosen', async () => {
    const { seg, pieces, view, first } = look(await decodeFile('tests/fixtures/touching-narrow-one-61892.png'));
    const proposals = propose(pieces, seg, first, 5);
    const wide = proposals.cuts.findIndex((c) => c.length > 0);
    expect(wide).toBeGreaterThanOrEqual(0);
    const ats = proposals.cuts.flat(2).map((p) => p.at);
    expect(Math.max(...ats)).toBeLessThan(proposals.inputs.length);
    // Parts shared by cuts point at one input: fewer inputs than parts.
    expect(new Set(ats).size).toBe(proposals.inputs.length - proposals.merges.length);
    expect(ats.length).toBeGreaterThan(new Set(ats).size);
    const predictions = classifier.predict(proposals.inputs);
    const choices = chooseCuts(pieces, first, proposals, predictions, view);
    expect(choices[wide].chosen).toBe('split');
    const digits = choices.flatMap((c) => (c.chosen === 'split' ? c.split! : c.whole)).map((g) => g.reading?.digit ?? '?');
    expect(digits.join('')).toBe('61892');
  });

  test('a handwritten 1 broken in two: the merge of its halves is proposed and taken', async () => {
    const { seg, pieces, view, first } = look(await decodeFile('tests/fixtures/broken-one-91863.jpg'));
    const proposals = propose(pieces, seg, first, 5);
    expect(proposals.merges.length).toBeGreaterThan(0);
    const predictions = classifier.predict(proposals.inputs);
    const merged = applyMerges(chooseCuts(pieces, first, proposals, predictions, view), pieces, first, proposals, predictions, view);
    expect(merged.length).toBe(pieces.length - 1);
    // The merged piece keeps its halves as the alternative fitLength may take.
    expect(merged.filter((c) => c.split?.length === 2 && c.whole.length === 1)).toHaveLength(1);
    expect(
      fitLength(merged, 5)
        .best?.digits.map((d) => d.digit)
        .join(''),
    ).toBe('91863');
  });
});

describe('result', () => {
  test('the chosen group becomes the number; a length that does not fit is told', () => {
    const { first } = look(text('40719', '28px "DejaVu Sans"', 160, 50));
    const look5 = settledReading(first, 5)!;
    const image = { width: 160, height: 50, data: new Uint8ClampedArray(0) };
    const numbers = readNumbers(look5.found, look5.best, [], '');
    const fits = reading(image, performance.now(), look5.found, numbers, 5, []);
    expect(fits).toMatchObject({ number: '40719', text: '40719', value: 40719, width: 160, height: 50, notes: [] });
    expect(fits.groups[0]).toMatchObject({ number: '40719', confidence: Math.min(...fits.digits.map((d) => d.confidence)) });
    expect(reading(image, performance.now(), look5.found, numbers, 4, []).notes[0]).toMatch(/no number with 4 digits was found; showing the closest \(5 digits\)/);
    expect(reading(image, performance.now(), [], readNumbers([], undefined, [], ''), 5, []).notes).toEqual(['no digits were found']);
  });
});

describe('glyph preparation', () => {
  test('training prepares a glyph exactly as reading does: the same input for the same piece', () => {
    // 60 px text needs no enlargement, so the two paths see the same plane.
    const ink = inkPlane(text('7', '60px "DejaVu Sans"', 70, 90)).plane;
    const seg = segment(ink);
    expect(seg.scale).toBe(1);
    expect(seg.pieces).toHaveLength(1);
    const [piece] = seg.pieces;
    const reading = glyphInput(seg.ink, seg.labels, piece.ids, piece.box);
    expect(Array.from(prepareGlyph(ink, 60)!)).toEqual(Array.from(reading));
  });

  test("small text is enlarged by the reader's factor, and a crop narrows the box to its rows", () => {
    const ink = inkPlane(text('408', '12px "DejaVu Sans"', 40, 24)).plane;
    const whole = prepareGlyph(ink, 12)!;
    const cropped = prepareGlyph(ink, 12, ([x, y, w, h]) => [x + Math.round(w / 3), y, Math.round(w / 3), h])!;
    expect(whole).toHaveLength(784);
    expect(cropped).not.toEqual(whole);
    expect(prepareGlyph(inkPlane(text('', '12px "DejaVu Sans"', 40, 24)).plane, 12)).toBeUndefined();
  });
});

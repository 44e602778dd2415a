/** Pages of text: words that look like numbers, and the number among thousands of letters. */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { beforeAll, expect, test } from 'vitest';
import { modelFromDir } from '../../src/node/model-files';
import { createReader, type Reader } from '../../src/engine';
import { type Glyph, lettersInWords } from '../../src/engine/layout';
import type { Box } from '../../src/engine/plane';

let reader: Reader;
beforeAll(async () => {
  GlobalFonts.loadFontsFromDir('/usr/share/fonts');
  reader = await createReader({ model: modelFromDir() });
});

const read = (digit: number, box: Box): Glyph => ({ box, reading: { digit, confidence: 0.99, box, doubtful: false, alternatives: [] } });
const letter = (box: Box): Glyph => ({ box, fallback: { digit: 4, confidence: 0.2, box, doubtful: true, alternatives: [] } });
const at = (i: number, h = 20): Box => [i * 13, 20 - h, 11, h];

test('0s and 1s set tight against letters are letters ("tool", the C of "CHF3391"); a run beside another digit stays a number ("ID37233")', () => {
  const tool = [letter(at(0)), read(0, at(1, 14)), read(0, at(2, 14)), read(1, at(3))];
  expect(lettersInWords(tool).every((g) => !g.reading)).toBe(true);
  const id = [read(1, at(0)), letter(at(1)), ...[3, 7, 2, 3, 3].map((d, i) => read(d, at(i + 2)))];
  expect(lettersInWords(id)).toEqual(id);
  // "CHF3'391" with its word space lost, the C read as 0; and "Nr104", whose 10 is beside the 4.
  const chf = [read(0, at(0)), letter(at(1)), letter(at(2)), ...[3, 1, 3, 9, 1].map((d, i) => read(d, at(i + 3)))];
  expect(
    lettersInWords(chf)
      .filter((g) => g.reading)
      .map((g) => g.reading?.digit),
  ).toEqual([3, 1, 3, 9, 1]);
  const nr104 = [letter(at(0)), letter(at(1)), ...[1, 0, 4].map((d, i) => read(d, at(i + 2)))];
  expect(lettersInWords(nr104)).toEqual(nr104);
  // A word space away, a number of 0s and 1s is a number ("Box 10110").
  const box = [letter(at(0)), letter(at(1)), ...[1, 0, 1, 1, 0].map((d, i) => read(d, at(i + 3)))];
  expect(lettersInWords(box).filter((g) => g.reading)).toHaveLength(5);
});

test('a page full of text: the number is found among thousands of letters, which are not read as 0s and 1s', () => {
  const words =
    'the of and to in is you that it was for on are as with his they at be this from have or one had by word but not what all were we when your can said there use an each which she do how their if will up other about out many then them these so some would make like into time has look two more write go see no way could people than first water been call who oil now find long down day did get come made may part'.split(
      ' ',
    );
  const c = createCanvas(1600, 900);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1600, 900);
  ctx.fillStyle = '#222';
  ctx.font = '15px "Liberation Serif"';
  let k = 7;
  for (let line = 0; line < 40; line++) {
    let text = Array.from({ length: 24 }, () => {
      k = (k * 31 + 11) % words.length;
      return words[k];
    }).join(' ');
    if (line === 23) text = `${text.slice(0, 60)} your order number is 40719 and the ${text.slice(60)}`;
    ctx.fillText(text, 20, 24 + line * 21);
  }
  const r = reader.read({ width: 1600, height: 900, data: new Uint8ClampedArray(ctx.getImageData(0, 0, 1600, 900).data) });
  expect(r.number).toBe('40719');
  expect(r.notes.join(' ')).toMatch(/most like numbers were read/);
  // Words such as "all", "tool" and "oil" give no runs of 1s and 0s.
  expect(r.groups.filter((g) => /^[01]{2,}$/.test(g.number))).toEqual([]);
});

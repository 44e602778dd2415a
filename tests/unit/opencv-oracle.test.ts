/**
 * The image operations the engine writes itself, checked against opencv.js on real planes (the ink of the
 * bundled samples and the reader's fixtures). opencv.js cannot ship in the extension (README: "Why not
 * opencv.js"); here it is the reference. Identical where the operation is the same; where the engine
 * differs on purpose, within the stated tolerance.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeFile } from '../../src/node/decode';
import { inkPlane, makePlane, type Plane } from '../../src/engine';
import { connectedComponents } from '../../src/engine/components';
import { topHat } from '../../src/engine/morphology';
import { reduceRgba, resample } from '../../src/engine/plane';
import { otsuLevel } from '../../src/engine/threshold';

// biome-ignore lint/suspicious/noExplicitAny: opencv.js's typings do not describe the 5.0 module object
let cv: any;
const planes: { name: string; plane: Plane }[] = [];

beforeAll(async () => {
  // Required, not imported: opencv.js 5 exports a Promise of its module, which ES module interop mangles.
  cv = await createRequire(import.meta.url)('@techstark/opencv-js');
  const files = [...readdirSync('assets/samples').map((f) => `assets/samples/${f}`), ...readdirSync('tests/fixtures').map((f) => `tests/fixtures/${f}`)];
  for (const file of files) planes.push({ name: file, plane: inkPlane(await decodeFile(file)).plane });
}, 60_000);

/** A float plane as a CV_32F Mat (the caller deletes it). */
function toMat(p: Plane) {
  const m = new cv.Mat(p.height, p.width, cv.CV_32F);
  m.data32F.set(p.data);
  return m;
}

/** Runs `f` on Mats made by `make`, and deletes them all afterwards. */
function withMats<T>(f: (...mats: unknown[]) => T, ...make: (() => unknown)[]): T {
  const mats = make.map((m) => m());
  try {
    return f(...mats);
  } finally {
    for (const m of mats) (m as { delete(): void }).delete();
  }
}

/** opencv's white top-hat with a size x size square of ones. */
const cvTopHat = (plane: Plane, size: number): Float32Array =>
  withMats(
    (src, dst, kernel) => {
      cv.morphologyEx(src, dst, cv.MORPH_TOPHAT, kernel);
      return Float32Array.from((dst as { data32F: Float32Array }).data32F);
    },
    () => toMat(plane),
    () => new cv.Mat(),
    () => cv.Mat.ones(size, size, cv.CV_8U),
  );

/** opencv's resize to w x h with the given interpolation. */
const cvResize = (plane: Plane, w: number, h: number, interpolation: number): Float32Array =>
  withMats(
    (src, dst) => {
      cv.resize(src, dst, new cv.Size(w, h), 0, 0, interpolation);
      return Float32Array.from((dst as { data32F: Float32Array }).data32F);
    },
    () => toMat(plane),
    () => new cv.Mat(),
  );

describe('opencv.js as the oracle', () => {
  test('the planes are real: every sample and fixture has ink', () => {
    expect(planes.length).toBeGreaterThanOrEqual(15);
    // A loop, not Math.max(...data): a large fixture has more pixels than a call takes arguments.
    for (const { plane } of planes) expect(plane.data.reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(0.99);
  });

  test('connected components: the same boxes and areas as connectedComponentsWithStats (8-connected)', () => {
    let total = 0;
    for (const { name, plane } of planes) {
      const level = otsuLevel(plane);
      const ours = connectedComponents(plane.data, plane.width, plane.height, level);
      const binary = new cv.Mat(plane.height, plane.width, cv.CV_8U);
      for (let i = 0; i < plane.data.length; i++) binary.data[i] = plane.data[i] > level ? 255 : 0;
      const theirs = withMats(
        (labels, stats, centroids) => {
          const n = cv.connectedComponentsWithStats(binary, labels, stats, centroids, 8, cv.CV_32S);
          const s = (stats as { data32S: Int32Array }).data32S;
          return Array.from({ length: n - 1 }, (_, k) => s.slice((k + 1) * 5, (k + 2) * 5).join(','));
        },
        () => new cv.Mat(),
        () => new cv.Mat(),
        () => new cv.Mat(),
      );
      binary.delete();
      const mine = ours.boxes.slice(1).map((b, k) => [...b, ours.areas[k + 1]].join(','));
      expect(mine.sort(), name).toEqual(theirs.sort());
      total += mine.length;
    }
    expect(total).toBeGreaterThan(60);
  });

  test('top-hat below the half-size window: exactly morphologyEx(MORPH_TOPHAT) with a square kernel', () => {
    for (const { name, plane } of planes) {
      for (const size of [5, 9, 13]) {
        const ours = topHat(plane, size).data;
        const theirs = cvTopHat(plane, size);
        let worst = 0;
        for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
        expect(worst, `${name} at ${size}`).toBe(0);
      }
    }
  });

  test('top-hat from 15 px on opens a half-size copy: within 0.1 of the exact one, and the same strokes', () => {
    // On purpose: the background under text varies slowly, so its opening on a grid twice as coarse
    // costs a quarter of the work; near strokes the coarse opening lies a little lower.
    for (const { name, plane } of planes) {
      const size = Math.max(15, Math.round(Math.min(plane.width, plane.height) / 2)) | 1;
      const ours = topHat(plane, size).data;
      const theirs = cvTopHat(plane, size);
      let sum = 0;
      let flipped = 0;
      for (let i = 0; i < ours.length; i++) {
        sum += Math.abs(ours[i] - theirs[i]);
        if (ours[i] > 0.5 !== theirs[i] > 0.5) flipped++;
      }
      expect(sum / ours.length, name).toBeLessThan(0.1);
      expect(flipped / ours.length, name).toBeLessThan(0.01);
    }
  });

  test("Otsu's level: within 2/255 of threshold(THRESH_OTSU) on the same plane in bytes", () => {
    // The engine bins floats into 256 and returns the upper edge of the level's bin; opencv works on
    // bytes and returns the level itself.
    for (const { name, plane } of planes) {
      const bytes = new cv.Mat(plane.height, plane.width, cv.CV_8U);
      for (let i = 0; i < plane.data.length; i++) bytes.data[i] = Math.min(255, Math.floor(plane.data[i] * 256));
      const theirs = withMats(
        (dst) => cv.threshold(bytes, dst, 0, 255, cv.THRESH_BINARY | cv.THRESH_OTSU),
        () => new cv.Mat(),
      );
      bytes.delete();
      expect(Math.abs(otsuLevel(plane) * 255 - theirs), name).toBeLessThanOrEqual(2);
    }
  });

  test('enlarging: resize(INTER_LINEAR) to 2e-5', () => {
    // The same taps and weights; opencv rounds its weights to float32, the engine keeps them in doubles.
    for (const { name, plane } of planes.slice(0, 8)) {
      for (const k of [1.5, 2, 3.7]) {
        const [w, h] = [Math.round(plane.width * k), Math.round(plane.height * k)];
        const ours = resample(plane, w, h).data;
        const theirs = cvResize(plane, w, h, cv.INTER_LINEAR);
        let worst = 0;
        for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
        expect(worst, `${name} x${k}`).toBeLessThan(2e-5);
      }
    }
  });

  test('reducing: close to resize(INTER_AREA), a triangle twice as wide instead of a box', () => {
    // On purpose: a widened triangle (a tent) does not alias a thin stroke into a moiré the way a box
    // can; the mean difference stays small.
    for (const { name, plane } of planes.filter((p) => p.plane.width >= 60)) {
      const [w, h] = [Math.round(plane.width / 2.5), Math.round(plane.height / 2.5)];
      const ours = resample(plane, w, h).data;
      const theirs = cvResize(plane, w, h, cv.INTER_AREA);
      let sum = 0;
      for (let i = 0; i < ours.length; i++) sum += Math.abs(ours[i] - theirs[i]);
      expect(sum / ours.length, name).toBeLessThan(0.03);
    }
  });

  test('reducing RGBA straight from its bytes: each channel exactly as resample reduces its plane, plain rows and opaque pages too', () => {
    for (const [w, h, k] of [
      [300, 200, 0.7],
      [1000, 700, 0.25],
      [97, 61, 0.99],
    ]) {
      const noise = new Uint8ClampedArray(w * h * 4);
      for (let i = 0; i < noise.length; i++) noise[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
      // A page: opaque, bands of rows of one colour (taken without arithmetic) between rows of text-like noise.
      const page = noise.map((v, i) => (i % 4 === 3 ? 255 : Math.floor(i / 4 / w) % 37 < 20 ? [250, 248, 240][i % 4] : v));
      // The same page's bytes at an offset that is no multiple of 4 (a view into a larger buffer).
      const shifted = new Uint8ClampedArray(page.length + 1).subarray(1);
      shifted.set(page);
      const [W, H] = [Math.round(w * k), Math.round(h * k)];
      for (const [kind, rgba] of [
        ['noise', noise],
        ['page', page],
        ['unaligned page', shifted],
      ] as const) {
        const reduced = reduceRgba(rgba, w, h, W, H);
        for (let c = 0; c < 4; c++) {
          const channel = makePlane(w, h);
          for (let i = 0; i < w * h; i++) channel.data[i] = rgba[i * 4 + c];
          const theirs = Uint8ClampedArray.from(resample(channel, W, H).data);
          const ours = Uint8ClampedArray.from({ length: W * H }, (_, i) => reduced[i * 4 + c]);
          expect(ours, `${kind} ${w}x${h} x${k} channel ${c}`).toEqual(theirs);
        }
      }
    }
  });

  test('the checks can fail: a plane with one pixel changed is no longer equal', () => {
    const p = makePlane(planes[0].plane.width, planes[0].plane.height, planes[0].plane.data.slice());
    const before = topHat(p, 9).data;
    p.data[Math.floor(p.data.length / 2)] = 1 - p.data[Math.floor(p.data.length / 2)];
    expect(topHat(p, 9).data).not.toEqual(before);
  });
});

/** Both readers are timed the same way: from the encoded image to the number, the fastest of RUNS calls,
 *  so a garbage collection or the other process waking up does not decide an image's time. */
export const RUNS = 3;

export async function fastest(read: () => Promise<string | null>): Promise<{ read: string | null; ms: number }> {
  let ms = Infinity;
  let result: string | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await read();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { read: result, ms };
}

/** Exact-match rate, per-digit accuracy (1 - edit distance / length) and median time. */
export interface Score {
  exact: number;
  perDigit: number;
  medianMs: number;
  count: number;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

export function score(results: { truth: string; read: string | null; ms: number }[]): Score {
  const exact = results.filter((r) => r.read === r.truth).length / results.length;
  const perDigit = results.reduce((s, r) => s + Math.max(0, 1 - editDistance(r.truth, r.read ?? '') / r.truth.length), 0) / results.length;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return { exact, perDigit, medianMs: times[Math.floor(times.length / 2)], count: results.length };
}

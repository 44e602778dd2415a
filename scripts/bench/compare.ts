/**
 * The per-group comparison the set benchmarks share (pages.ts, handwriting.ts): both readers warmed up, then
 * each image read by ours and by tesseract.js, timed the same way, its rows counted under every group it
 * belongs to, and our misses listed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { createReader, type Reader } from '../../src/engine';
import { decodeBytes } from '../../src/node/decode';
import { modelFromDir } from '../../src/node/model-files';
import { fastest } from './metrics';
import type { Sample } from './printed-set';
import { pickNumber, tesseractReader } from './tesseract-reader';

/** Images of a set read by both readers, untimed, before the timed pass. */
const WARM_UP = 60;

export type Row = { truth: string; read: string | null; ms: number };

export interface Comparison {
  /** group -> the rows of ours and of tesseract.js */
  groups: Map<string, { ours: Row[]; peer: Row[] }>;
  misses: string[];
  /** ours, still loaded, for whatever the benchmark reads next */
  reader: Reader;
}

/** Writes each sample as truth-name into `dir`, when one is given. */
export function saveSamples(samples: Sample[], dir?: string): void {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const s of samples) writeFileSync(join(dir, `${s.truth}-${s.name}`), s.bytes);
}

export async function compareReaders<S extends Sample>(
  samples: S[],
  options: { label: string; model?: string; groupsOf: (s: S) => string[]; missNote?: (s: S) => string },
): Promise<Comparison> {
  const reader = await createReader({ model: modelFromDir(options.model) });
  const tess = await tesseractReader();
  for (const s of samples.slice(0, WARM_UP)) {
    reader.read(await decodeBytes(s.bytes), { digits: 5 });
    await tess.read(s.bytes);
  }
  const groups = new Map<string, { ours: Row[]; peer: Row[] }>();
  const misses: string[] = [];
  const bar = new SingleBar({ format: `${options.label} [{bar}] {value}/{total} | ETA {eta_formatted}` });
  bar.start(samples.length, 0);
  for (const s of samples) {
    const mine = await fastest(async () => reader.read(await decodeBytes(s.bytes), { digits: 5 }).number);
    const theirs = await fastest(async () => pickNumber(await tess.read(s.bytes)));
    for (const key of options.groupsOf(s)) {
      const g = groups.get(key) ?? { ours: [], peer: [] };
      g.ours.push({ truth: s.truth, ...mine });
      g.peer.push({ truth: s.truth, ...theirs });
      groups.set(key, g);
    }
    if (mine.read !== s.truth) misses.push(`${s.truth}-${s.name}${options.missNote?.(s) ?? ''}: read ${mine.read}`);
    bar.increment();
  }
  bar.stop();
  await tess.close();
  return { groups, misses, reader };
}

/** The first misses as a Markdown list. */
export const missList = (misses: string[], first = 20) =>
  misses
    .slice(0, first)
    .map((m) => `- ${m}`)
    .join('\n') || '- none';

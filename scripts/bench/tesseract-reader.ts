/** The peer: tesseract.js 7 (LSTM), digits whitelist, single-line mode, English data from the npm package. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';

export async function tesseractReader(): Promise<{ read(bytes: Buffer): Promise<string>; close(): Promise<void> }> {
  const dataDir = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
  const worker: Worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath: dataDir, gzip: true, cacheMethod: 'none' });
  await worker.setParameters({ tessedit_char_whitelist: '0123456789 ', tessedit_pageseg_mode: PSM.SINGLE_LINE });
  return {
    async read(bytes) {
      const { data } = await worker.recognize(bytes);
      return data.text;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Tesseract's text to a number the same way ours picks one: the five-digit group if there is one. */
export function pickNumber(text: string, digits = 5): string {
  const groups = text
    .split(/\s+/)
    .map((g) => g.replace(/\D/g, ''))
    .filter(Boolean);
  return groups.find((g) => g.length === digits) ?? groups.join('');
}

/**
 * The soak through the built extension (part of npm run bench): the soak's 200 images sent to the reader
 * as the popup sends a pasted image, over and over, 2,000 reads in one browser. After each round: the extension process's
 * memory (its renderer, which hosts the offscreen document) and the engine's own tensors and wasm heap;
 * then the same after the offscreen document is closed, as it is after a minute without reads. Every
 * answer must be the one the image got the first time.
 * Usage: tsx scripts/bench/extension-soak.ts [--reads N]
 */
import { parseArgs } from 'node:util';
import type { ReaderMemory } from '../../src/engine';
import { type ExtensionBrowser, launchWithExtension } from '../../tests/e2e/browser';
import { extensionRssMb } from './extension-memory';
import { machine, writeSection } from './report';
import { EACH, soakSamples } from './soak-set';

const { values } = parseArgs({ options: { reads: { type: 'string', default: '2000' } } });
const READS = Number(values.reads);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/**
 * Garbage collection in every context of the extension (its pages, the offscreen document, the service worker) over the
 * browser's DevTools protocol: decoded images and pixel buffers live outside the JS heap and are freed only
 * when it is collected, which V8 puts off while memory is plentiful; after a collection a leak shows as growth.
 */
async function collector(b: ExtensionBrowser): Promise<() => Promise<void>> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  let next = 1;
  const pending = new Map<number, () => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const { id } = JSON.parse(e.message) as { id: number };
    pending.get(id)?.();
    pending.delete(id);
  });
  return async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    for (const t of targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${b.extensionId}/`))) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
      const id = next++;
      const done = new Promise<void>((resolve) => pending.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }) });
      await done;
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
  };
}

const mime = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png');

async function main() {
  const samples = await soakSamples();
  const dataUrls = samples.map((s) => `data:${mime(s.bytes)};base64,${Buffer.from(s.bytes).toString('base64')}`);
  const b = await launchWithExtension();
  try {
    // The popup's messages from an extension page with no UI of its own (the model's JSON, shown as text): what is
    // measured is the reader, not the popup's rendering of 2,000 readings it would never stay open for.
    const sender = await b.context.newPage();
    await sender.goto(`chrome-extension://${b.extensionId}/model/model.json`);
    await sender.waitForLoadState('load');
    const collectGarbage = await collector(b);
    await sender.evaluate((urls) => {
      (window as unknown as { __soak: string[] }).__soak = urls;
    }, dataUrls);
    const idleMb = extensionRssMb();
    const memory = () =>
      sender.evaluate(async () => {
        const answer = (await chrome.runtime.sendMessage({ id: 1, type: 'engineMemory', timestamp: Date.now() })) as { res?: { ok: boolean; memory?: ReaderMemory } };
        return answer.res?.memory;
      });
    const first: string[] = [];
    const rows: string[] = [];
    let changed = 0;
    let peakMb = 0;
    const started = performance.now();
    for (let done = 0; done < READS; ) {
      const count = Math.min(dataUrls.length, READS - done);
      // One round inside the page: a read at a time, as a person pastes them.
      const answers = await sender.evaluate(async (count) => {
        const urls = (window as unknown as { __soak: string[] }).__soak;
        const out: string[] = [];
        for (let i = 0; i < count; i++) {
          const a = (await chrome.runtime.sendMessage({ id: 2 + i, type: 'readPasted', data: { dataUrl: urls[i] }, timestamp: Date.now() })) as {
            res?: { ok: boolean; reading?: { number: string | null }; error?: string };
          };
          out.push(a.res?.ok ? String(a.res.reading?.number) : `error: ${a.res?.error}`);
        }
        return out;
      }, count);
      answers.forEach((a, i) => {
        if (done === 0) first.push(a);
        else if (a !== first[i]) changed++;
      });
      done += count;
      const rss = extensionRssMb();
      peakMb = Math.max(peakMb, rss);
      await collectGarbage();
      const m = await memory();
      rows.push(`| ${done} | ${rss} | ${extensionRssMb()} | ${m ? mb(m.wasmHeapBytes) : '?'} | ${m?.tensors ?? '?'} |`);
      console.log(rows.at(-1));
    }
    const seconds = (performance.now() - started) / 1000;
    // Then as after a minute without reads: the page closed, the offscreen document closed by the worker.
    await sender.close();
    await b.worker.evaluate(() => chrome.offscreen.closeDocument());
    await new Promise((r) => setTimeout(r, 5000));
    await collectGarbage();
    const closedMb = extensionRssMb();
    const errors = first.filter((a) => a.startsWith('error')).length;
    const table = ['| reads | extension process RSS MB | after a garbage collection | wasm heap MB | tensors |', '|---|---|---|---|---|', ...rows].join('\n');
    const text = `## Soak through the extension (\`tsx scripts/bench/extension-soak.ts\`, part of \`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}; Debian Chromium, headless, the built extension. ${READS} images sent to the
reader one after another as the popup sends a pasted one (from an extension page without UI, so the popup's rendering is not measured; the soak's ${dataUrls.length} images, ${EACH} each of printed, handwritten, page contexts and photographed
strips, round after round) in ${seconds.toFixed(0)} s. Memory of Chromium's extension process (it hosts the offscreen document, the service
worker and that page), as it is and after a garbage collection in each of the extension's contexts (decoded images and pixel buffers live
outside the JS heap and go only when it is collected, which V8 puts off while memory is plentiful), and the engine's own tensors
and wasm heap, after each round:

${table}

Before the first read (no offscreen document yet): ${idleMb} MB; peak ${peakMb} MB; after the page and then the
offscreen document closed (as it does after a minute without reads) and a collection: **${closedMb} MB**. Reads that failed: ${errors}. Answers that differed from the same image's
first reading: **${changed}**.
`;
    console.log(text);
    writeSection('extension-soak', text);
    if (changed > 0 || errors > 0) process.exitCode = 1;
  } finally {
    await b.close();
  }
}

await main();

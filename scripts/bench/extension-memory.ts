/** Memory of Chromium's extension renderers, where the offscreen document, the service worker and the extension's pages run. */
import { execFileSync } from 'node:child_process';

/** Their resident memory, MB (Chromium marks them --extension-process). */
export function extensionRssMb(): number {
  const lines = execFileSync('ps', ['-eo', 'rss,args'], { maxBuffer: 2 ** 24 })
    .toString()
    .split('\n');
  return Math.round(lines.filter((l) => l.includes('--extension-process')).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]), 0) / 1024);
}

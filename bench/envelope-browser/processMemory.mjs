/**
 * Peak resident memory of a Playwright Chromium while something runs: every process of the browser (from the
 * DevTools protocol's SystemInfo.getProcessInfo), its VmRSS read from Linux /proc every `intervalMs`, summed
 * per process type ("browser", "renderer", "GPU", "utility"). Web Workers are threads of the page's renderer,
 * so the renderer's figure includes the envelope worker; Blob bytes live in the browser process.
 * Used by bench/envelope-browser.bench.mjs and e2e/large-file.spec.ts.
 */
import { readFileSync } from 'node:fs';

const rss = (pid) => {
  try {
    const kB = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kB ? Number(kB) * 1024 : 0;
  } catch {
    return 0; // the process has gone
  }
};

/**
 * Starts sampling; `stop()` resolves to `{ baseline, peak, samples }`, each of `baseline` and `peak` being
 * `{ [type]: bytes, total: bytes }` (RSS counts shared pages in every process that maps them: compare a
 * peak with its baseline rather than adding processes up across runs).
 */
export async function watchBrowserMemory(browser, intervalMs = 100) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  const peak = { total: 0 };
  let baseline;
  let samples = 0;
  const sample = () => {
    const byType = {};
    for (const { type, id } of processInfo) byType[type] = (byType[type] ?? 0) + rss(id);
    let total = 0;
    for (const [type, bytes] of Object.entries(byType)) {
      peak[type] = Math.max(peak[type] ?? 0, bytes);
      total += bytes;
    }
    peak.total = Math.max(peak.total, total);
    baseline ??= { ...byType, total };
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      sample();
      return { baseline, peak, samples };
    },
  };
}

#!/usr/bin/env node
/**
 * Rotation timeline benchmark (issue #5): 50 keys, 10 years, 10,000 ciphertexts made by the real engine
 * (bench/timelineHarness.tsx), drawn by the app's Timeline component in headless Chromium. Drives the page as a
 * learner would — scroll through the lanes, Ctrl+wheel zoom, drag to pan, drag the clock handle — with real mouse
 * input, on a production build, while the page records requestAnimationFrame deltas (frame times) and the timeline reports the time it
 * spends laying out lanes per render. Prints a table and writes bench/results/timeline.json (with a `summary` for
 * scripts/bench.mjs). Run: `node bench/timeline.bench.mjs`. Not part of `npm test`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { openHarness } from './lib/harnessPage.mjs';

const PORT = 5198;
const FRAMES = 90;
/** A frame slower than this (1.5 × 16.7 ms) is a dropped frame at 60 Hz. */
const JANK_MS = 25;

// React's profiling build: production speed, with <Profiler> timings.
const harness = await openHarness({
  name: 'kms-lab-timeline-bench',
  html: 'bench/timeline.html',
  port: PORT,
  resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } },
});
const { browser } = harness;

const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (v) => Math.round(v * 100) / 100;

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${PORT}/bench/timeline.html`);
  await page.waitForFunction(() => window.timelineBench?.ready, undefined, { timeout: 10 * 60_000 });
  const setup = await page.evaluate(() => ({
    keys: window.timelineBench.keys,
    ciphertexts: window.timelineBench.ciphertexts,
    buildMs: Math.round(window.timelineBench.buildMs),
    /** The first render: every lane in view, laid out and mounted. */
    firstCommitMs: Math.round(window.timelineBench.renderMs[0] ?? Number.NaN),
  }));

  await page.evaluate(() => {
    window.frameRecorder = { deltas: [], on: false };
    const tick = (last) => (now) => {
      if (!window.frameRecorder.on) return;
      window.frameRecorder.deltas.push(now - last);
      requestAnimationFrame(tick(now));
    };
    window.startFrames = () => {
      window.frameRecorder = {
        deltas: [],
        on: true,
        layoutFrom: window.timelineBench.layoutMs.length,
        renderFrom: window.timelineBench.renderMs.length,
      };
      requestAnimationFrame((now) => requestAnimationFrame(tick(now)));
    };
    window.stopFrames = () => {
      window.frameRecorder.on = false;
      return {
        frames: window.frameRecorder.deltas,
        layouts: window.timelineBench.layoutMs.slice(window.frameRecorder.layoutFrom),
        renders: window.timelineBench.renderMs.slice(window.frameRecorder.renderFrom),
      };
    };
  });

  const viewport = await page.locator('[data-testid="tl-viewport"]').boundingBox();
  const svg = page.locator('[data-testid="tl-svg"]');
  const nextFrame = () =>
    page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const measure = async (name, drive) => {
    await page.evaluate(() => window.startFrames());
    await drive();
    await nextFrame();
    const { frames, layouts, renders } = await page.evaluate(() => window.stopFrames());
    return {
      name,
      frames: frames.length,
      frameMedianMs: round(percentile(frames, 50)),
      frameP95Ms: round(percentile(frames, 95)),
      frameMaxMs: round(Math.max(...frames)),
      jankyFrames: frames.filter((f) => f > JANK_MS).length,
      renders: renders.length,
      reactMedianMs: round(percentile(renders, 50)),
      reactP95Ms: round(percentile(renders, 95)),
      layoutMedianMs: round(percentile(layouts, 50)),
      layoutP95Ms: round(percentile(layouts, 95)),
    };
  };

  const cx = viewport.x + viewport.width / 2;
  const cy = viewport.y + 200;
  const phases = [];

  phases.push(
    await measure('scroll through the 50 lanes', async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < FRAMES; i++) {
        await page.mouse.wheel(0, i < FRAMES / 2 ? 120 : -120);
        await nextFrame();
      }
    }),
  );

  phases.push(
    await measure('Ctrl+wheel zoom in and out', async () => {
      await page.mouse.move(cx, cy);
      await page.keyboard.down('Control');
      for (let i = 0; i < FRAMES; i++) {
        await page.mouse.wheel(0, i < FRAMES / 2 ? -100 : 100);
        await nextFrame();
      }
      await page.keyboard.up('Control');
    }),
  );

  // Pan a zoomed-in window (two zoom steps in), dragging the background.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  phases.push(
    await measure('drag to pan', async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < FRAMES; i++) {
        await page.mouse.move(cx + (i < FRAMES / 2 ? -i * 8 : (i - FRAMES) * 8), cy);
        await nextFrame();
      }
      await page.mouse.up();
    }),
  );

  await page.getByRole('button', { name: 'Show everything' }).click();
  const handle = await svg.locator('[data-testid="tl-handle-grip"]').boundingBox();
  phases.push(
    await measure('drag the clock handle', async () => {
      const hx = handle.x + handle.width / 2;
      const hy = handle.y + handle.height / 2;
      await page.mouse.move(hx, hy);
      await page.mouse.down();
      for (let i = 0; i < FRAMES; i++) {
        await page.mouse.move(hx + Math.min(i * 2, 150), hy);
        await nextFrame();
      }
      // Back to "now" before releasing: nothing to commit (the harness ignores it anyway).
      await page.mouse.move(hx - 40, hy);
      await page.mouse.up();
    }),
  );

  const load = os.loadavg().map((l) => round(l));
  console.log(
    `Timeline benchmark: ${setup.keys} keys, ${setup.ciphertexts} ciphertexts over 10 years ` +
      `(engine build ${setup.buildMs} ms, first commit ${setup.firstCommitMs} ms), load average ${load.join(' ')}`,
  );
  console.table(phases);
  const summary = phases.flatMap((p) => [
    { measure: `timeline: ${p.name}, frame p95`, value: p.frameP95Ms, unit: 'ms', goal: 16.7 },
    { measure: `timeline: ${p.name}, React commit p95`, value: p.reactP95Ms, unit: 'ms' },
    { measure: `timeline: ${p.name}, lane layout p95`, value: p.layoutP95Ms, unit: 'ms' },
  ]);
  await mkdir('bench/results', { recursive: true });
  await writeFile(
    'bench/results/timeline.json',
    `${JSON.stringify({ setup, phases, summary, machine: { cpus: os.cpus().length, load } }, null, 2)}\n`,
  );
} finally {
  await harness.close();
}

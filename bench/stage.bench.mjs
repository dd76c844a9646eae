#!/usr/bin/env node
/**
 * Stage benchmark (issue #11): the app's production build in headless Chromium, the envelope section with the
 * default scenario, full motion at 1× speed. From the start, it presses → once per step and records, while each
 * step animates (its beats, the tokens travelling, the zero-fill), the requestAnimationFrame deltas (frame times)
 * and every long task the page reports (PerformanceObserver 'longtask': a task over 50 ms). Prints the frame
 * median, p95 and the longest task per step and over the walk; writes bench/results/stage.json (with a `summary`
 * for scripts/bench.mjs). Goals: frame median ≤ 16.7 ms, no task over 50 ms. Run: `node bench/stage.bench.mjs`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { openHarness } from './lib/harnessPage.mjs';

const PORT = 5196;
/**
 * The section the stage is watched in (STAGE_BENCH_VIEW): the envelope studio by default, whose own step views
 * render under the stage on every step; a lighter section (cost) separates the stage's cost from the studio's.
 */
const VIEW = process.env.STAGE_BENCH_VIEW ?? 'envelope';
/** A step's beats last 700 ms each at 1× (src/ui/stage/Stage.tsx BEAT_MS); four beats and the travel fit in this. */
const WATCH_MS = 3200;

const harness = await openHarness({ name: 'kms-lab-stage-bench', html: 'index.html', port: PORT });
const { browser } = harness;

const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (v) => Math.round(v * 10) / 10;

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.addInitScript(() => {
    localStorage.setItem(
      'kms-lab.preferences',
      JSON.stringify({ lang: 'en', theme: 'light', motion: 'full' }),
    );
    window.stageBench = { frames: [], tasks: [], on: false };
    new PerformanceObserver((list) => {
      if (!window.stageBench.on) return;
      for (const entry of list.getEntries()) window.stageBench.tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const tick = (last) => (now) => {
      if (window.stageBench.on) window.stageBench.frames.push(now - last);
      requestAnimationFrame(tick(now));
    };
    requestAnimationFrame((now) => requestAnimationFrame(tick(now)));
  });
  await page.goto(`http://127.0.0.1:${PORT}/#view=${VIEW}`);
  const stage = page.locator('[data-stage][data-step]');
  await stage.waitFor({ timeout: 120_000 });
  await page.keyboard.press('Home');
  await page.locator('[data-stage][data-step="-1"]').waitFor();
  // "Step 0 of 7": the scenario's length, as the player shows it.
  const steps = Number(
    /(\d+)\D*$/.exec((await page.getByTestId('player-position').textContent()) ?? '')?.[1],
  );

  const rows = [];
  for (let step = 0; step < steps; step++) {
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.stageBench.frames = [];
      window.stageBench.tasks = [];
      window.stageBench.on = true;
    });
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-stage][data-step="${step}"]`).waitFor();
    await page.waitForTimeout(WATCH_MS);
    const { frames, tasks, call, beats } = await page.evaluate(() => {
      window.stageBench.on = false;
      const el = document.querySelector('[data-stage]');
      return {
        frames: window.stageBench.frames,
        tasks: window.stageBench.tasks,
        call:
          el?.querySelector('[data-call]')?.getAttribute('data-call') ||
          el?.querySelector('[data-narration]')?.getAttribute('data-narration'),
        beats: Number(el?.getAttribute('data-beats')),
      };
    });
    rows.push({
      step: step + 1,
      what: call,
      beats,
      frames: frames.length,
      frameMedianMs: round(percentile(frames, 50)),
      frameP95Ms: round(percentile(frames, 95)),
      longestTaskMs: round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      all: { frames, tasks },
    });
  }

  const frames = rows.flatMap((r) => r.all.frames);
  const tasks = rows.flatMap((r) => r.all.tasks);
  const load = os.loadavg().map((l) => Math.round(l * 100) / 100);
  console.log(
    `\nStage in the ${VIEW} section: the default scenario, step by step, full motion at 1× (load average ${load.join(' ')})`,
  );
  console.table(rows.map(({ all: _all, ...row }) => row));
  const overall = {
    frameMedianMs: round(percentile(frames, 50)),
    frameP95Ms: round(percentile(frames, 95)),
    longestTaskMs: round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
  };
  console.log('whole walk:', overall);
  const summary = [
    {
      measure: 'stage: frame median while a step animates',
      value: overall.frameMedianMs,
      unit: 'ms',
      goal: 16.7,
    },
    { measure: `stage (${VIEW}): frame p95 while a step animates`, value: overall.frameP95Ms, unit: 'ms' },
    {
      measure: 'stage: longest task while a step animates',
      value: overall.longestTaskMs,
      unit: 'ms',
      goal: 50,
    },
  ];
  await mkdir('bench/results', { recursive: true });
  await writeFile(
    `bench/results/stage-${VIEW}.json`,
    `${JSON.stringify(
      {
        steps: rows.map(({ all: _all, ...row }) => row),
        overall,
        summary,
        machine: { cpus: os.cpus().length, load },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await harness.close();
}

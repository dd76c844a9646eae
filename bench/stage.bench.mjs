#!/usr/bin/env node
/**
 * Stage benchmark (issue #11): the app's production build in headless Chromium, the default scenario, full
 * motion at 1× speed. From the start, it presses → once per step and records, while each step animates (its
 * beats, the tokens travelling, the zero-fill), the requestAnimationFrame deltas (frame times), every long task
 * the page reports (PerformanceObserver 'longtask': a task over 50 ms of wall time) and a Chrome trace of the
 * renderer's main thread, whose tasks carry their thread CPU time (`tdur`).
 *
 * Why both: on a loaded machine (2 cores shared by several test runs, load 15–30) a task's wall time is mostly
 * time the thread spent waiting for a core: a 232 ms long task measured 5 ms of CPU. The CPU time is what the
 * page's own work costs, the wall time what a learner on that machine would feel.
 *
 * It walks twice: in the envelope section (the studio's own step views render and animate under the stage on
 * every step) and in the cost section (a light one: what the stage and the player cost on their own). The
 * difference is the envelope studio's share. Prints the frame median, p95, the longest task (wall and CPU) per
 * step and over each walk; writes bench/results/stage-<view>.json (with a `summary` for scripts/bench.mjs).
 * Goals: frame median ≤ 16.7 ms, no task over 50 ms. Run: `node bench/stage.bench.mjs` (STAGE_BENCH_VIEW=<view>
 * walks only that section).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { openHarness } from './lib/harnessPage.mjs';
import { mainThreadTasks, TRACE_CATEGORIES } from './lib/mainThreadTasks.mjs';

const PORT = 5196;
/** The sections the stage is watched in (see the module comment); STAGE_BENCH_VIEW picks one. */
const VIEWS = process.env.STAGE_BENCH_VIEW ? [process.env.STAGE_BENCH_VIEW] : ['envelope', 'cost'];
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

async function walk(page, view) {
  await page.goto(`http://127.0.0.1:${PORT}/#view=${view}`);
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
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-stage][data-step="${step}"]`).waitFor();
    await page.waitForTimeout(WATCH_MS);
    const traced = mainThreadTasks(await browser.stopTracing());
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
    const longestWall = traced.reduce((a, b) => (b.wallMs > a.wallMs ? b : a), { wallMs: 0, cpuMs: 0 });
    rows.push({
      step: step + 1,
      what: call,
      beats,
      frames: frames.length,
      frameMedianMs: round(percentile(frames, 50)),
      frameP95Ms: round(percentile(frames, 95)),
      longestTaskMs: round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      // The longest task by wall time, and the CPU it used; the task that used the most CPU.
      longestTaskCpuMs: round(longestWall.cpuMs),
      mostCpuTaskMs: round(Math.max(0, ...traced.map((t) => t.cpuMs))),
      all: { frames, tasks, cpu: traced.map((t) => t.cpuMs) },
    });
  }
  const frames = rows.flatMap((r) => r.all.frames);
  const tasks = rows.flatMap((r) => r.all.tasks);
  const overall = {
    frameMedianMs: round(percentile(frames, 50)),
    frameP95Ms: round(percentile(frames, 95)),
    longestTaskMs: round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
    mostCpuTaskMs: round(Math.max(0, ...rows.flatMap((r) => r.all.cpu))),
    tasksOver50MsCpu: rows.flatMap((r) => r.all.cpu).filter((ms) => ms > 50).length,
  };
  return { rows: rows.map(({ all: _all, ...row }) => row), overall };
}

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

  const walks = new Map();
  for (const view of VIEWS) {
    const loadBefore = os.loadavg()[0];
    const result = await walk(page, view);
    const load = [loadBefore, os.loadavg()[0]].map((l) => Math.round(l * 100) / 100);
    walks.set(view, result);
    console.log(
      `\nStage in the ${view} section: the default scenario, step by step, full motion at 1× (1-minute load average ${load.join(' → ')} on ${os.cpus().length} cores)`,
    );
    console.table(result.rows);
    console.log('whole walk:', result.overall);
    const summary = [
      {
        measure: `stage (${view}): frame median while a step animates`,
        value: result.overall.frameMedianMs,
        unit: 'ms',
        goal: 16.7,
      },
      {
        measure: `stage (${view}): frame p95 while a step animates`,
        value: result.overall.frameP95Ms,
        unit: 'ms',
      },
      {
        measure: `stage (${view}): longest task while a step animates (wall time)`,
        value: result.overall.longestTaskMs,
        unit: 'ms',
        goal: 50,
        note: 'waiting for a core counts: compare with the CPU time below',
      },
      {
        measure: `stage (${view}): most CPU one task used while a step animates`,
        value: result.overall.mostCpuTaskMs,
        unit: 'ms',
        goal: 50,
      },
    ];
    await mkdir('bench/results', { recursive: true });
    await writeFile(
      `bench/results/stage-${view}.json`,
      `${JSON.stringify(
        { steps: result.rows, overall: result.overall, summary, machine: { cpus: os.cpus().length, load } },
        null,
        2,
      )}\n`,
    );
  }
  const envelope = walks.get('envelope');
  const cost = walks.get('cost');
  if (envelope && cost)
    console.log(
      `\nThe stage's own share: its most expensive task used ${cost.overall.mostCpuTaskMs} ms of CPU with a light section under it (cost), ${envelope.overall.mostCpuTaskMs} ms with the envelope studio's step views re-rendering under it.`,
    );
} finally {
  await harness.close();
}

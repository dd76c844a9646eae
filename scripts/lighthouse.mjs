#!/usr/bin/env node
/**
 * `npm run lighthouse [-- --runs N] [--no-build] [<section>…]`: builds KMS Lab, serves the build with
 * `vite preview`, and runs Lighthouse 12 (its default mobile settings: a Moto G Power-class screen, simulated
 * slow 4G and 4× CPU slowdown) on every section, printing each one's performance, accessibility and best
 * practices scores and the four timings issue #15 names (FCP, LCP, TBT, CLS). With `--runs N` each section
 * runs N times and the median run (by performance score) is shown. Writes bench/results/lighthouse.json.
 *
 * Not part of `npm test`: a run takes about 10 s a section alone, and the scores move with the machine's load
 * (the table shows the load average), so compare runs made one after the other on a quiet machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const build = !args.includes('--no-build');
const wanted = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const port = Number(process.env.KMS_LAB_LIGHTHOUSE_PORT ?? 4373);

// The sections, in navigation order, from the registry every other part of the app derives from.
const ids = [...readFileSync('src/ui/sections.ts', 'utf8').matchAll(/^\s+id: '([a-z]+)',$/gm)].map(
  (m) => m[1],
);
const sections = wanted.length ? ids.filter((id) => wanted.includes(id)) : ids;
if (sections.length === 0) throw new Error(`lighthouse: no section matches ${wanted.join(', ')}`);

if (build && spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const preview = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stopPreview = () => {
  try {
    process.kill(-preview.pid);
  } catch {
    // Already gone.
  }
};
process.on('exit', stopPreview);

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`lighthouse: ${url} did not answer`);
}
const origin = `http://127.0.0.1:${port}`;
await waitForServer(origin);

const chrome = await chromeLauncher.launch({
  chromePath: findChromium()?.path,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

const categories = ['performance', 'accessibility', 'best-practices'];
const timings = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};
const results = [];
try {
  for (const id of sections) {
    const attempts = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(`${origin}/#view=${id}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      attempts.push({
        section: id,
        scores: Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
        timings: Object.fromEntries(
          Object.entries(timings).map(([name, audit]) => [name, lhr.audits[audit].numericValue]),
        ),
        runtimeError: lhr.runtimeError?.message,
      });
    }
    attempts.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = attempts[Math.floor(attempts.length / 2)];
    results.push(median);
    printRow(median);
  }
} finally {
  await chrome.kill();
  stopPreview();
}

function printRow(r) {
  if (results.length === 1) {
    console.log(
      `\nLighthouse ${lighthouseVersion()} mobile, median of ${runs}; load average ${loadAverage()}`,
    );
    console.log(
      `${'section'.padEnd(10)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'bp'.padStart(4)} ${'FCP'.padStart(7)} ${'LCP'.padStart(7)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)}`,
    );
  }
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(7);
  console.log(
    `${r.section.padEnd(10)} ${String(r.scores.performance).padStart(4)} ${String(r.scores.accessibility).padStart(4)} ${String(r.scores['best-practices']).padStart(4)} ${s(r.timings.FCP)} ${s(r.timings.LCP)} ${`${Math.round(r.timings.TBT)} ms`.padStart(7)} ${r.timings.CLS.toFixed(3).padStart(6)}${r.runtimeError ? `  (${r.runtimeError})` : ''}`,
  );
}

function lighthouseVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
}

function loadAverage() {
  return os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/lighthouse.json',
  `${JSON.stringify({ runs, loadAverage: os.loadavg(), results }, null, 2)}\n`,
);

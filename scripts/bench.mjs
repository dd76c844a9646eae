#!/usr/bin/env node
/**
 * `npm run bench [-- <name>…] [--no-browser]`: every benchmark of KMS Lab, one after another, then one summary
 * table with ratios (bench/README.md says how to read it). Not part of `npm test`.
 *
 * - Vitest bench files (`src/**\/*.bench.ts`, `bench/*.bench.ts`) run one file at a time in this process, so no
 *   two benchmarks compete for the machine's cores. Each writes Vitest's JSON report to
 *   `bench/results/<name>.json` (without the raw samples, which only serve the percentiles here).
 * - Every `bench/*.mjs` is a standalone script (the headless-Chromium benchmarks): it runs as
 *   `node bench/<name>.mjs`, prints its own table and writes `bench/results/*.json`; rows it puts in a top-level
 *   `summary` array (`{ measure, value, unit?, goal?, higherIsBetter?, ratio?, note? }`; a goal is an upper bound
 *   unless `higherIsBetter`) join the summary table.
 * - `bench/results/summary.json` keeps the table, the machine and its load.
 * `<name>` arguments keep only the files whose path contains one of them (`npm run bench -- engine scenario`).
 *
 * Absolute times depend on the machine and on whatever else runs on it (docs/toolchain.md): the table shows
 * the load average next to the figures, and the ratios, measured within one run, are what to compare.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, join } from 'node:path';
import { startVitest } from 'vitest/node';

const RESULTS = 'bench/results';
/** A browser benchmark that runs longer than this is stopped (its table is then missing from the summary). */
const SCRIPT_TIMEOUT_MS = 20 * 60_000;

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const withBrowser = !args.includes('--no-browser');
const wanted = (file) => filters.length === 0 || filters.some((f) => file.includes(f));

// ---------------------------------------------------------------------------------------------------------------
// Discovery

async function files(dir, test, recursive = false) {
  const names = await readdir(dir, { recursive }).catch(() => []);
  return names
    .map((n) => join(dir, n))
    .filter(test)
    .sort();
}

/** The crypto layer first (it explains the rest), then the engine, envelope, scenario and anything new. */
const ORDER = ['crypto', 'engine', 'envelope', 'scenario'];
const rank = (file) => {
  const i = ORDER.findIndex((o) => basename(file).startsWith(o));
  return i < 0 ? ORDER.length : i;
};
const vitestFiles = [
  ...(await files('src', (f) => f.endsWith('.bench.ts'), true)),
  ...(await files('bench', (f) => f.endsWith('.bench.ts'))),
]
  .filter(wanted)
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const scriptFiles = withBrowser ? (await files('bench', (f) => f.endsWith('.mjs'))).filter(wanted) : [];

// ---------------------------------------------------------------------------------------------------------------
// Running

const machine = () => ({ cpus: os.cpus().length, load: os.loadavg().map((l) => Math.round(l * 100) / 100) });
const startedAt = new Date();
const before = machine();
await mkdir(RESULTS, { recursive: true });

/** One entry per benchmark: its file, describe() path, name and statistics in milliseconds. */
const measured = [];
/** Per file: how it went. */
const runs = [];

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function collect(file, task, path = []) {
  if (task.tasks) {
    for (const child of task.tasks) collect(file, child, task.type === 'suite' ? [...path, task.name] : path);
    return;
  }
  const result = task.result?.benchmark;
  if (!result) return;
  const samples = [...(result.samples ?? [])].sort((a, b) => a - b);
  measured.push({
    file,
    group: path.slice(1).join(' > '),
    name: task.name,
    samples: samples.length,
    min: result.min,
    median: result.median,
    mean: result.mean,
    p95: percentile(samples, 0.95),
    p99: result.p99,
    max: result.max,
    hz: result.hz,
  });
}

/** Vitest's JSON report, minus the raw samples. */
async function stripSamples(path) {
  const report = JSON.parse(await readFile(path, 'utf8'));
  for (const f of report.files ?? [])
    for (const g of f.groups ?? []) for (const b of g.benchmarks ?? []) delete b.samples;
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

async function runVitestBench(file) {
  const outputJson = join(RESULTS, `${basename(file).replace(/\.bench\.ts$/, '')}.json`);
  const started = performance.now();
  console.log(`\n━━ ${file}`);
  const vitest = await startVitest(
    'benchmark',
    [file],
    { run: true, watch: false },
    { test: { benchmark: { includeSamples: true, outputJson } } },
  );
  const failed = [];
  const failures = (task) => {
    if (task.result?.state === 'fail')
      failed.push(...(task.result.errors ?? [{ message: `${task.name} failed` }]).map((e) => e.message));
    for (const child of task.tasks ?? []) failures(child);
  };
  for (const f of vitest?.state.getFiles() ?? []) {
    collect(file, f);
    failures(f);
  }
  // An unhandled rejection during a benchmark leaves that benchmark without a result: the file failed.
  for (const error of vitest?.state.getUnhandledErrors() ?? [])
    failed.push(`unhandled: ${error?.message ?? error}`);
  await vitest?.close();
  await stripSamples(outputJson).catch(() => undefined);
  runs.push({ file, ok: failed.length === 0, seconds: (performance.now() - started) / 1000, errors: failed });
}

/** Rows of the summary table that browser benchmarks offer in their results. */
const offered = [];

async function runScript(file) {
  const started = Date.now();
  console.log(`\n━━ node ${file}`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGTERM'), SCRIPT_TIMEOUT_MS);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(signal ? signal : exitCode);
    });
  });
  for (const name of await files(RESULTS, (f) => f.endsWith('.json'))) {
    if (basename(name) === 'summary.json' || (await stat(name)).mtimeMs < started) continue;
    const report = JSON.parse(await readFile(name, 'utf8').catch(() => '{}'));
    if (Array.isArray(report.summary))
      for (const row of report.summary)
        offered.push({ section: basename(file).replace(/(\.bench)?\.mjs$/, ''), ...row });
  }
  runs.push({
    file,
    ok: code === 0,
    seconds: (Date.now() - started) / 1000,
    errors: code ? [`exit ${code}`] : [],
  });
}

for (const file of vitestFiles) await runVitestBench(file);
for (const file of scriptFiles) await runScript(file);

// ---------------------------------------------------------------------------------------------------------------
// The summary: what each benchmark means, as rows of section | measure | value | ratio or goal.

const pick = (file, name, group) =>
  measured.find(
    (b) => b.file.endsWith(file) && b.name === name && (group === undefined || b.group === group),
  );
const ms = (v) =>
  v === undefined || !Number.isFinite(v)
    ? '–'
    : v >= 100
      ? `${v.toFixed(0)} ms`
      : `${v.toFixed(v >= 10 ? 1 : 2)} ms`;
/**
 * Calls per second from the median time. Medians, not means, throughout: on a busy machine a few runs wait
 * for a core and drag the mean (and Vitest's hz and "x times faster", which come from the mean) far off.
 */
const perSecond = (b) => {
  if (!b || !Number.isFinite(b.median)) return '–';
  const hz = 1000 / b.median;
  return `${hz >= 100 ? Math.round(hz).toLocaleString('en') : hz.toFixed(1)}/s`;
};
/** Throughput of `bytes` per median run, in MB/s (10^6 bytes, as docs/toolchain.md counts). */
const megabytesPerSecond = (bytes, b, digits = 0) => {
  const rate = b && bytes / (b.median / 1000) / 1e6;
  return rate === undefined || !Number.isFinite(rate) ? '–' : `${rate.toFixed(digits)} MB/s`;
};
const times = (r) => (r === undefined || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`);
/** "≤ goal" check: ✓ within, ✗ over, with value/goal. */
const goal = (value, limit, label) =>
  value === undefined || !Number.isFinite(value)
    ? undefined
    : `${value <= limit ? '✓' : '✗'} ${times(value / limit)} of ${label}`;

const rows = [];
const row = (section, measure, value, ratio) => rows.push({ section, measure, value, ratio: ratio ?? '' });

function cryptoRows() {
  const f = 'src/crypto/crypto.bench.ts';
  if (!measured.some((b) => b.file === f)) return;
  for (const size of ['64 bytes', '1 MiB']) {
    const group = measured.find((b) => b.file === f && b.group.includes(size))?.group;
    const w = pick(f, 'webcrypto', group);
    const n = pick(f, 'noble', group);
    // Small inputs: time per call (the overhead is the story); large ones: throughput.
    const value = (b) =>
      !b ? '–' : size === '1 MiB' ? megabytesPerSecond(2 ** 20, b) : `${(b.median * 1000).toFixed(1)} µs`;
    row(
      'crypto',
      `AES-256-GCM ${size}: webcrypto / noble`,
      `${value(w)} / ${value(n)}`,
      `${times(w && n && n.median / w.median)} webcrypto speed-up`,
    );
  }
  const uuid = measured.find((b) => b.file === f && b.name.startsWith('uuid'));
  if (uuid) row('crypto', 'CTR_DRBG uuid() (a key ID)', perSecond(uuid));
  const bulk = measured.find((b) => b.file === f && b.name.startsWith('bytes(65536)'));
  if (bulk) row('crypto', 'CTR_DRBG bytes(65536)', megabytesPerSecond(65536, bulk, 1));
}

function engineRows() {
  const f = 'bench/engine.bench.ts';
  if (!measured.some((b) => b.file === f)) return;
  for (const op of ['Encrypt 64 B', 'Decrypt 64 B', 'GenerateDataKey AES_256']) {
    const w = pick(f, `${op} (webcrypto)`);
    const n = pick(f, `${op} (noble)`);
    row(
      'engine',
      `${op} via invoke: webcrypto / noble (median)`,
      `${ms(w?.median)} / ${ms(n?.median)}`,
      `${times(w && n && n.median / w.median)} webcrypto speed-up`,
    );
  }
  const thousand = pick(f, 'replay 1,000 mixed calls (webcrypto)');
  const nobleThousand = pick(f, 'replay 1,000 mixed calls (noble)');
  const tenThousand = pick(f, 'replay 10,000 mixed calls (webcrypto)');
  row(
    'engine',
    'replay 1,000 mixed calls, webcrypto (median, best)',
    `${ms(thousand?.median)}, ${ms(thousand?.min)}`,
    goal(thousand?.median, 300, '300 ms goal'),
  );
  row(
    'engine',
    'replay 1,000 mixed calls, noble (median, best)',
    `${ms(nobleThousand?.median)}, ${ms(nobleThousand?.min)}`,
    `${times(thousand && nobleThousand && nobleThousand.median / thousand.median)} webcrypto speed-up`,
  );
  row(
    'engine',
    'replay 10,000 mixed calls, webcrypto (median)',
    ms(tenThousand?.median),
    `${times(tenThousand && thousand && tenThousand.median / thousand.median)} of 1,000 (linear: 10×)`,
  );
}

function envelopeRows() {
  const f = 'bench/envelope-node.bench.ts';
  const groups = [...new Set(measured.filter((b) => b.file === f).map((b) => b.group))];
  for (const group of groups) {
    const total = Number(/(\d+) MiB/.exec(group)?.[1] ?? 0) * 2 ** 20;
    const inGroup = measured.filter((b) => b.file === f && b.group === group);
    const raw = inGroup.find((b) => b.name.startsWith('raw'));
    const rate = (b) => megabytesPerSecond(total, b);
    for (const b of inGroup.filter((x) => x !== raw))
      row(
        'envelope (node)',
        `${group}: ${b.name.replace('envelope ', '')}`,
        rate(b),
        `${times(raw && raw.median / b.median)} of raw AES-GCM (${rate(raw)})`,
      );
  }
}

function scenarioRows() {
  const f = 'bench/scenario.bench.ts';
  if (!measured.some((b) => b.file === f)) return;
  for (const crypto of ['webcrypto', 'noble']) {
    const full = pick(f, `first full replay (${crypto})`);
    const jump = pick(f, `cursor jump (${crypto})`);
    const next = pick(f, `next step (${crypto})`);
    row(
      'scenario (1,000 steps)',
      `first full replay, ${crypto} (median)`,
      ms(full?.median),
      full && `${(full.median / 1000).toFixed(2)} ms per step`,
    );
    // One frame at 60 Hz for the typical jump; 50 ms (a "long task") for the slow ones.
    row(
      'scenario (1,000 steps)',
      `cursor jump, ${crypto}: p50 / p95 / max`,
      `${ms(jump?.median)} / ${ms(jump?.p95)} / ${ms(jump?.max)}`,
      [goal(jump?.median, 16, 'a 16 ms frame (p50)'), goal(jump?.p95, 50, '50 ms (p95)')]
        .filter(Boolean)
        .join(', '),
    );
    row(
      'scenario (1,000 steps)',
      `next step, ${crypto}: p50 / p95`,
      `${ms(next?.median)} / ${ms(next?.p95)}`,
      full && jump && `full replay / jump p50: ${times(full.median / jump.median)}`,
    );
  }
}

/** Benchmarks of files this script has no reading for: median and rate, as measured. */
function otherRows() {
  const known = [
    'src/crypto/crypto.bench.ts',
    'bench/engine.bench.ts',
    'bench/envelope-node.bench.ts',
    'bench/scenario.bench.ts',
  ];
  for (const b of measured.filter((x) => !known.includes(x.file)))
    row(
      basename(b.file, '.bench.ts'),
      `${b.group ? `${b.group} > ` : ''}${b.name}`,
      `${ms(b.median)} (p95 ${ms(b.p95)})`,
      perSecond(b),
    );
}

cryptoRows();
engineRows();
envelopeRows();
scenarioRows();
otherRows();
for (const o of offered) {
  const value = o.unit ? `${o.value} ${o.unit}` : String(o.value);
  const unit = o.unit ? ` ${o.unit}` : '';
  const verdict =
    typeof o.goal !== 'number' || typeof o.value !== 'number'
      ? o.goal === undefined
        ? ''
        : `goal ${o.goal}${unit}`
      : o.higherIsBetter
        ? `${o.value >= o.goal ? '✓' : '✗'} ${times(o.value / o.goal)} of ${o.goal}${unit} goal (at least)`
        : goal(o.value, o.goal, `${o.goal}${unit} goal`);
  const ratio = o.ratio !== undefined ? times(o.ratio) : '';
  row(o.section, o.measure, value, [ratio, verdict, o.note ?? ''].filter(Boolean).join(', '));
}
for (const r of runs.filter((x) => !x.ok)) row(basename(r.file), 'FAILED', r.errors.join('; ').slice(0, 200));

// ---------------------------------------------------------------------------------------------------------------
// Printing

const after = machine();
const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const columns = ['section', 'measure', 'value', 'ratio'];
const widths = Object.fromEntries(columns.map((c) => [c, width(c)]));
const line = (r) =>
  columns
    .map((c) => String(r[c]).padEnd(widths[c]))
    .join('  ')
    .trimEnd();
console.log('\n━━ Summary\n');
console.log(line({ section: 'section', measure: 'measure', value: 'value', ratio: 'ratio / goal' }));
console.log(columns.map((c) => '─'.repeat(widths[c])).join('  '));
let previous;
for (const r of rows) {
  console.log(line(r.section === previous ? { ...r, section: '' } : r));
  previous = r.section;
}
const busy = Math.max(before.load[0], after.load[0]) > before.cpus;
console.log(
  `\n${before.cpus} CPUs, load average ${before.load[0]} at the start and ${after.load[0]} at the end` +
    (busy
      ? ': a busy machine, so wall-clock figures are inflated and noisy; compare the ratios, measured side by side.'
      : '.'),
);
for (const r of runs) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.file} (${r.seconds.toFixed(0)} s)`);

await writeFile(
  join(RESULTS, 'summary.json'),
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      node: process.version,
      machine: {
        cpus: before.cpus,
        model: os.cpus()[0]?.model,
        loadAtStart: before.load,
        loadAtEnd: after.load,
      },
      runs,
      rows,
      benchmarks: measured,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${RESULTS}/summary.json and one Vitest report per file.`);
process.exitCode = runs.every((r) => r.ok) ? 0 : 1;

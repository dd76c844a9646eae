/**
 * The renderer's main-thread tasks in a Chrome trace, with their wall and thread CPU time. On a loaded machine a
 * task's wall time is mostly time its thread waited for a core; the CPU time (`tdur`) is what the page's own
 * work costs (bench/stage.bench.mjs, bench/keyGeneration.bench.mjs).
 */
/** Trace categories that hold the main thread's tasks (RunTask, with `tdur`) and little else. */
export const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];

/**
 * The tasks of the renderer's main thread in a Chrome trace, with wall and thread CPU time in ms. The page's
 * renderer is the CrRendererMain thread that ran the most.
 */
export function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const renderers = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || !renderers.has(thread)) continue;
    byThread.set(thread, [
      ...(byThread.get(thread) ?? []),
      { wallMs: e.dur / 1000, cpuMs: (e.tdur ?? 0) / 1000 },
    ]);
  }
  return [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

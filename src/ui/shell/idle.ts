/**
 * Runs `task` once the main thread is idle, at the latest `timeout` ms from now. Safari has no requestIdleCallback:
 * `fallback` ms stand in for it there.
 */
export function whenIdle(task: () => void, timeout: number, fallback: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, fallback);
}

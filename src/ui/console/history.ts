/**
 * Command history as bash keeps it: ↑ walks back through earlier lines, ↓ forward, and going past the newest
 * line brings back what was being typed (the draft). Repeating the previous line or typing nothing adds
 * nothing (bash `HISTCONTROL=ignoredups`, the default of most distributions' shells).
 */
export const HISTORY_LIMIT = 500;

/** The history after running `line` (oldest first, at most HISTORY_LIMIT lines). */
export function remember(history: readonly string[], line: string): string[] {
  if (line.trim() === '' || history.at(-1) === line) return [...history];
  return [...history, line].slice(-HISTORY_LIMIT);
}

/** Where ↑/↓ are in the history: `index` is history.length while editing the draft. */
export interface HistoryWalk {
  index: number;
  draft: string;
}

export const startWalk = (history: readonly string[]): HistoryWalk => ({
  index: history.length,
  draft: '',
});

/**
 * One ↑ (`-1`) or ↓ (`+1`) from `walk`, with `current` the text now on the command line (kept as the draft
 * when leaving it). Returns the new walk and the text to show, or undefined at either end.
 */
export function step(
  history: readonly string[],
  walk: HistoryWalk,
  direction: -1 | 1,
  current: string,
): { walk: HistoryWalk; text: string } | undefined {
  const index = Math.min(walk.index, history.length) + direction;
  if (index < 0 || index > history.length) return undefined;
  const draft = walk.index >= history.length ? current : walk.draft;
  return { walk: { index, draft }, text: index === history.length ? draft : (history[index] as string) };
}

/**
 * What the console keeps across visits (localStorage): the transcript, the command history, shell variables
 * and the clear mark. Files are not kept: they may hold the learner's secrets, and they live in the tab only.
 * Anything unreadable is dropped item by item, never the whole save, and reading never throws.
 */
import { HISTORY_LIMIT } from './history';
import type { ClearMark, ConsoleEntry, StepMark } from './transcript';

export const consoleStorageKey = 'kms-lab.console';

export interface SavedConsole {
  entries: ConsoleEntry[];
  history: string[];
  variables: Record<string, string>;
  cleared?: ClearMark;
}

/** Enough to scroll back through a lesson; older entries drop off first. */
export const ENTRY_LIMIT = 200;
/** Per stream and entry: a long listing is kept, a runaway one is cut (and says so). */
export const SAVED_OUTPUT_LIMIT = 64 * 1024;
const CUT_NOTE = '\n[KMS Lab: output shortened when saved]\n';

export const emptyConsole = (): SavedConsole => ({ entries: [], history: [], variables: {} });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function mark(v: unknown): StepMark | null | undefined {
  if (v === null) return null;
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.fingerprint !== 'string') return undefined;
  return { id: v.id, fingerprint: v.fingerprint };
}

function entry(v: unknown): ConsoleEntry | undefined {
  if (!isObject(v)) return undefined;
  const { n, line, stdout, stderr, exitCode, steps, after } = v;
  if (typeof n !== 'number' || typeof line !== 'string' || typeof stdout !== 'string') return undefined;
  if (typeof stderr !== 'string' || typeof exitCode !== 'number' || !Array.isArray(steps)) return undefined;
  const marks = steps.map(mark);
  const place = mark(after);
  if (place === undefined || marks.some((m) => !m)) return undefined;
  return { n, line, stdout, stderr, exitCode, steps: marks as StepMark[], after: place };
}

export function parseSavedConsole(text: string | null): SavedConsole {
  const saved = emptyConsole();
  if (text === null) return saved;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return saved;
  }
  if (!isObject(raw)) return saved;
  if (Array.isArray(raw.entries)) {
    saved.entries = raw.entries.map(entry).filter((e): e is ConsoleEntry => e !== undefined);
  }
  if (Array.isArray(raw.history)) {
    saved.history = raw.history.filter((h): h is string => typeof h === 'string').slice(-HISTORY_LIMIT);
  }
  if (isObject(raw.variables)) {
    for (const [name, value] of Object.entries(raw.variables)) {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && typeof value === 'string') saved.variables[name] = value;
    }
  }
  if (isObject(raw.cleared)) {
    const after = mark(raw.cleared.after);
    if (after !== undefined) saved.cleared = { after };
  }
  return saved;
}

const cut = (text: string) =>
  text.length > SAVED_OUTPUT_LIMIT ? text.slice(0, SAVED_OUTPUT_LIMIT) + CUT_NOTE : text;

export function serializeConsole(saved: SavedConsole): string {
  return JSON.stringify({
    ...saved,
    entries: saved.entries
      .slice(-ENTRY_LIMIT)
      .map((e) => ({ ...e, stdout: cut(e.stdout), stderr: cut(e.stderr) })),
  });
}

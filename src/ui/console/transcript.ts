/**
 * The console's transcript, placed among the scenario's steps. The scenario is the truth: a command that made
 * KMS calls is tied to the steps it appended (by id and a fingerprint of the step, so a different scenario
 * that happens to reuse the id `s8` does not pick it up), and it is shown only while the player's cursor is
 * at or past those steps — scrubbing back hides what "has not happened yet" and shows again the very output
 * the replayed steps printed (replay is deterministic, so stored and replayed output are the same bytes).
 * KMS calls made elsewhere (other sections, a shared link) appear as their equivalent command.
 */
import type { Step } from '../../scenario/steps/index';
import type { KmsCallStep } from '../../scenario/steps/kmsCall';

/** A step as the transcript remembers it: its id and what it was. */
export interface StepMark {
  id: string;
  fingerprint: string;
}

export interface ConsoleEntry {
  /** Unique, increasing: the order commands were typed. */
  n: number;
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The steps the command appended (a paginated list command makes several). */
  steps: StepMark[];
  /**
   * Where the entry sits among the steps: its own last step, or for a command without KMS calls the step
   * under the cursor when it ran; null before the first step.
   */
  after: StepMark | null;
}

/** `clear` (Ctrl+L): calls made elsewhere at or before this point are no longer listed. */
export interface ClearMark {
  after: StepMark | null;
}

export type ConsoleRow =
  | { kind: 'entry'; entry: ConsoleEntry; current: boolean; stepNumbers: number[] }
  | { kind: 'step'; step: KmsCallStep; index: number; current: boolean };

export interface ConsoleView {
  rows: ConsoleRow[];
  /** Entries and calls past the player's cursor, not shown. */
  hiddenLater: number;
}

/** JSON with object keys sorted: a step reads the same after a link or autosave round trip reorders it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a (32-bit) of the step's canonical JSON: a cheap identity check, not a security measure. */
export function fingerprint(step: Step): string {
  const text = canonical(step);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export const markOf = (step: Step): StepMark => ({ id: step.id, fingerprint: fingerprint(step) });

/** Where each step of the scenario is, by id (with its fingerprint to compare against). */
function indexSteps(steps: readonly Step[]): Map<string, { index: number; fingerprint: string }> {
  const byId = new Map<string, { index: number; fingerprint: string }>();
  steps.forEach((step, index) => {
    byId.set(step.id, { index, fingerprint: fingerprint(step) });
  });
  return byId;
}

/** The index of a marked step in this scenario, -1 for "before the first step", undefined if not here. */
function positionOf(
  mark: StepMark | null,
  byId: ReadonlyMap<string, { index: number; fingerprint: string }>,
): number | undefined {
  if (mark === null) return -1;
  const found = byId.get(mark.id);
  return found && found.fingerprint === mark.fingerprint ? found.index : undefined;
}

/**
 * The rows the console shows at `cursor`: typed commands and calls made elsewhere, in scenario order (a
 * call made elsewhere comes before a command anchored on the same step, since the command ran after it).
 */
export function consoleView(
  entries: readonly ConsoleEntry[],
  steps: readonly Step[],
  cursor: number,
  cleared?: ClearMark,
): ConsoleView {
  const byId = indexSteps(steps);
  const placed: { position: number; order: number; row: ConsoleRow }[] = [];
  const claimed = new Set<string>();
  const currentId = steps[cursor]?.id;
  for (const entry of entries) {
    const position = positionOf(entry.after, byId);
    if (position === undefined) continue;
    const stepNumbers = entry.steps.map((s) => positionOf(s, byId));
    if (stepNumbers.some((i) => i === undefined || i < 0)) continue;
    for (const s of entry.steps) claimed.add(s.id);
    placed.push({
      position,
      order: 1,
      row: {
        kind: 'entry',
        entry,
        current: currentId !== undefined && entry.steps.some((s) => s.id === currentId),
        stepNumbers: (stepNumbers as number[]).map((i) => i + 1),
      },
    });
  }
  const clearedAt = cleared ? positionOf(cleared.after, byId) : undefined;
  steps.forEach((step, index) => {
    if (step.kind !== 'kms.call' || claimed.has(step.id)) return;
    if (clearedAt !== undefined && index <= clearedAt) return;
    placed.push({ position: index, order: 0, row: { kind: 'step', step, index, current: index === cursor } });
  });
  // Stable sort: entries keep their typing order within a position.
  placed.sort((a, b) => a.position - b.position || a.order - b.order);
  const shown = placed.filter((p) => p.position <= cursor);
  return { rows: shown.map((p) => p.row), hiddenLater: placed.length - shown.length };
}

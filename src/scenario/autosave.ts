/**
 * Autosave of the working scenario to a Storage-like object (localStorage in the browser, a Map in tests). The
 * caller debounces; this module only reads and writes, through the one `restore` path, and never throws:
 * unavailable, full or corrupted storage becomes a typed result the UI can explain.
 */
import { type RestoreResult, restore } from './migrations';
import type { Scenario } from './schema';

/** The subset of the Web Storage API autosave needs (localStorage satisfies it). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const AUTOSAVE_KEY = 'kms-lab/scenario';

export type AutosaveLoad =
  | RestoreResult
  | { ok: false; reason: 'empty'; detail: string }
  | { ok: false; reason: 'storage-unavailable'; detail: string };

export type AutosaveSave =
  | { ok: true }
  | { ok: false; reason: 'quota-exceeded' | 'storage-unavailable'; detail: string };

export interface Autosave {
  load(): AutosaveLoad;
  save(scenario: Scenario): AutosaveSave;
  clear(): void;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** `storage` is undefined where Web Storage is missing or blocked (some private modes throw on access). */
export function createAutosave(storage: StorageLike | undefined, key = AUTOSAVE_KEY): Autosave {
  return {
    load() {
      if (!storage)
        return { ok: false, reason: 'storage-unavailable', detail: 'no Web Storage in this context' };
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch (error) {
        return { ok: false, reason: 'storage-unavailable', detail: errorText(error) };
      }
      if (text === null) return { ok: false, reason: 'empty', detail: 'nothing saved yet' };
      return restore(text);
    },
    save(scenario) {
      if (!storage)
        return { ok: false, reason: 'storage-unavailable', detail: 'no Web Storage in this context' };
      try {
        storage.setItem(key, JSON.stringify(scenario));
        return { ok: true };
      } catch (error) {
        // Browsers throw a DOMException named QuotaExceededError when the origin's storage is full.
        const full = error instanceof Error && /quota/i.test(error.name);
        return {
          ok: false,
          reason: full ? 'quota-exceeded' : 'storage-unavailable',
          detail: errorText(error),
        };
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}

/** What the UI offers when a link arrives while local work exists. */
export const OPENING_CHOICES = ['open-link', 'keep-mine', 'save-mine-first'] as const;
export type OpeningChoice = (typeof OPENING_CHOICES)[number];

export type OpeningDecision =
  /** No local work (or it equals the link): open the link; `localProblem` says if saved data was unreadable. */
  | { action: 'open-link'; localProblem?: Exclude<AutosaveLoad, { ok: true }> }
  /** Local work exists and differs from the link: ask, never overwrite silently. */
  | { action: 'ask'; local: Scenario; link: Scenario; choices: typeof OPENING_CHOICES };

const sameScenario = (a: Scenario, b: Scenario): boolean => JSON.stringify(a) === JSON.stringify(b);

export function decideOpening(link: Scenario, local: AutosaveLoad): OpeningDecision {
  if (!local.ok)
    return local.reason === 'empty' ? { action: 'open-link' } : { action: 'open-link', localProblem: local };
  if (local.scenario.steps.length === 0 || sameScenario(local.scenario, link)) return { action: 'open-link' };
  return { action: 'ask', local: local.scenario, link, choices: OPENING_CHOICES };
}

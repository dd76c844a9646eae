/**
 * Autosave of the working scenario to a Storage-like object (localStorage in the browser, a Map in tests). The
 * caller debounces; this module only reads and writes, through the one `restore` path, and never throws:
 * unavailable, full or corrupted storage becomes a typed result the UI can explain.
 */

import { AHEAD_OF_LINK_KEY, AUTOSAVE_KEY } from './autosaveKey';
import { type RestoreResult, restore } from './migrations';
import type { Scenario } from './schema';

/** The subset of the Web Storage API autosave needs (localStorage satisfies it). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where a saved value that cannot be read is kept (beside the autosave key), so new work never erases it. */
export const UNREADABLE_SUFFIX = '.unreadable';

/** A saved value `restore` refused: the reason, and the text itself so the learner can download it. */
export type UnreadableSave = Exclude<RestoreResult, { ok: true }> & {
  saved: string;
  /** Whether the text was copied to `<key>.unreadable` (false when storage refused: it is then only in memory). */
  keptAside: boolean;
};

export type AutosaveLoad =
  | RestoreResult
  | UnreadableSave
  | { ok: false; reason: 'empty'; detail: string }
  | { ok: false; reason: 'storage-unavailable'; detail: string };

export type AutosaveSave =
  | { ok: true }
  | { ok: false; reason: 'quota-exceeded' | 'storage-unavailable'; detail: string }
  /** The stored save is from a newer KMS Lab (seen by `load`): it is never overwritten. */
  | { ok: false; reason: 'newer-version-kept'; detail: string };

export interface Autosave {
  /**
   * Reads the saved scenario. A value that cannot be read is never lost: a newer version's save stays where it
   * is and `save` will not overwrite it; any other unreadable value is first copied to `<key>.unreadable`.
   */
  load(): AutosaveLoad;
  save(scenario: Scenario): AutosaveSave;
  clear(): void;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** `storage` is undefined where Web Storage is missing or blocked (some private modes throw on access). */
export function createAutosave(storage: StorageLike | undefined, key = AUTOSAVE_KEY): Autosave {
  let newerSaveKept: string | undefined;
  const keepAside = (text: string): boolean => {
    try {
      storage?.setItem(key + UNREADABLE_SUFFIX, text);
      return storage !== undefined;
    } catch {
      return false;
    }
  };
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
      const result = restore(text);
      if (result.ok) return result;
      if (result.reason === 'newer-version') {
        newerSaveKept = result.detail;
        return { ...result, saved: text, keptAside: false };
      }
      return { ...result, saved: text, keptAside: keepAside(text) };
    },
    save(scenario) {
      if (newerSaveKept !== undefined)
        return { ok: false, reason: 'newer-version-kept', detail: newerSaveKept };
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

/**
 * A page mirrors its scenario into the URL and autosave together, a moment after each change (encoding the link
 * is asynchronous). A reload can load an older link than the autosave holds: the page may be left inside that
 * moment, and even a write just before leaving can miss, as a reload keeps the address it started with while the
 * old page runs on until the new one answers. When the page is left, this note, kept per tab (sessionStorage, so
 * a link opened in another tab still asks as before), lists the links this page wrote or held, so that a reload
 * of one of them opens the autosave, its newer work, instead of asking whether its own older link should replace
 * it. It is written only while autosave is saving: otherwise the link may be the newer one.
 */

export interface AheadOfLink {
  /** The `s` params this page wrote into the address bar or found there: a reload loads one of them. */
  links: string[];
  /** The cursor when the page was left (the URL's `step` lags with `s`). */
  cursor: number;
}

export function noteAheadOfLink(storage: StorageLike | undefined, note: AheadOfLink): void {
  try {
    storage?.setItem(AHEAD_OF_LINK_KEY, JSON.stringify(note));
  } catch {
    // Without the note a reload asks, as it did before: nothing is lost, the work is in autosave.
  }
}

export function clearAheadOfLink(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(AHEAD_OF_LINK_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** The note, if there is a well-formed one (storage is the learner's to edit: anything else is ignored). */
export function readAheadOfLink(storage: StorageLike | undefined): AheadOfLink | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(AHEAD_OF_LINK_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { links, cursor } = value as Record<string, unknown>;
    const wellFormed =
      Array.isArray(links) &&
      links.every((link) => typeof link === 'string') &&
      Number.isSafeInteger(cursor) &&
      (cursor as number) >= -1;
    return wellFormed ? { links: links as string[], cursor: cursor as number } : undefined;
  } catch {
    return undefined;
  }
}

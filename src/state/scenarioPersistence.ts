/**
 * Where the scenario lives besides the page: the URL fragment and autosave, kept in step with the store, and
 * the start-up that chooses between them. Reading a link or a save validates it, which reads every kind of step
 * (the engine): the page loads this module after its first picture (issue #15).
 */
import type { StoreApi } from 'zustand/vanilla';
import {
  type AheadOfLink,
  type Autosave,
  type AutosaveSave,
  clearAheadOfLink,
  createAutosave,
  noteAheadOfLink,
  type StorageLike,
  type UnreadableSave,
} from '../scenario/autosave';
import { type LinkReadResult, readScenarioLink, scenarioLinkParams } from '../scenario/codec';
import type { RestoreResult } from '../scenario/migrations';
import { decideOpening, type OpeningDecision } from '../scenario/opening';
import type { Scenario } from '../scenario/schema';
import { browserTimers, clampCursor, type ScenarioState, type Timers } from './scenario';
import { browserStorage } from './webStorage';

/** Where the store's scenario and cursor are mirrored: the URL fragment (`v`, `s`, `step`) and autosave. */
export interface ScenarioSyncTargets {
  updateFragment(patch: Readonly<Record<string, string | null>>, options: { replace: boolean }): void;
  autosave: Autosave;
  timers?: Timers;
  /** Debounce for both targets; the caller decides (encoding is async and scrubbing is fast). */
  debounceMs?: number;
  /**
   * Called when autosave starts failing (full or disabled storage), once per run of failures, so the URL never
   * runs ahead of the saved work without the learner being told.
   */
  onSaveFailed?(result: Extract<AutosaveSave, { ok: false }>): void;
  /** Per-tab storage (sessionStorage) for the note that autosave is ahead of the URL (autosave.ts). */
  tabStorage?: StorageLike;
  /** The `s` param the address bar holds now. */
  currentLink?(): string | null;
  /** Calls `listener` when the page is left (default: the window's `pagehide`); returns an unsubscribe. */
  onLeave?(listener: () => void): () => void;
}

const onPageHide = (listener: () => void) => {
  globalThis.addEventListener?.('pagehide', listener);
  return () => globalThis.removeEventListener?.('pagehide', listener);
};

/**
 * Mirrors the store into the URL (replaceState, so scrubbing does not flood history) and autosave, debounced.
 * The encoded scenario is cached per scenario object, so moving the cursor only rewrites `step`.
 */
export function syncScenario(store: StoreApi<ScenarioState>, targets: ScenarioSyncTargets): () => void {
  const timers = targets.timers ?? browserTimers;
  const debounceMs = targets.debounceMs ?? 300;
  let encoded: { scenario: Scenario; s: string } | undefined;
  let handle: unknown;
  let saved: Scenario | undefined;
  let failing = false;

  /** The last links this sync wrote into the URL: a reload started just before a write still loads the one before. */
  let written: string[] = [];

  const save = (scenario: Scenario) => {
    if (saved === scenario) return;
    const result = targets.autosave.save(scenario);
    saved = scenario;
    if (!result.ok && !failing) targets.onSaveFailed?.(result);
    failing = !result.ok;
  };

  const flush = async () => {
    const { scenario } = store.getState();
    if (encoded?.scenario !== scenario) {
      const { s } = await scenarioLinkParams(scenario, 0);
      encoded = { scenario, s };
    }
    // The scenario may have changed while encoding: only write a consistent pair.
    if (store.getState().scenario !== scenario) return;
    const step = String(store.getState().cursor + 1);
    targets.updateFragment({ v: String(scenario.version), s: encoded.s, step }, { replace: true });
    written = [encoded.s, ...written.filter((s) => s !== encoded?.s)].slice(0, 2);
    save(scenario);
    clearAheadOfLink(targets.tabStorage);
  };

  // Leaving (a reload, a closed tab): autosave takes the work at once, as the link cannot be encoded in time, and
  // the tab notes which links a reload may find in the address bar (autosave.ts says why).
  const leave = () => {
    const { scenario, cursor } = store.getState();
    save(scenario);
    if (failing) return;
    const links = [targets.currentLink?.(), ...written].filter((s): s is string => s != null);
    if (links.length > 0) noteAheadOfLink(targets.tabStorage, { links: [...new Set(links)], cursor });
  };
  const stopLeaving = (targets.onLeave ?? onPageHide)(leave);

  const schedule = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = undefined;
      void flush();
    }, debounceMs);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.cursor !== previous.cursor) schedule();
  });
  // The URL shows the scenario from the start, not only after the first change.
  schedule();
  return () => {
    unsubscribe();
    stopLeaving();
    if (handle !== undefined) timers.clearTimeout(handle);
  };
}

/** What start-up found: the scenario to show, plus anything the UI must tell or ask the learner. */
export type ScenarioBoot = (
  | { kind: 'ready'; scenario: Scenario; cursor: number; linkProblem?: Exclude<RestoreResult, { ok: true }> }
  | { kind: 'ask'; decision: Extract<OpeningDecision, { action: 'ask' }>; linkCursor: number }
) & {
  /** Saved work that could not be read: the learner is told, and can download it (autosave.ts keeps it). */
  savedProblem?: UnreadableSave;
};

/**
 * Start-up: a link in the fragment wins only if it doesn't silently replace different local work; a bad link
 * keeps the local work and reports why; otherwise the autosaved scenario, else `fallback`. `ahead` is this tab's
 * note that autosave is newer than the link in the fragment (autosave.ts).
 */
export async function bootScenario(
  fragment: URLSearchParams,
  autosave: Autosave,
  fallback: Scenario,
  ahead?: AheadOfLink,
): Promise<ScenarioBoot> {
  const link: LinkReadResult = await readScenarioLink(fragment);
  const local = autosave.load();
  const localScenario = local.ok ? local.scenario : fallback;
  const problem = 'saved' in local ? { savedProblem: local } : {};
  const atEnd = (s: Scenario) => s.steps.length - 1;
  // A reload of this tab's own link, or of its bare URL: autosave holds the page's latest work, whichever link the
  // reload loaded, and the note where the learner was.
  const s = fragment.get('s');
  if (ahead !== undefined && local.ok && (s === null || ahead.links.includes(s)))
    return { kind: 'ready', scenario: local.scenario, cursor: clampCursor(ahead.cursor, local.scenario) };
  if (link.kind === 'none')
    return { kind: 'ready', scenario: localScenario, cursor: atEnd(localScenario), ...problem };
  if (!link.result.ok) {
    return {
      kind: 'ready',
      scenario: localScenario,
      cursor: atEnd(localScenario),
      linkProblem: link.result,
      ...problem,
    };
  }
  const linkCursor = link.step === undefined ? atEnd(link.result.scenario) : link.step - 1;
  const decision = decideOpening(link.result.scenario, local);
  if (decision.action === 'ask') return { kind: 'ask', decision, linkCursor, ...problem };
  return { kind: 'ready', scenario: link.result.scenario, cursor: linkCursor, ...problem };
}

export const scenarioAutosave = createAutosave(browserStorage());

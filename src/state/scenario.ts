import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type AheadOfLink,
  type Autosave,
  type AutosaveSave,
  clearAheadOfLink,
  createAutosave,
  decideOpening,
  noteAheadOfLink,
  type OpeningDecision,
  type StorageLike,
  type UnreadableSave,
} from '../scenario/autosave';
import { type LinkReadResult, readScenarioLink, scenarioLinkParams } from '../scenario/codec';
import type { RestoreResult } from '../scenario/migrations';
import { createReplayer, type Replayer, type StepView } from '../scenario/replay';
import { createScenario, type Scenario, validateScenario } from '../scenario/schema';
import type { StepHistory } from '../scenario/stepHistory';
import { nextStepId, type Step } from '../scenario/steps/index';
import { SchemaError } from '../scenario/validate';
import { type SessionFiles, sessionFiles } from './sessionFiles';
import { browserStorage } from './webStorage';

/**
 * The scenario store: the scenario, the cursor, playback. Thin by design (zustand's "state derived from
 * history[cursor]"): every view of the world comes from the replayer, never from state kept here; stepping back
 * is moving the cursor, never undoing by hand.
 *
 * `cursor` is the index of the step shown, -1 before the first step. In the URL it is `step = cursor + 1`.
 */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
/** How long one step stays on screen while playing at speed 1 (long enough to read a caption aloud). */
export const STEP_DWELL_MS = 2400;

/** A step as panels create it: the store gives it the next free id unless it has one. */
export type NewStep = Step extends infer S
  ? S extends Step
    ? Omit<S, 'id'> & { id?: string }
    : never
  : never;

export type StepChange = { ok: true; id: string } | { ok: false; detail: string };

/**
 * Where steps the learner makes go while the cursor is before the last step: after the step on screen (what the
 * player shows), keeping the steps that followed after them (`keep`) or dropping them (`drop`). At the last step
 * both simply append. The player shows the choice whenever it matters (issue #13: acting while stepped back had
 * silently appended at the end, out of sight).
 */
export const PLACEMENTS = ['keep', 'drop'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The scenario and cursor before a change the learner can take back. */
export interface Snapshot {
  scenario: Scenario;
  cursor: number;
}

/**
 * The last change that put something out of the learner's sight, with what it replaced: steps added while
 * stepped back (the later steps kept after them or dropped), or a new scenario started. `undo` restores `before`
 * while the store still holds `after` (any other change since makes it stale, and the player stops offering it).
 */
export type UndoableChange =
  | {
      kind: 'inserted';
      /** Index of the first added step and how many were added there. */
      at: number;
      count: number;
      /** How many steps that followed the cursor were kept after the added ones, or dropped. */
      kept: number;
      dropped: number;
      before: Snapshot;
      after: Scenario;
    }
  | { kind: 'started'; before: Snapshot; after: Scenario };

/** Where the cursor lands after several steps are added at once. */
export type Landing = 'first' | 'last';

export interface ScenarioState {
  scenario: Scenario;
  cursor: number;
  isPlaying: boolean;
  speed: Speed;
  /** The view of the step under the cursor once replayed; stays on the previous one while `loading`. */
  view: StepView | undefined;
  loading: boolean;
  /** A replay that threw (a bug, not a failing step: failing steps are normal results). */
  replayError: string | undefined;

  placement: Placement;
  /** The last change the learner can take back (see UndoableChange); stale once `after` is not the scenario. */
  undoable: UndoableChange | undefined;

  /**
   * Adds a step after the step under the cursor (at the end when the cursor is on the last step; otherwise as
   * `placement` says) and moves the cursor to it: how panels "do" something.
   */
  appendStep(step: NewStep): StepChange;
  /**
   * Adds several steps in order (each may name the ones before it), placed as `appendStep` places one, all or
   * none. The cursor lands on the first (so Play runs them) or the last. The change names the last step.
   */
  appendSteps(steps: readonly NewStep[], landing?: Landing): StepChange;
  setPlacement(placement: Placement): void;
  /** Replaces the scenario with a new one, before its first step, keeping the old one for `undo`. */
  startScenario(scenario: Scenario): void;
  /** Takes back `undoable` if it is still the last change; false when there was nothing to take back. */
  undo(): boolean;
  /**
   * Makes the last insertion again with the other placement (the steps that followed kept instead of dropped, or
   * dropped instead of kept), the cursor on the same added step; the new choice stays. False when there is none.
   */
  placeAgain(placement: Placement): boolean;
  editStep(index: number, step: Step): StepChange;
  /** Drops every step after `index` (-1 drops all). */
  truncateAfter(index: number): void;
  /**
   * Replaces the scenario. `shown`, when given, is the view of `cursor` as a replay of `scenario` gives it (the
   * build's first picture, firstPicture.ts): shown at once, without waiting for the replay.
   */
  replaceScenario(scenario: Scenario, cursor?: number, shown?: StepView): void;
  goTo(index: number): void;
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;

  // Read models over the store's one replay, for panels that need more than the step under the cursor. Neither
  // moves the cursor nor replays the scenario a second time: both are served by the same replayer (its records,
  // checkpoints and view cache), in order with the player's own requests, for the scenario current when they run.

  /** Every step up to `upTo` as the replay passed it: result, CloudTrail records, time, keys (stepHistory.ts). */
  history(upTo: number): Promise<StepHistory>;
  /** The view after step `index` (e.g. a data key's bytes before its discard), the cursor staying where it is. */
  viewAt(index: number): Promise<StepView>;
}

/**
 * Lets the event loop run (input, rendering) before the replay goes on: `scheduler.yield()` where the browser
 * has it (the rest of the replay keeps its place ahead of other tasks), else a MessageChannel message, which,
 * unlike setTimeout, is not clamped to 4 ms once nested (HTML §8.6 timers).
 */
export function yieldToEventLoop(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?(): Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The page's replayer is made here, so inputs that exist only in this session, such as the bytes of a file the
 * learner chose, reach it. There is one, the store's: panels read other steps through its `history` and `viewAt`.
 */
export function createSessionReplayer(scenario: Scenario, files: SessionFiles = sessionFiles): Replayer {
  /** Files this replayer's steps asked for and did not get, with the registry's revision when they asked. */
  const missed = new Map<string, number>();
  const make = (from: Scenario) =>
    createReplayer(from, {
      pause: yieldToEventLoop,
      async encryptFile(request) {
        const { sha256 } = request.fingerprint;
        const revision = files.state.getState().revision;
        const encrypted = await files.encryptFile(request).catch((error: unknown) => {
          missed.set(sha256, revision);
          throw error;
        });
        if (!encrypted) missed.set(sha256, revision);
        return encrypted;
      },
    });
  let replayer = make(scenario);
  /**
   * Once the learner chooses a file a step went without, every view, checkpoint and later step replayed since
   * may differ: start again from a fresh replayer (rare, and a jump replays at most a few steps more).
   */
  const current = () => {
    for (const [sha256, revision] of missed) {
      if ((files.chosenAt(sha256) ?? -1) > revision) {
        missed.clear();
        replayer = make(replayer.scenario);
        break;
      }
    }
    return replayer;
  };
  return {
    get scenario() {
      return replayer.scenario;
    },
    goTo: (index) => current().goTo(index),
    history: (upTo) => current().history(upTo),
    setScenario: (next) => current().setScenario(next),
    checkpointCount: () => replayer.checkpointCount(),
  };
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ScenarioStoreOptions {
  scenario?: Scenario;
  cursor?: number;
  replayer?: (scenario: Scenario) => Replayer;
  /** The session's chosen files (default: the page's registry). */
  files?: SessionFiles;
  timers?: Timers;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const clamp = (cursor: number, scenario: Scenario) =>
  Math.max(-1, Math.min(cursor, scenario.steps.length - 1));

function checked(scenario: Scenario): { ok: true } | { ok: false; detail: string } {
  try {
    validateScenario(scenario);
    return { ok: true };
  } catch (error) {
    if (error instanceof SchemaError) return { ok: false, detail: error.message };
    throw error;
  }
}

export function createScenarioStore(options: ScenarioStoreOptions = {}): StoreApi<ScenarioState> {
  const initial = options.scenario ?? createScenario('kms-lab');
  const timers = options.timers ?? browserTimers;
  const files = options.files ?? sessionFiles;
  const replayer = options.replayer ? options.replayer(initial) : createSessionReplayer(initial, files);
  let request = 0;
  let playTimer: unknown;

  return createStore<ScenarioState>()((set, get) => {
    const stopTimer = () => {
      if (playTimer !== undefined) timers.clearTimeout(playTimer);
      playTimer = undefined;
    };

    /** While playing, the next step comes one dwell after the current view has loaded. */
    const schedule = () => {
      stopTimer();
      const { isPlaying, loading, cursor, scenario, speed } = get();
      if (!isPlaying || loading) return;
      if (cursor >= scenario.steps.length - 1) {
        set({ isPlaying: false });
        return;
      }
      playTimer = timers.setTimeout(() => {
        playTimer = undefined;
        if (get().isPlaying) show(get().cursor + 1);
      }, STEP_DWELL_MS / speed);
    };

    /** Moves the cursor and loads its view (unless it is `shown`); a newer request makes older answers stale. */
    const show = (cursor: number, shown?: StepView) => {
      const target = clamp(cursor, get().scenario);
      const mine = ++request;
      if (shown?.index === target) {
        set({ cursor: target, view: shown, loading: false, replayError: undefined });
        schedule();
        return;
      }
      set({ cursor: target, loading: true });
      replayer.goTo(target).then(
        (view) => {
          if (mine !== request) return;
          set({ view, loading: false, replayError: undefined });
          schedule();
        },
        (error: unknown) => {
          if (mine !== request) return;
          set({
            loading: false,
            isPlaying: false,
            replayError: error instanceof Error ? error.message : String(error),
          });
        },
      );
    };

    const adopt = (scenario: Scenario, cursor: number, shown?: StepView) => {
      replayer.setScenario(scenario);
      set({ scenario });
      show(cursor, shown);
    };

    queueMicrotask(() => show(get().cursor));
    // A file chosen (again) can change the view under the cursor: a file step that went without it replays.
    files.state.subscribe((now, before) => {
      if (now.revision !== before.revision) show(get().cursor);
    });

    return {
      scenario: initial,
      cursor: clamp(options.cursor ?? initial.steps.length - 1, initial),
      isPlaying: false,
      speed: 1,
      view: undefined,
      loading: true,
      replayError: undefined,

      placement: 'keep',
      undoable: undefined,

      appendStep: (step) => get().appendSteps([step]),
      appendSteps(steps, landing = 'first') {
        const { scenario, cursor, placement, undoable } = get();
        if (steps.length === 0) return { ok: false, detail: 'no steps' };
        const at = cursor + 1;
        const later = scenario.steps.slice(at);
        const keep = placement === 'keep';
        const added: Step[] = [];
        for (const step of steps) {
          const id = step.id ?? nextStepId([...scenario.steps, ...added]);
          added.push({ ...step, id } as Step);
        }
        const next = {
          ...scenario,
          steps: [...scenario.steps.slice(0, at), ...added, ...(keep ? later : [])],
        };
        const verdict = checked(next);
        if (!verdict.ok) return verdict;
        // Steps added right after the ones this change added extend it (a panel adding steps one by one).
        const continues =
          undoable?.kind === 'inserted' && undoable.after === scenario && at === undoable.at + undoable.count;
        let change: UndoableChange | undefined;
        if (continues) change = { ...undoable, count: undoable.count + added.length, after: next };
        else if (later.length > 0)
          change = {
            kind: 'inserted',
            at,
            count: added.length,
            kept: keep ? later.length : 0,
            dropped: keep ? 0 : later.length,
            before: { scenario, cursor },
            after: next,
          };
        set({ undoable: change });
        adopt(next, landing === 'first' ? at : at + added.length - 1);
        return { ok: true, id: (added.at(-1) as Step).id };
      },
      setPlacement: (placement) => set({ placement }),
      startScenario(scenario) {
        const before = { scenario: get().scenario, cursor: get().cursor };
        stopTimer();
        set({ isPlaying: false, undoable: { kind: 'started', before, after: scenario } });
        adopt(scenario, -1);
      },
      undo() {
        const { undoable, scenario } = get();
        if (!undoable || undoable.after !== scenario) return false;
        stopTimer();
        set({ isPlaying: false, undoable: undefined });
        adopt(undoable.before.scenario, undoable.before.cursor);
        return true;
      },
      placeAgain(placement) {
        const { undoable, scenario, cursor } = get();
        if (undoable?.kind !== 'inserted' || undoable.after !== scenario) return false;
        const added = scenario.steps.slice(undoable.at, undoable.at + undoable.count);
        const offset = Math.min(Math.max(cursor - undoable.at, 0), added.length - 1);
        get().undo();
        set({ placement });
        const change = get().appendSteps(added);
        if (change.ok) show(undoable.at + offset);
        return change.ok;
      },
      editStep(index, step) {
        const { scenario, cursor } = get();
        if (index < 0 || index >= scenario.steps.length)
          return { ok: false, detail: `no step at index ${index}` };
        const next = { ...scenario, steps: scenario.steps.map((s, i) => (i === index ? step : s)) };
        const verdict = checked(next);
        if (!verdict.ok) return verdict;
        adopt(next, cursor);
        return { ok: true, id: step.id };
      },
      truncateAfter(index) {
        const { scenario, cursor } = get();
        const next = { ...scenario, steps: scenario.steps.slice(0, Math.max(0, index + 1)) };
        adopt(next, Math.min(cursor, index));
      },
      replaceScenario(scenario, cursor, shown) {
        stopTimer();
        set({ isPlaying: false, undoable: undefined });
        adopt(scenario, cursor ?? scenario.steps.length - 1, shown);
      },
      goTo: (index) => show(index),
      next: () => show(get().cursor + 1),
      prev: () => show(get().cursor - 1),
      first: () => show(-1),
      last: () => show(get().scenario.steps.length - 1),
      play() {
        const { cursor, scenario } = get();
        set({ isPlaying: true });
        // Playing from the end starts again from the beginning, as media players do.
        if (cursor >= scenario.steps.length - 1) show(-1);
        else schedule();
      },
      pause() {
        stopTimer();
        set({ isPlaying: false });
      },
      togglePlay() {
        if (get().isPlaying) get().pause();
        else get().play();
      },
      setSpeed(speed) {
        set({ speed });
        schedule();
      },
      history: (upTo) => replayer.history(upTo),
      viewAt: (index) => replayer.goTo(index),
    };
  });
}

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
    return { kind: 'ready', scenario: local.scenario, cursor: clamp(ahead.cursor, local.scenario) };
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
export const scenarioStore = createScenarioStore();

export function useScenario<T>(selector: (state: ScenarioState) => T): T {
  return useStore(scenarioStore, selector);
}

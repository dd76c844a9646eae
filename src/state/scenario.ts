import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Replayer, StepView } from '../scenario/replay';
import { createScenario, nextStepId, type Scenario } from '../scenario/schema';
import type { StepHistory } from '../scenario/stepHistory';
import type { Step } from '../scenario/steps/index';
import { SchemaError } from '../scenario/validate';
import { type SessionFiles, sessionFiles } from './sessionFiles';

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
  /**
   * Made without showing its first scenario: the page's store waits for the start-up to open one (a link, a
   * save, or a first visit's template already drawn), so nothing loads the engine before the first picture.
   */
  idle?: boolean;
}

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `cursor` within `scenario`: from -1 (before the first step) to its last step. */
export const clampCursor = (cursor: number, scenario: Scenario) =>
  Math.max(-1, Math.min(cursor, scenario.steps.length - 1));

type ScenarioEngine = typeof import('./scenarioEngine');
let engine: ScenarioEngine | undefined;
let engineLoading: Promise<ScenarioEngine> | undefined;

/**
 * Loads the engine (the replay and scenario validation: most of the page's code) once. The store loads it on its
 * first replay; the page loads it before any section can change the scenario (SectionHost), as a change is
 * validated at once. A failed load is tried again by the next call.
 */
export function loadScenarioEngine(): Promise<ScenarioEngine> {
  engineLoading ??= import('./scenarioEngine').then(
    (loaded) => {
      engine = loaded;
      return loaded;
    },
    (error: unknown) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

/**
 * The session's replayer, made once the engine has loaded. Its calls wait for it in the order they were made;
 * `setScenario` before then only changes the scenario it will be made with.
 */
function lazySessionReplayer(initial: Scenario, files: SessionFiles): Replayer {
  let scenario = initial;
  let made: Replayer | undefined;
  const replayer = async () => {
    if (made) return made;
    const { createSessionReplayer } = await loadScenarioEngine();
    made ??= createSessionReplayer(scenario, files);
    return made;
  };
  return {
    get scenario() {
      return made ? made.scenario : scenario;
    },
    goTo: async (index) => (await replayer()).goTo(index),
    history: async (upTo) => (await replayer()).history(upTo),
    setScenario(next) {
      scenario = next;
      made?.setScenario(next);
    },
    checkpointCount: () => made?.checkpointCount() ?? 0,
  };
}

function checked(scenario: Scenario): { ok: true } | { ok: false; detail: string } {
  // A bug if it happens: every way to change the scenario waits for the engine (loadScenarioEngine).
  if (!engine) throw new Error('the scenario was changed before the engine had loaded (loadScenarioEngine)');
  try {
    engine.validateScenario(scenario);
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
  const replayer = options.replayer ? options.replayer(initial) : lazySessionReplayer(initial, files);
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
      const target = clampCursor(cursor, get().scenario);
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

    if (!options.idle) queueMicrotask(() => show(get().cursor));
    // A file chosen (again) can change the view under the cursor: a file step that went without it replays.
    files.state.subscribe((now, before) => {
      if (now.revision !== before.revision) show(get().cursor);
    });

    return {
      scenario: initial,
      cursor: clampCursor(options.cursor ?? initial.steps.length - 1, initial),
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

export const scenarioStore = createScenarioStore({ idle: true });

export function useScenario<T>(selector: (state: ScenarioState) => T): T {
  return useStore(scenarioStore, selector);
}

/**
 * Replay: everything the learner sees at step i is the state after replaying steps 0..i of the scenario on a
 * fresh simulator. Stepping back is moving a cursor and replaying, never undoing by hand.
 *
 * To make any jump cheap in a 1,000-step scenario, the replayer keeps checkpoints: every `checkpointEvery`
 * steps, the state *before* that step (engine snapshot, client world, client DRBG state, step outputs). A jump
 * restores the nearest checkpoint at or before the target and runs at most `checkpointEvery` steps; walking
 * forward one step at a time continues from the live state. Appending a step keeps every checkpoint; editing
 * step i drops those after i.
 *
 * A checkpoint costs about what its changing state weighs (keys, client objects), not the scenario's length:
 * the engine snapshot shares the CloudTrail and request logs' entries (kms/simulator.ts `copyWorld`). So
 * checkpoints are dense (every 10 steps: about 70 KB each in a 1,000-step lesson) and a jump replays at most
 * 10 steps, each of which waits on a few WebCrypto calls (bench/README.md has the measurements).
 *
 * A failing step (a KMS error, a tag that does not verify) is a normal result; only a bug rejects `goTo`.
 */
import {
  type CryptoProvider,
  type CryptoProviderName,
  Drbg,
  type DrbgState,
  selectCryptoProvider,
} from '../crypto/index';
import {
  type AliasView,
  type Bill,
  billThrough,
  createKmsSimulator,
  type KeyView,
  type KmsSimulator,
  listAliasViews,
  listKeyViews,
  listPrincipalViews,
  type PrincipalView,
  type SimulatorSnapshot,
} from '../kms/index';
import {
  type ClientWorld,
  type ClientWorldSnapshot,
  emptyClientWorld,
  restoreClientWorld,
  snapshotClientWorld,
} from './clientWorld';
import { type PolicyFacts, policyFactsOf } from './policyFacts';
import type { Scenario } from './schema';
import type { StepHistory, StepRecord } from './stepHistory';
import type { EncryptedFile, FileEncryptRequest } from './steps/envelopeEncrypt';
import { type Caption, declarationOf, type Step, type StepResult, stepCaption } from './steps/index';
import type { StepContext } from './steps/kind';
import type { JsonValue } from './validate';

export interface StepView extends PolicyFacts {
  /** The step shown; -1 is the state before the first step. */
  index: number;
  step: Step | undefined;
  result: StepResult | undefined;
  /** The one-line "what just happened" caption (code + params; the player translates it). */
  caption: Caption;
  /** CloudTrail records this step produced (a clock advance may produce AwsServiceEvents). */
  trail: readonly Record<string, unknown>[];
  /** Number of CloudTrail records in the world after this step. */
  trailLength: number;
  /** Simulated time after this step, ISO 8601. */
  now: string;
  keys: KeyView[];
  aliases: AliasView[];
  principals: PrincipalView[];
  client: ClientWorldSnapshot;
  /** What the account has been charged from the scenario's start up to and including `now`. */
  bill: Bill;
  cryptoProvider: KmsSimulator['cryptoProvider'];
}

export interface ReplayOptions {
  checkpointEvery?: number;
  /** Overrides the scenario's provider preference (tests prove both give the same bytes). */
  crypto?: CryptoProviderName;
  /** Encrypts a file step's file when the learner has chosen it in this session (src/state/sessionFiles.ts). */
  encryptFile?(request: FileEncryptRequest): Promise<EncryptedFile | undefined>;
  /**
   * Awaited after each step, so a replay of many steps is many short tasks rather than one long one (the page
   * yields to the event loop here: a long task on load delays the learner's first click, issue #15). Without it
   * a replay runs straight through (Node, the CLI, tests).
   */
  pause?(): Promise<void>;
}

export interface Replayer {
  readonly scenario: Scenario;
  /** The view after step `index` (-1 ≤ index < steps.length). Calls are served one at a time, in order. */
  goTo(index: number): Promise<StepView>;
  /** Switches to an edited scenario, keeping every checkpoint before the first changed step. */
  setScenario(scenario: Scenario): void;
  /**
   * Every step up to `upTo` as the replay passed it (stepHistory.ts), in the same queue as `goTo`; steps not yet
   * passed are run first. `upTo` beyond the scenario is read as its last step.
   */
  history(upTo: number): Promise<StepHistory>;
  /** Checkpoints currently held (for tests and the benchmark). */
  checkpointCount(): number;
}

interface Checkpoint {
  /** The index of the next step to run from this state. */
  next: number;
  sim: SimulatorSnapshot;
  client: ClientWorldSnapshot;
  clientDrbg: DrbgState;
  outputs: Map<string, JsonValue | undefined>;
}

interface Live {
  next: number;
  sim: KmsSimulator;
  /** The engine's kind of provider, for client-side crypto (one instance per state, not per step). */
  provider: CryptoProvider;
  client: ClientWorld;
  clientDrbg: Drbg;
  outputs: Map<string, JsonValue | undefined>;
  /** The last step run on this state, for showing it without re-running. */
  last?: StepRecord;
}

/** The caption codes of the state before the first step (of a scenario with steps, of an empty one). */
export const START_CAPTIONS = ['start', 'startEmpty'] as const;

/** Steps between checkpoints unless the caller says otherwise (see the module comment). */
const CHECKPOINT_EVERY = 10;

/** Views kept for instant return; each shares its byte arrays with the replay, so they are small. */
const VIEW_CACHE_SIZE = 128;

/** Client randomness is a separate DRBG stream derived from the same seed (no ambient randomness). */
export const clientSeed = (seed: string): string => `${seed}/client`;

/** Client-side crypto runs on the same kind of provider as the engine (both give identical bytes anyway). */
const clientProvider = (sim: KmsSimulator): CryptoProvider =>
  selectCryptoProvider(sim.cryptoProvider.name).provider;

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function createReplayer(initial: Scenario, options: ReplayOptions = {}): Replayer {
  const every = Math.max(1, options.checkpointEvery ?? CHECKPOINT_EVERY);
  const encryptFile = options.encryptFile ?? (async () => undefined);
  const pause = options.pause;
  let scenario = initial;
  let checkpoints = new Map<number, Checkpoint>();
  let live: Live | undefined;
  /** What each step did, recorded the first time the replay passes it (stepHistory.ts); always a prefix. */
  let records: StepRecord[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  /** Recently shown views (least recently used first): scrubbing back and forth over them costs nothing. */
  const recent = new Map<number, StepView>();
  const remember = (view: StepView) => {
    recent.delete(view.index);
    recent.set(view.index, view);
    if (recent.size > VIEW_CACHE_SIZE) recent.delete(recent.keys().next().value as number);
    return view;
  };

  function fresh(): Live {
    const sim = createKmsSimulator({
      seed: scenario.seed,
      crypto: options.crypto ?? scenario.settings.crypto,
      accountId: scenario.settings.accountId,
      region: scenario.settings.region,
      startTime: new Date(scenario.settings.startTime),
    });
    return {
      next: 0,
      sim,
      provider: clientProvider(sim),
      client: emptyClientWorld(),
      clientDrbg: Drbg.fromSeed(clientSeed(scenario.seed)),
      outputs: new Map(),
    };
  }

  function restore(checkpoint: Checkpoint): Live {
    const sim = createKmsSimulator({
      snapshot: checkpoint.sim,
      crypto: options.crypto ?? scenario.settings.crypto,
    });
    return {
      next: checkpoint.next,
      sim,
      provider: clientProvider(sim),
      client: restoreClientWorld(checkpoint.client),
      clientDrbg: Drbg.restore(checkpoint.clientDrbg),
      outputs: new Map(checkpoint.outputs),
    };
  }

  function keepCheckpoint(state: Live) {
    if (state.next % every !== 0 || checkpoints.has(state.next)) return;
    checkpoints.set(state.next, {
      next: state.next,
      sim: state.sim.snapshot(),
      client: snapshotClientWorld(state.client),
      clientDrbg: structuredClone(state.clientDrbg.snapshot()),
      outputs: new Map(state.outputs),
    });
  }

  /** The cheapest state to run forward from to show step `index`. */
  function startFor(index: number): Live {
    if (live?.last?.index === index && live.next === index + 1) return live;
    return latestAtOrBefore(Math.max(index, 0), index < 0);
  }

  /** The state whose next step is the latest at or before `next` (exactly 0 when `exact`). */
  function latestAtOrBefore(next: number, exact = false): Live {
    let best: Checkpoint | undefined;
    for (const checkpoint of checkpoints.values()) {
      if (checkpoint.next <= next && (!best || checkpoint.next > best.next)) best = checkpoint;
    }
    const liveUsable = live && (exact ? live.next === next : live.next <= next);
    if (live && liveUsable && live.next >= (best?.next ?? 0)) return live;
    return best ? restore(best) : fresh();
  }

  async function runStep(state: Live, index: number): Promise<void> {
    keepCheckpoint(state);
    const step = scenario.steps[index] as Step;
    const { provider } = state;
    const ctx: StepContext = {
      sim: state.sim,
      client: state.client,
      clientDrbg: state.clientDrbg,
      provider,
      outputOf: (id) => state.outputs.get(id),
      encryptFile,
    };
    const trailBefore = state.sim.trail().length;
    const outcome = await declarationOf(step.kind).run(ctx, step);
    state.outputs.set(step.id, outcome.ok ? outcome.output : undefined);
    state.next = index + 1;
    state.last = {
      index,
      step,
      result: { kind: step.kind, ...outcome } as StepResult,
      trail: state.sim.trail().slice(trailBefore),
      now: state.sim.clock.now().toISOString(),
      keys: listKeyViews(state.sim.world),
    };
    // Only extends the prefix: a step already recorded ran the same way then (replay is deterministic).
    if (index === records.length) records.push(state.last);
  }

  function view(state: Live, index: number): StepView {
    const step = index >= 0 ? scenario.steps[index] : undefined;
    const last = step && state.last?.index === index ? state.last : undefined;
    const { world } = state.sim;
    const now = state.sim.clock.now();
    return {
      index,
      step,
      result: last?.result,
      // Before the first step, what every scenario starts with: a fresh account, and how many steps follow.
      caption: step
        ? stepCaption(step, last?.result)
        : {
            code: scenario.steps.length > 0 ? 'start' : 'startEmpty',
            params: {
              steps: scenario.steps.length,
              account: scenario.settings.accountId,
              region: scenario.settings.region,
            },
          },
      trail: last?.trail ?? [],
      trailLength: world.trail.length,
      now: now.toISOString(),
      keys: last?.keys ?? listKeyViews(world),
      aliases: listAliasViews(world),
      principals: listPrincipalViews(world),
      client: snapshotClientWorld(state.client),
      bill: billThrough(world, new Date(scenario.settings.startTime), now),
      cryptoProvider: state.sim.cryptoProvider,
      ...policyFactsOf(world, scenario.settings),
    };
  }

  async function history(upTo: number): Promise<StepHistory> {
    const last = Math.min(upTo, scenario.steps.length - 1);
    while (records.length <= last) {
      // A state at or before the first unrecorded step, so running forward records every step up to `last`.
      const state = latestAtOrBefore(records.length);
      live = state;
      try {
        while (state.next <= last) {
          await runStep(state, state.next);
          await pause?.();
        }
      } catch (error) {
        live = undefined;
        throw error;
      }
    }
    return { scenario, records: records.slice(0, last + 1) };
  }

  async function goTo(index: number): Promise<StepView> {
    if (!Number.isInteger(index) || index < -1 || index >= scenario.steps.length) {
      throw new RangeError(`step index ${index} is outside -1..${scenario.steps.length - 1}`);
    }
    const cached = recent.get(index);
    if (cached) return remember(cached);
    const state = startFor(index);
    live = state;
    try {
      while (state.next <= index) {
        // The view just before the target, passed on the way: the stage draws every step from the one before
        // it, which would otherwise be replayed again from the last checkpoint.
        const beforeTarget = state.next === index && (index === 0 || state.last?.index === index - 1);
        if (beforeTarget && !recent.has(index - 1)) remember(view(state, index - 1));
        await runStep(state, state.next);
        await pause?.();
      }
      if (index < 0) keepCheckpoint(state);
      return remember(view(state, index));
    } catch (error) {
      // A bug left the live state half-way through a step: never continue from it.
      live = undefined;
      throw error;
    }
  }

  return {
    get scenario() {
      return scenario;
    },
    goTo(index) {
      const result = queue.then(() => goTo(index));
      queue = result.catch(() => undefined);
      return result;
    },
    history(upTo) {
      const result = queue.then(() => history(upTo));
      queue = result.catch(() => undefined);
      return result;
    },
    setScenario(next) {
      const sameStart = next.seed === scenario.seed && sameJson(next.settings, scenario.settings);
      let firstChange = 0;
      if (sameStart) {
        const shared = Math.min(next.steps.length, scenario.steps.length);
        while (firstChange < shared && sameJson(next.steps[firstChange], scenario.steps[firstChange]))
          firstChange++;
      }
      scenario = next;
      // A checkpoint before step c reflects steps 0..c-1: still right if none of them changed.
      for (const index of [...recent.keys()]) if (!sameStart || index >= firstChange) recent.delete(index);
      records = records.slice(0, sameStart ? firstChange : 0);
      checkpoints = sameStart ? new Map([...checkpoints].filter(([c]) => c <= firstChange)) : new Map();
      if (live && (!sameStart || live.next > firstChange || (live.last && live.last.index >= firstChange)))
        live = undefined;
    },
    checkpointCount: () => checkpoints.size,
  };
}

/**
 * The scenario's timeline up to the cursor: every CloudTrail record with the step that produced it, and the
 * services world after each step. It folds the step records of the store's own replay (scenario/stepHistory.ts),
 * so it shows exactly what the player replayed without replaying anything itself; what each step added is kept,
 * so scrubbing back is free, appending a step folds one more, and an edit refolds from the first changed step.
 */
import type { Replayer } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { type StepRecord, sharedPrefix } from '../../scenario/stepHistory';
import type { ServiceCallDetail } from '../../scenario/steps/serviceCall';
import type { ServicesWorld } from '../../services/index';
import { scenarioStore } from '../../state/scenario';

export type TrailRecord = Readonly<Record<string, unknown>>;

export interface Timeline {
  scenario: Scenario;
  /** The last step walked (-1: none). */
  upTo: number;
  /** Every record of steps 0..upTo, oldest first. Shared and only ever appended to: read up to `recordCount`. */
  records: readonly TrailRecord[];
  recordCount: number;
  /** `stepOf[i]`: the index of the step that produced record i. */
  stepOf: readonly number[];
  /** The services world after step `upTo` (from the latest service call at or before it). */
  services: ServicesWorld | undefined;
  /** Index of the step whose world `services` is. */
  servicesStep: number;
}

interface Walk {
  /** The step records folded so far, in order. */
  steps: StepRecord[];
  records: TrailRecord[];
  stepOf: number[];
  /** `ends[i]`: records after step i. */
  ends: number[];
  /** `worlds[i]`: the step whose services world holds after step i (-1: none yet). */
  worlds: number[];
  servicesByStep: Map<number, ServicesWorld>;
}

const emptyWalk = (): Walk => ({
  steps: [],
  records: [],
  stepOf: [],
  ends: [],
  worlds: [],
  servicesByStep: new Map(),
});

/** Keeps what the first `same` steps added; the rest is folded again. */
function rebase(walk: Walk, same: number): Walk {
  const end = same > 0 ? (walk.ends[same - 1] as number) : 0;
  return {
    steps: walk.steps.slice(0, same),
    // Copies: timelines handed out earlier keep reading the arrays they got.
    records: walk.records.slice(0, end),
    stepOf: walk.stepOf.slice(0, end),
    ends: walk.ends.slice(0, same),
    worlds: walk.worlds.slice(0, same),
    servicesByStep: new Map([...walk.servicesByStep].filter(([step]) => step < same)),
  };
}

function absorb(walk: Walk, step: StepRecord): void {
  walk.steps.push(step);
  for (const record of step.trail) {
    walk.records.push(record);
    walk.stepOf.push(step.index);
  }
  walk.ends[step.index] = walk.records.length;
  const detail =
    step.result.kind === 'service.call' && step.result.ok
      ? (step.result.detail as ServiceCallDetail)
      : undefined;
  if (detail) walk.servicesByStep.set(step.index, detail.world);
  walk.worlds[step.index] = detail ? step.index : (walk.worlds[step.index - 1] ?? -1);
}

/** Where a scenario's step records come from: the store's replay (default), or a replayer of a test's own. */
export type HistorySource = (scenario: Scenario) => Pick<Replayer, 'history'>;

export function createTimelineWalker(sourceFor: HistorySource = () => scenarioStore.getState()) {
  let walk = emptyWalk();
  let source: { scenario: Scenario; history: Pick<Replayer, 'history'> } | undefined;

  return {
    /**
     * The timeline at `cursor`, or undefined when it is no longer wanted: `stale()` turned true, or the source
     * had moved on to another scenario.
     */
    async at(
      scenario: Scenario,
      cursor: number,
      stale: () => boolean = () => false,
    ): Promise<Timeline | undefined> {
      if (source?.scenario !== scenario) source = { scenario, history: sourceFor(scenario) };
      const { scenario: read, records: steps } = await source.history.history(cursor);
      if (read !== scenario || stale()) return undefined;
      const same = sharedPrefix(walk.steps, steps);
      if (same < Math.min(walk.steps.length, steps.length)) walk = rebase(walk, same);
      for (let i = walk.steps.length; i < steps.length; i++) absorb(walk, steps[i] as StepRecord);
      const target = steps.length - 1;
      const servicesStep = target >= 0 ? (walk.worlds[target] as number) : -1;
      return {
        scenario,
        upTo: target,
        records: walk.records,
        recordCount: target >= 0 ? (walk.ends[target] as number) : 0,
        stepOf: walk.stepOf,
        services: walk.servicesByStep.get(servicesStep),
        servicesStep,
      };
    },
  };
}

/** The records of the step at `index` within a timeline: [first, end). */
export function stepRange(timeline: Timeline, index: number): [number, number] {
  let first = timeline.recordCount;
  while (first > 0 && (timeline.stepOf[first - 1] as number) >= index) first--;
  let end = first;
  while (end < timeline.recordCount && timeline.stepOf[end] === index) end++;
  return [first, end];
}

/**
 * The scenario's timeline up to the cursor: every CloudTrail record with the step that produced it, and the
 * services world after each step. The store's StepView holds only the step under the cursor, so this walks the
 * scenario with a replayer of its own (the same deterministic replay, so the same records), once per step,
 * keeping what each step added: scrubbing back is free and appending a step walks one more.
 * (The same walk src/ui/rotation does for its history; a read model of the whole trail on the replayer would
 * remove both — asked of the scenario layer's owner.)
 */
import type { Replayer, StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { ServiceCallDetail } from '../../scenario/steps/serviceCall';
import type { ServicesWorld } from '../../services/index';
import { createSessionReplayer } from '../../state/scenario';

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
  scenario: Scenario;
  replayer: Replayer;
  records: TrailRecord[];
  stepOf: number[];
  /** `ends[i]`: records after step i. */
  ends: number[];
  /** `worlds[i]`: the step whose services world holds after step i (-1: none yet). */
  worlds: number[];
  servicesByStep: Map<number, ServicesWorld>;
}

const sameStart = (a: Scenario, b: Scenario) =>
  a.seed === b.seed && JSON.stringify(a.settings) === JSON.stringify(b.settings);

/** Keeps what the steps both scenarios share; an edit drops everything from the first changed step. */
function rebase(walk: Walk, scenario: Scenario): Walk {
  let same = 0;
  const old = walk.scenario.steps;
  const limit = Math.min(old.length, scenario.steps.length, walk.ends.length);
  while (same < limit && JSON.stringify(old[same]) === JSON.stringify(scenario.steps[same])) same++;
  walk.replayer.setScenario(scenario);
  const end = same > 0 ? (walk.ends[same - 1] as number) : 0;
  for (const step of [...walk.servicesByStep.keys()]) if (step >= same) walk.servicesByStep.delete(step);
  return {
    ...walk,
    scenario,
    // Copies: views handed out earlier keep reading the arrays they got.
    records: walk.records.slice(0, end),
    stepOf: walk.stepOf.slice(0, end),
    ends: walk.ends.slice(0, same),
    worlds: walk.worlds.slice(0, same),
  };
}

function absorb(walk: Walk, view: StepView): void {
  for (const record of view.trail) {
    walk.records.push(record);
    walk.stepOf.push(view.index);
  }
  walk.ends[view.index] = walk.records.length;
  const detail =
    view.result?.kind === 'service.call' && view.result.ok
      ? (view.result.detail as ServiceCallDetail)
      : undefined;
  if (detail) walk.servicesByStep.set(view.index, detail.world);
  walk.worlds[view.index] = detail ? view.index : (walk.worlds[view.index - 1] ?? -1);
}

/** Walks scenarios one at a time (a newer request waits for the older one's step to finish). */
export function createTimelineWalker(replayerFor: (scenario: Scenario) => Replayer = createSessionReplayer) {
  let walk: Walk | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function walkFor(scenario: Scenario): Walk {
    if (walk?.scenario === scenario) return walk;
    if (walk && sameStart(walk.scenario, scenario)) walk = rebase(walk, scenario);
    else
      walk = {
        scenario,
        replayer: replayerFor(scenario),
        records: [],
        stepOf: [],
        ends: [],
        worlds: [],
        servicesByStep: new Map(),
      };
    return walk;
  }

  async function timelineAt(
    scenario: Scenario,
    cursor: number,
    stale: () => boolean,
  ): Promise<Timeline | undefined> {
    const w = walkFor(scenario);
    const target = Math.min(cursor, scenario.steps.length - 1);
    while (w.ends.length <= target) {
      if (stale() || walk !== w) return undefined;
      absorb(w, await w.replayer.goTo(w.ends.length));
    }
    const servicesStep = target >= 0 ? (w.worlds[target] as number) : -1;
    return {
      scenario,
      upTo: target,
      records: w.records,
      recordCount: target >= 0 ? (w.ends[target] as number) : 0,
      stepOf: w.stepOf,
      services: w.servicesByStep.get(servicesStep),
      servicesStep,
    };
  }

  return {
    /** The timeline at `cursor`, or undefined when `stale()` turned true before it was ready. */
    at(
      scenario: Scenario,
      cursor: number,
      stale: () => boolean = () => false,
    ): Promise<Timeline | undefined> {
      const result = queue.then(() => timelineAt(scenario, cursor, stale));
      queue = result.catch(() => undefined);
      return result;
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

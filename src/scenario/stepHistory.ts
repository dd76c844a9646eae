/**
 * The history of a replay: what each step did, recorded once as the replayer passes it (its result, the
 * CloudTrail records it added, the time and the keys after it). Panels that need steps other than the one under
 * the cursor (the rotation timeline, the trail, the console) fold these records instead of replaying the scenario
 * a second time, so they see exactly what the player shows, for no extra crypto.
 *
 * A record is kept for as long as its step and every step before it are unchanged, and re-running a step (from a
 * checkpoint) keeps the first record: replay is deterministic, so it would be the same. Record identity is
 * therefore a cheap "nothing changed up to here": a fold keeps what it computed from records that are still
 * the same objects (`sharedPrefix`).
 */
import type { KeyView } from '../kms/index';
import type { Scenario } from './schema';
import type { Step, StepResult } from './steps/index';

export interface StepRecord {
  index: number;
  step: Step;
  result: StepResult;
  /** CloudTrail records this step produced (a clock advance may produce AwsServiceEvents). */
  trail: readonly Record<string, unknown>[];
  /** Simulated time after this step, ISO 8601. */
  now: string;
  /** Every key after this step (the engine's read model). */
  keys: KeyView[];
}

export interface StepHistory {
  /** The scenario the records belong to (the replayer's when it answered). */
  scenario: Scenario;
  /** `records[i]` is step i, for every step up to the one asked for. */
  records: readonly StepRecord[];
}

/** How many leading records two histories share (the same record objects: nothing changed up to there). */
export function sharedPrefix(a: readonly StepRecord[], b: readonly StepRecord[]): number {
  const limit = Math.min(a.length, b.length);
  let same = 0;
  while (same < limit && a[same] === b[same]) same++;
  return same;
}

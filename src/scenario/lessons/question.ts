/**
 * Questions graded by the simulator. A question names a step of a scenario, a probe (what to look at) and its
 * candidate outcomes; the grader replays the scenario to that step and the candidate that happened is the right
 * answer. Nothing in a question says which candidate is right: change the scenario and the answer follows.
 */
import { createReplayer, type StepView } from '../replay';
import type { Scenario } from '../schema';
import { observe, type Probe } from './probe';

export interface Question {
  /** Unique within its lesson or the practice set; its text lives in the lessons catalogue under this id. */
  readonly id: string;
  /** The step whose run decides the answer (the question is asked before it). */
  readonly step: string;
  readonly probe: Probe;
  /** Candidate outcomes, in the order shown (the probe's values: `ok`, an exception name, `v0`, `2.00`…). */
  readonly options: readonly string[];
}

export interface Decision {
  /** The candidate that happened. */
  readonly answer: string;
  /** The view of the step, for the reveal. */
  readonly view: StepView;
}

/** A question's candidates do not include what the simulator did: the question is wrong, not the learner. */
export class UndecidableQuestion extends Error {
  constructor(
    readonly questionId: string,
    readonly observed: string,
  ) {
    super(`question ${questionId}: the step produced "${observed}", which is not one of its options`);
    this.name = 'UndecidableQuestion';
  }
}

export function stepIndex(scenario: Scenario, stepId: string): number {
  const index = scenario.steps.findIndex((step) => step.id === stepId);
  if (index === -1) throw new RangeError(`no step "${stepId}" in scenario ${scenario.seed}`);
  return index;
}

/** Whatever replays `scenario` to a step: a Replayer's `goTo`, or the page's store (`viewAt`). */
export type RunTo = (index: number) => Promise<StepView>;

/**
 * Runs the scenario to the question's step (with `runTo`, or on a fresh replayer) and returns the candidate that
 * happened. Throws UndecidableQuestion when none did.
 */
export async function decide(question: Question, scenario: Scenario, runTo?: RunTo): Promise<Decision> {
  const run = runTo ?? ((index: number) => createReplayer(scenario).goTo(index));
  const view = await run(stepIndex(scenario, question.step));
  const observed = observe(question.probe, view);
  if (!question.options.includes(observed)) throw new UndecidableQuestion(question.id, observed);
  return { answer: observed, view };
}

import type { StepView } from '../../scenario/replay';
import type { Step } from '../../scenario/steps/index';

/**
 * The failed steps the player has seen, for the scrubber. Only the step under the cursor is replayed, so this
 * is what is cheap to know: outcomes remembered as the cursor visits steps (playing visits them all). A step's
 * outcome depends on every step before it, so the memory is dropped as soon as a step already seen changes
 * (an edit, a truncation or a new scenario); appending steps keeps it.
 */
export interface OutcomeMemo {
  readonly steps: readonly Step[];
  readonly failed: ReadonlySet<string>;
}

export const emptyOutcomes: OutcomeMemo = { steps: [], failed: new Set() };

export function rememberOutcome(
  memo: OutcomeMemo,
  steps: readonly Step[],
  view: StepView | undefined,
): OutcomeMemo {
  const same = memo.steps.length <= steps.length && memo.steps.every((step, i) => steps[i] === step);
  const failed = same ? memo.failed : new Set<string>();
  const step = view && view.index >= 0 ? steps[view.index] : undefined;
  // A view still loading for an older scenario says nothing about this one.
  if (!step || step.id !== view?.step?.id || view.result === undefined) {
    return same && memo.steps === steps ? memo : { steps, failed };
  }
  const isFailed = !view.result.ok;
  if (isFailed === failed.has(step.id)) return same && memo.steps === steps ? memo : { steps, failed };
  const next = new Set(failed);
  if (isFailed) next.add(step.id);
  else next.delete(step.id);
  return { steps, failed: next };
}

import { useState } from 'react';
import type { NewStep } from '../../state/scenario';
import { scenarioStore, useScenario } from '../../state/scenario';
import type { SaveOutcome } from './PolicyEditor';

/**
 * Appends steps and reports how the last one went once the player shows it (saving is a step: its result
 * is the engine's, with the real exception name and message when it fails).
 */
export function useStepOutcome(): [SaveOutcome | undefined, (steps: readonly NewStep[]) => void] {
  const [tracked, setTracked] = useState<string>();
  const view = useScenario((s) => s.view);
  const append = (steps: readonly NewStep[]) => {
    let last: string | undefined;
    for (const step of steps) {
      const change = scenarioStore.getState().appendStep(step);
      if (!change.ok) break;
      last = change.id;
    }
    setTracked(last);
  };
  const result = view?.step && view.step.id === tracked ? view.result : undefined;
  const outcome: SaveOutcome | undefined =
    view && result
      ? result.ok
        ? { stepNumber: view.index + 1, ok: true }
        : {
            stepNumber: view.index + 1,
            ok: false,
            errorName: result.error.name,
            message: result.error.message,
          }
      : undefined;
  return [outcome, append];
}

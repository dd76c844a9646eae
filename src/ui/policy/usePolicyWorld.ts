import { useMemo } from 'react';
import { operationCatalogue, type World } from '../../kms';
import type { StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { useScenario } from '../../state/scenario';
import { factsOf, type PolicyFacts } from './facts';
import { policyWorld } from './whatIf';

/** The operation registry as data, once per page. */
export const operations = operationCatalogue();
export const operationNamed = (name: string) => operations.find((o) => o.name === name);

export interface PolicyWorldState {
  scenario: Scenario;
  /** The step view the facts and world belong to (the previous one while the cursor's is replayed). */
  view: StepView | undefined;
  facts: PolicyFacts | undefined;
  world: World | undefined;
  /** The step under the cursor is newer than `view`: it is being replayed. */
  stale: boolean;
}

/** The step under the cursor, with the key policies and grants of that moment, as a read-only world. */
export function usePolicyWorld(): PolicyWorldState {
  const scenario = useScenario((s) => s.scenario);
  const view = useScenario((s) => s.view);
  const stale = useScenario((s) => s.loading);
  // View and facts come from the same replayed step, so the world is never half old, half new.
  const facts = useMemo(() => (view ? factsOf(view) : undefined), [view]);
  const world = useMemo(
    () =>
      view && facts
        ? policyWorld({
            accountId: scenario.settings.accountId,
            region: scenario.settings.region,
            keys: view.keys,
            aliases: view.aliases,
            principals: view.principals,
            ...facts,
          })
        : undefined,
    [view, facts, scenario.settings],
  );
  return { scenario, view, facts, world, stale };
}

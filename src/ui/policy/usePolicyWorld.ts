import { useEffect, useMemo, useState } from 'react';
import { operationCatalogue, type World } from '../../kms';
import type { StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { scenarioStore, useScenario } from '../../state/scenario';
import { createFactsReader, type PolicyFacts } from './facts';
import { policyWorld } from './whatIf';

/** The operation registry as data, once per page. */
export const operations = operationCatalogue();
export const operationNamed = (name: string) => operations.find((o) => o.name === name);

const reader = createFactsReader();

export interface PolicyWorldState {
  scenario: Scenario;
  /** The step view the facts and world belong to (the previous one while the current one is read). */
  view: StepView | undefined;
  facts: PolicyFacts | undefined;
  world: World | undefined;
  /** The step under the cursor is newer than `view`: its policies and grants are being read. */
  stale: boolean;
}

/** The step under the cursor, with the key policies and grants of that moment, as a read-only world. */
export function usePolicyWorld(): PolicyWorldState {
  const scenario = useScenario((s) => s.scenario);
  const current = useScenario((s) => s.view);
  const [read, setRead] = useState<{ view: StepView; facts: PolicyFacts }>();
  useEffect(() => {
    if (!current) return;
    let live = true;
    reader.read(scenarioStore.getState().scenario, current.index, current.keys).then((facts) => {
      if (live) setRead({ view: current, facts });
    });
    return () => {
      live = false;
    };
  }, [current]);
  // View and facts always from the same read, so the world is never half old, half new.
  const view = read?.view;
  const facts = read?.facts;
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
  return { scenario, view, facts, world, stale: current !== undefined && current !== view };
}

/**
 * The key policies and grants the policy section shows: those the scenario's cast may read at the step under the
 * cursor. The store's replay reads them from the engine's world as it shows each step (scenario/policyFacts.ts),
 * so the section needs no replay or read-only calls of its own.
 */
import type { PolicyFacts } from '../../scenario/policyFacts';
import type { StepView } from '../../scenario/replay';

export type { PolicyFacts };

export const factsOf = (view: StepView): PolicyFacts => ({
  keyPolicies: view.keyPolicies,
  grants: view.grants,
});

/**
 * When a link would replace the learner's own work (autosave.ts), the choice the page asks. Light on purpose (no
 * validation, so not the engine): the player's first render reads it (issue #15).
 */
import type { AutosaveLoad } from './autosave';
import type { Scenario } from './schema';
import { untouchedTemplate } from './templates';

/** What the UI offers when a link arrives while local work exists. */
export const OPENING_CHOICES = ['open-link', 'keep-mine', 'save-mine-first'] as const;
export type OpeningChoice = (typeof OPENING_CHOICES)[number];

export type OpeningDecision =
  /** No local work (or it equals the link): open the link; `localProblem` says if saved data was unreadable. */
  | { action: 'open-link'; localProblem?: Exclude<AutosaveLoad, { ok: true }> }
  /** Work of the learner's own exists and differs from the link: ask, never overwrite silently. */
  | { action: 'ask'; local: Scenario; link: Scenario; choices: typeof OPENING_CHOICES };

const sameScenario = (a: Scenario, b: Scenario): boolean => JSON.stringify(a) === JSON.stringify(b);

export function decideOpening(link: Scenario, local: AutosaveLoad): OpeningDecision {
  if (!local.ok)
    return local.reason === 'empty' ? { action: 'open-link' } : { action: 'open-link', localProblem: local };
  // An empty scenario or a built-in one left as it was holds nothing of the learner's to lose.
  const ownWork = local.scenario.steps.length > 0 && untouchedTemplate(local.scenario) === undefined;
  if (!ownWork || sameScenario(local.scenario, link)) return { action: 'open-link' };
  return { action: 'ask', local: local.scenario, link, choices: OPENING_CHOICES };
}

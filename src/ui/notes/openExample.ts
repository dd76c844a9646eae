import type { Lang } from '../../i18n';
import { scenarioLinkParams } from '../../scenario/codec';
import { decideOpening } from '../../scenario/opening';
import { scenarioFileName, toScenarioFile } from '../../scenario/scenarioFile';
import type { Scenario } from '../../scenario/schema';
import { type TemplateId, templateScenario } from '../../scenario/templates';
import { scenarioStore } from '../../state/scenario';
import { scenarioAutosave } from '../../state/scenarioPersistence';
import { downloadText } from '../player/download';
import { writeOwnLink } from '../player/scenarioConnection';

/**
 * The learner's current work, if opening the example `id` would replace it: the store's scenario once a player has
 * loaded it, else the autosaved one (this section has no player, so the store may not be loaded yet).
 */
export function workAtRisk(id: TemplateId, lang: Lang): Scenario | undefined {
  const example = templateScenario(id, lang);
  const inStore = scenarioStore.getState().scenario;
  const local = inStore.steps.length > 0 ? { ok: true as const, scenario: inStore } : scenarioAutosave.load();
  const decision = decideOpening(example, local);
  return decision.action === 'ask' ? decision.local : undefined;
}

/**
 * Opens a built-in example in a section, before its first step: the store's `replaceScenario`, the autosave,
 * and the link in the address bar all name the example, so the section's player starts from it (and a link
 * copied now shares it). Call only after asking when `workAtRisk` found work.
 */
export async function openExample(id: TemplateId, section: string, lang: Lang): Promise<void> {
  const example = templateScenario(id, lang);
  scenarioStore.getState().replaceScenario(example, -1);
  scenarioAutosave.save(example);
  const { v, s, step } = await scenarioLinkParams(example, 0);
  writeOwnLink({ view: section, v, s, step });
  window.scrollTo({ top: 0 });
}

/** Saves the learner's work as a scenario file before an example replaces it ("Save first"). */
export function saveWork(work: Scenario): void {
  downloadText(scenarioFileName(work), toScenarioFile(work));
}

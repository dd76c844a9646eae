import { languages } from '../../i18n';
import type { Lesson } from '../../scenario/lessons/lessons';
import { lessons } from '../../scenario/lessons/lessons';
import { practiceQuestions } from '../../scenario/lessons/practice';
import type { Scenario } from '../../scenario/schema';
import { TEMPLATE_IDS, templateScenario } from '../../scenario/templates';
import { scenarioStore } from '../../state/scenario';

let builtIn: ReadonlySet<string> | undefined;

/** Scenarios KMS Lab ships (lessons, practice, examples): replacing one of them loses nothing of the learner's. */
function builtInScenarios(): ReadonlySet<string> {
  builtIn ??= new Set(
    [
      ...[...lessons().values()].map((l) => l.scenario),
      ...practiceQuestions().map((q) => q.scenario),
      ...TEMPLATE_IDS.flatMap((id) => languages.map((lang) => templateScenario(id, lang))),
    ].map((s) => JSON.stringify(s)),
  );
  return builtIn;
}

const same = (a: Scenario, b: Scenario) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The learner's own scenario, if opening `target` would replace it (then the section asks first). */
export function workAtRisk(target: Scenario): Scenario | undefined {
  const local = scenarioStore.getState().scenario;
  if (local.steps.length === 0 || same(local, target) || builtInScenarios().has(JSON.stringify(local)))
    return undefined;
  return local;
}

/**
 * Puts the lesson's scenario in the player (the very object, so its chapters show) at `cursor`, or where the
 * player already is when it holds the same scenario (a reload, or a link to a step of this lesson).
 */
export function openLesson(subject: Lesson, cursor: number): void {
  const state = scenarioStore.getState();
  if (state.scenario === subject.scenario) return;
  state.replaceScenario(subject.scenario, same(state.scenario, subject.scenario) ? state.cursor : cursor);
}

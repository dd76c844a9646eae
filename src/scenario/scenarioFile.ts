/**
 * A scenario as a file (`.kmslab.json`), written: the same schema as a link, pretty-printed. Read back through
 * codec.ts `fromScenarioFile` (validation, the engine); writing needs neither, so the player's first render
 * imports only this (issue #15).
 */
import type { Scenario } from './schema';

export const SCENARIO_FILE_EXTENSION = '.kmslab.json';

/** `.kmslab.json` text: the scenario schema, pretty-printed for people and diffs. */
export function toScenarioFile(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name's start for anything saved from a scenario (`kms-lab-lesson-rotation`): its seed, made safe. */
export function scenarioFileStem(scenario: Scenario): string {
  const safe = scenario.seed.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
  return `kms-lab-${safe}`;
}

export function scenarioFileName(scenario: Scenario): string {
  return `${scenarioFileStem(scenario)}${SCENARIO_FILE_EXTENSION}`;
}

/**
 * The scenario: a seed plus an ordered list of steps. Everything the user sees is replayed from it, and it is
 * what links, files and autosave carry. Version 1 is the first released format (older drafts: migrations.ts).
 * Validation is in validateScenario.ts: it reads every kind of step, and so the engine, which a module that only
 * makes or reads a scenario (the first picture's) must not load.
 */
import type { Step } from './steps/index';

export const SCENARIO_FORMAT = 'kms-lab/scenario';
export const SCENARIO_VERSION = 1;

export type CryptoPreference = 'webcrypto' | 'noble';

export interface ScenarioSettings {
  /** The account the simulated principals live in (12 digits). */
  accountId: string;
  region: string;
  /** Simulated clock start, ISO 8601 UTC. */
  startTime: string;
  /** The provider the author used; replays are byte-identical on either, so this is only a preference. */
  crypto?: CryptoPreference;
}

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  seed: string;
  settings: ScenarioSettings;
  steps: Step[];
}

/** Far beyond the 1,000-step scenarios the player is built for, small enough to bound a hostile import. */
export const MAX_STEPS = 5000;

/** The engine's documented defaults (architecture.md, test-facing contract). */
export const DEFAULT_SETTINGS: ScenarioSettings = {
  accountId: '111122223333',
  region: 'us-east-1',
  startTime: '2026-01-01T00:00:00Z',
};

export function createScenario(
  seed: string,
  settings: Partial<ScenarioSettings> = {},
  steps: Step[] = [],
): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    seed,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    steps,
  };
}

/** The next free `s<n>` id for a step appended to `steps`. */
export function nextStepId(steps: readonly Step[]): string {
  let max = 0;
  for (const step of steps) {
    const match = /^s(\d+)$/.exec(step.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `s${max + 1}`;
}

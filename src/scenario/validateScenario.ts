/**
 * Validates a scenario against the current version (schema.ts): its own module, as it reads every kind of step
 * (steps/index.ts), and the step kinds are the engine.
 */
import {
  createScenario,
  MAX_STEPS,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioSettings,
} from './schema';
import { REGION } from './steps/fields';
import { stepDependencies, validateStep } from './steps/index';
import { fail, object, oneOf, optional, string } from './validate';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

function settings(value: unknown, path: string): ScenarioSettings {
  const raw = object(value, path, ['accountId', 'region', 'startTime', 'crypto']);
  const startTime = string(raw.startTime, `${path}.startTime`, {
    max: 24,
    pattern: ISO_UTC,
    patternName: 'an ISO 8601 UTC time like 2026-01-01T00:00:00Z',
  });
  if (Number.isNaN(Date.parse(startTime))) fail(`${path}.startTime`, 'is not a real date');
  const out: ScenarioSettings = {
    accountId: string(raw.accountId, `${path}.accountId`, {
      max: 12,
      pattern: /^\d{12}$/,
      patternName: '12 digits',
    }),
    region: string(raw.region, `${path}.region`, { max: 32, pattern: REGION, patternName: 'a Region name' }),
    startTime,
  };
  const crypto = optional(raw.crypto, (v) => oneOf(v, `${path}.crypto`, ['webcrypto', 'noble'] as const));
  if (crypto !== undefined) out.crypto = crypto;
  return out;
}

/**
 * Validates a current-version scenario (after migrations): structure, every step's fields, unique step ids, and
 * that every reference names an earlier step. Throws SchemaError with the path of the first problem.
 */
export function validateScenario(value: unknown): Scenario {
  const raw = object(value, '$', ['format', 'version', 'seed', 'settings', 'steps']);
  if (raw.format !== SCENARIO_FORMAT) fail('$.format', `must be "${SCENARIO_FORMAT}"`);
  if (raw.version !== SCENARIO_VERSION) fail('$.version', `must be ${SCENARIO_VERSION}`);
  const seed = string(raw.seed, '$.seed', { min: 1, max: 256 });
  const config = settings(raw.settings, '$.settings');
  if (!Array.isArray(raw.steps)) fail('$.steps', 'expected an array');
  if (raw.steps.length > MAX_STEPS) fail('$.steps', `must have at most ${MAX_STEPS} steps`);
  const seen = new Set<string>();
  const steps = raw.steps.map((item, i) => {
    const path = `$.steps[${i}]`;
    const step = validateStep(item, path);
    for (const dependency of stepDependencies(step, path)) {
      if (!seen.has(dependency.stepId))
        fail(dependency.at, `refers to "${dependency.stepId}", which is not an earlier step`);
    }
    if (seen.has(step.id)) fail(`${path}.id`, `duplicate step id "${step.id}"`);
    seen.add(step.id);
    return step;
  });
  return createScenario(seed, config, steps);
}

/**
 * Every import (link, file, localStorage) goes through `restore`: parse, check the format and version, migrate
 * older versions step by step, then validate. Failures are typed so the UI can say what happened ("this link
 * was made by a newer version of KMS Lab") instead of crashing.
 *
 * Migrations follow tldraw's pattern: an ordered list of `{ id: 'scenario/N', up }`, where `up` turns a
 * version N-1 document into version N. Only `up` exists: links are never written in an older version.
 */
import { MAX_STEPS, SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from './schema';
import { DAY_MS } from './steps/clockAdvance';
import { fail, integer, isPlainObject, nestsDeeperThan, object, SchemaError, string } from './validate';
import { validateScenario } from './validateScenario';

export type RestoreFailureReason =
  | 'newer-version'
  | 'malformed'
  | 'invalid'
  | 'too-large'
  | 'unsupported-format';

export type RestoreResult =
  | { ok: true; scenario: Scenario; migratedFrom?: number }
  | { ok: false; reason: RestoreFailureReason; detail: string };

export interface Migration {
  id: `scenario/${number}`;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

/** The biggest scenario JSON text accepted (a 5,000-step scenario of typical calls is about 1 MB). */
export const MAX_SCENARIO_JSON_CHARS = 4 * 1024 * 1024;
/** Nesting a scenario's JSON may have: a handful of levels for the document and its steps, plus the 16 that
 *  validation allows inside a call's parameters (validate.ts `json`), with room to spare. */
export const MAX_SCENARIO_JSON_DEPTH = 64;

/**
 * Version 0 is the pre-release draft shape used while the player was being designed; it never shipped in a
 * public link. It is kept (honestly: mainly) so that the migration path is real code under test from day one:
 *
 *   { format, version: 0, seed, account, region, start: <epoch ms>,
 *     steps: [{ id, type: 'call', operation, params, principal? } | { id, type: 'wait', days } | { id, type: 'note', text }] }
 */
function fromDraft(document: Record<string, unknown>): Record<string, unknown> {
  const raw = object(document, '$', ['format', 'version', 'seed', 'account', 'region', 'start', 'steps']);
  const start = integer(raw.start, '$.start', 0, 8_640_000_000_000_000);
  if (!Array.isArray(raw.steps)) fail('$.steps', 'expected an array');
  const steps = raw.steps.map((item: unknown, i) => {
    const path = `$.steps[${i}]`;
    if (!isPlainObject(item)) fail(path, 'expected an object');
    const type = string(item.type, `${path}.type`, { max: 16 });
    switch (type) {
      case 'call': {
        const { id, operation, params, principal } = object(item, path, [
          'id',
          'type',
          'operation',
          'params',
          'principal',
        ]);
        return {
          id,
          kind: 'kms.call',
          op: operation,
          request: params ?? {},
          ...(principal === undefined ? {} : { caller: { principal } }),
        };
      }
      case 'wait': {
        const { id, days } = object(item, path, ['id', 'type', 'days']);
        return { id, kind: 'clock.advance', ms: integer(days, `${path}.days`, 1, 3653) * DAY_MS };
      }
      case 'note': {
        const { id, text } = object(item, path, ['id', 'type', 'text']);
        return { id, kind: 'note', text };
      }
      default:
        return fail(`${path}.type`, 'must be call, wait or note');
    }
  });
  return {
    format: raw.format,
    version: 1,
    seed: raw.seed,
    settings: { accountId: raw.account, region: raw.region, startTime: new Date(start).toISOString() },
    steps,
  };
}

export const migrations: readonly Migration[] = [{ id: 'scenario/1', up: fromDraft }];

const versionOf = (migration: Migration): number => Number(migration.id.slice('scenario/'.length));

/** The one import path for scenarios: JSON text or an already-parsed value. */
export function restore(input: unknown): RestoreResult {
  let document = input;
  if (typeof input === 'string') {
    if (input.length > MAX_SCENARIO_JSON_CHARS) {
      return {
        ok: false,
        reason: 'too-large',
        detail: `${input.length} characters (limit ${MAX_SCENARIO_JSON_CHARS})`,
      };
    }
    if (nestsDeeperThan(input, MAX_SCENARIO_JSON_DEPTH)) {
      return {
        ok: false,
        reason: 'malformed',
        detail: `nested deeper than ${MAX_SCENARIO_JSON_DEPTH} levels`,
      };
    }
    try {
      document = JSON.parse(input);
    } catch (error) {
      return { ok: false, reason: 'malformed', detail: `not JSON: ${(error as Error).message}` };
    }
  }
  if (!isPlainObject(document)) return { ok: false, reason: 'malformed', detail: 'expected a JSON object' };
  if (document.format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      reason: 'unsupported-format',
      detail: `format is ${JSON.stringify(document.format) ?? 'missing'}`,
    };
  }
  const version = document.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid', detail: '$.version: expected a non-negative integer' };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      detail: `made by format version ${version}; this KMS Lab reads up to version ${SCENARIO_VERSION}`,
    };
  }
  if (Array.isArray(document.steps) && document.steps.length > MAX_STEPS) {
    return { ok: false, reason: 'too-large', detail: `${document.steps.length} steps (limit ${MAX_STEPS})` };
  }
  try {
    let current: Record<string, unknown> = document;
    for (const migration of migrations) {
      if (versionOf(migration) > version) current = migration.up(current);
    }
    const scenario = validateScenario(current);
    return version === SCENARIO_VERSION
      ? { ok: true, scenario }
      : { ok: true, scenario, migratedFrom: version };
  } catch (error) {
    if (error instanceof SchemaError) return { ok: false, reason: 'invalid', detail: error.message };
    throw error;
  }
}

/**
 * A tiny structural validator for scenario data. Every import (link, file, localStorage) is untrusted input,
 * so each field is checked with the JSON path of the first problem, which `restore` reports to the user
 * ("steps[3].request.KeyId: expected a string").
 *
 * Validators throw `SchemaError`; `restore` (migrations.ts) is the one place that catches it.
 */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function fail(path: string, problem: string): never {
  throw new SchemaError(path, problem);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An object whose keys are all in `allowed` (unknown keys are rejected: a typo must not be silently dropped). */
export function object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(value)) fail(path, 'expected an object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, 'unknown field');
  }
  return value;
}

export function string(
  value: unknown,
  path: string,
  rule: { min?: number; max: number; pattern?: RegExp; patternName?: string },
): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  const min = rule.min ?? 0;
  if (value.length < min) fail(path, `must have length at least ${min}`);
  if (value.length > rule.max) fail(path, `must have length at most ${rule.max}`);
  if (rule.pattern && !rule.pattern.test(value))
    fail(path, `must be ${rule.patternName ?? rule.pattern.source}`);
  return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'expected an integer');
  if (value < min || value > max) fail(path, `must be between ${min} and ${max}`);
  return value;
}

export function oneOf<const T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(path, `must be one of ${options.join(', ')}`);
  }
  return value as T;
}

export function optional<T>(value: unknown, check: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

/**
 * A string → string map such as a KMS encryption context. AWS documents no total size limit for an
 * encryption context (reference §3), so the caps here are this app's own, chosen to keep links small;
 * the ESDK serialises each key and value with a 2-byte length, so 65,535 would be the format's hard limit.
 */
export function stringMap(
  value: unknown,
  path: string,
  caps = { entries: 64, length: 4096 },
): Record<string, string> {
  if (!isPlainObject(value)) fail(path, 'expected an object of strings');
  const entries = Object.entries(value);
  if (entries.length > caps.entries) fail(path, `must have at most ${caps.entries} entries`);
  // Object.fromEntries defines each key as JSON.parse does, so `__proto__` (an ordinary encryption-context
  // key to AWS) is kept instead of being taken for the object's prototype.
  return Object.fromEntries(
    entries.map(([key, item]) => {
      if (key.length === 0 || key.length > caps.length) fail(path, `keys must have length 1..${caps.length}`);
      return [key, string(item, `${path}.${key}`, { max: caps.length })];
    }),
  );
}

/**
 * Any JSON value, bounded in depth and node count so a hostile link cannot make the validator (or later the
 * engine) walk an enormous structure.
 */
export function json(value: unknown, path: string, budget = { depth: 16, nodes: 10_000 }): JsonValue {
  let nodes = 0;
  const walk = (item: unknown, at: string, depth: number): JsonValue => {
    nodes += 1;
    if (nodes > budget.nodes) fail(at, `too many values (more than ${budget.nodes})`);
    if (depth > budget.depth) fail(at, `nested deeper than ${budget.depth}`);
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) fail(at, 'expected a finite number');
      return item;
    }
    if (Array.isArray(item)) return item.map((child, i) => walk(child, `${at}[${i}]`, depth + 1));
    if (isPlainObject(item)) {
      // As in stringMap: a `__proto__` key stays an own key.
      return Object.fromEntries(
        Object.entries(item).map(([key, child]) => [key, walk(child, `${at}.${key}`, depth + 1)]),
      ) as JsonObject;
    }
    return fail(at, 'expected a JSON value');
  };
  return walk(value, path, 0);
}

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found by one pass over the characters (strings
 * skipped) before anything parses it. JSON.parse itself takes over a second on a million nested arrays, which
 * a 2.6 KB link inflates to (issue #13, item 18); the scan stops at the first bracket past the limit.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped (covers \" and \\)
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

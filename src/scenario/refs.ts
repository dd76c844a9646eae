/**
 * References inside a `kms.call` request: `{ "$ref": "s3/CiphertextBlob" }` stands for the value at that path
 * in the (wire-shaped) output of an earlier step. Links stay short (a 184-byte blob is not repeated in base64)
 * and replays stay consistent: the bytes a step uses are, by construction, the bytes an earlier step produced.
 */
import { fail, isPlainObject, type JsonValue } from './validate';

export interface Ref {
  $ref: string;
}

/** A step id: short, stable, lower-case (`s1`, `s2`, … or a teacher's own `gdk`). */
export const STEP_ID_PATTERN = /^[a-z][a-z0-9]{0,15}$/;
/** `<stepId>/<field>[/<field or index>…]`, fields in AWS's PascalCase or array indexes. */
const REF_PATTERN = /^([a-z][a-z0-9]{0,15})((?:\/[A-Za-z0-9_]{1,64}){1,8})$/;

export function isRef(value: unknown): value is Ref {
  return isPlainObject(value) && Object.keys(value).length === 1 && typeof value.$ref === 'string';
}

export function parseRef(ref: string): { stepId: string; path: string[] } | undefined {
  const match = REF_PATTERN.exec(ref);
  if (!match) return undefined;
  return { stepId: match[1] as string, path: (match[2] as string).slice(1).split('/') };
}

/** Every `$ref` in a JSON value, with its JSON path (for error messages), in document order. */
export function refsIn(value: JsonValue, path: string): { at: string; stepId: string; path: string[] }[] {
  const found: { at: string; stepId: string; path: string[] }[] = [];
  const walk = (item: JsonValue, at: string) => {
    if (isRef(item)) {
      const parsed = parseRef(item.$ref);
      if (!parsed) fail(`${at}.$ref`, 'must be "<stepId>/<Field>[/<Field>…]"');
      found.push({ at, ...parsed });
    } else if (Array.isArray(item)) {
      for (const [i, child] of item.entries()) walk(child, `${at}[${i}]`);
    } else if (isPlainObject(item)) {
      for (const [key, child] of Object.entries(item)) walk(child, `${at}.${key}`);
    }
  };
  walk(value, path);
  return found;
}

export class RefError extends Error {
  override readonly name = 'RefError';
  constructor(
    readonly ref: string,
    readonly reason: 'step-failed' | 'no-such-field',
  ) {
    super(`${ref}: ${reason}`);
  }
}

/**
 * Replaces each ref by the value it points to. `outputOf(stepId)` is the earlier step's output, or undefined
 * when that step failed (validation already guarantees the step exists and comes earlier).
 */
export function resolveRefs(
  value: JsonValue,
  outputOf: (stepId: string) => JsonValue | undefined,
): JsonValue {
  if (isRef(value)) {
    const parsed = parseRef(value.$ref);
    if (!parsed) throw new RefError(value.$ref, 'no-such-field');
    let target = outputOf(parsed.stepId);
    if (target === undefined) throw new RefError(value.$ref, 'step-failed');
    for (const segment of parsed.path) {
      const next: JsonValue | undefined = Array.isArray(target)
        ? /^\d+$/.test(segment)
          ? target[Number(segment)]
          : undefined
        : isPlainObject(target) && Object.hasOwn(target, segment)
          ? target[segment]
          : undefined;
      if (next === undefined) throw new RefError(value.$ref, 'no-such-field');
      target = next;
    }
    return target;
  }
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, outputOf));
  if (isPlainObject(value)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveRefs(item, outputOf);
    return out;
  }
  return value;
}

/**
 * Request shapes, declared once per operation in the style of the AWS API model
 * (botocore `data/kms/2014-11-01/service-2.json`): member types, `min`/`max`, `pattern`, `enum`, `required`.
 * From one declaration we derive
 * - the TypeScript request type (`Infer<S>`),
 * - validation with AWS's standard ValidationException text (reference §0),
 * - the JSON 1.1 wire decoding (base64 blobs, epoch-second timestamps),
 * - CloudTrail `requestParameters` (lowerCamelCase, blobs left out: reference §9).
 */
import { fromBase64 } from '../crypto';
import { KmsError } from './errors';

export interface StringShape<E extends string = string> {
  readonly type: 'string';
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly E[];
  /** botocore's `sensitive` trait (passwords, secrets): never written to CloudTrail. */
  readonly sensitive?: boolean;
}
export interface BlobShape {
  readonly type: 'blob';
  readonly min?: number;
  readonly max?: number;
}
export interface IntegerShape {
  readonly type: 'integer';
  readonly min?: number;
  readonly max?: number;
}
export interface BooleanShape {
  readonly type: 'boolean';
}
/** awsJson1_1 timestamps travel as epoch seconds (ImportKeyMaterial ValidTo). */
export interface TimestampShape {
  readonly type: 'timestamp';
}
export interface ListShape<M extends Shape = Shape> {
  readonly type: 'list';
  readonly member: M;
  readonly min?: number;
  readonly max?: number;
}
export interface MapShape<V extends Shape = Shape> {
  readonly type: 'map';
  readonly key: StringShape;
  readonly value: V;
}
export interface StructureShape<
  M extends Record<string, Shape> = Record<string, Shape>,
  R extends keyof M & string = keyof M & string,
> {
  readonly type: 'structure';
  readonly members: M;
  readonly required: readonly R[];
}
export type Shape =
  | StringShape
  | BlobShape
  | IntegerShape
  | BooleanShape
  | TimestampShape
  | ListShape
  | MapShape
  | StructureShape;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript value type a shape describes (blobs are bytes; optional unless listed in `required`). */
export type Infer<S> =
  S extends StringShape<infer E>
    ? E
    : S extends BlobShape
      ? Uint8Array
      : S extends IntegerShape
        ? number
        : S extends BooleanShape
          ? boolean
          : S extends TimestampShape
            ? Date
            : S extends ListShape<infer M>
              ? Infer<M>[]
              : S extends MapShape<infer V>
                ? Record<string, Infer<V>>
                : S extends StructureShape<infer M, infer R>
                  ? Simplify<{ [K in R]: Infer<M[K]> } & { [K in Exclude<keyof M, R>]?: Infer<M[K]> }>
                  : never;

// --- Constructors ---

export const string = <const E extends string = string>(
  c: Omit<StringShape<E>, 'type'> = {},
): StringShape<E> => ({
  type: 'string',
  ...c,
});
export const blob = (min?: number, max?: number): BlobShape => ({ type: 'blob', min, max });
export const integer = (min?: number, max?: number): IntegerShape => ({ type: 'integer', min, max });
export const boolean: BooleanShape = { type: 'boolean' };
export const timestamp: TimestampShape = { type: 'timestamp' };
export const list = <M extends Shape>(member: M, c: { min?: number; max?: number } = {}): ListShape<M> => ({
  type: 'list',
  member,
  ...c,
});
export const map = <V extends Shape>(value: V): MapShape<V> => ({ type: 'map', key: string(), value });
export function structure<M extends Record<string, Shape>>(members: M): StructureShape<M, never>;
export function structure<M extends Record<string, Shape>, const R extends keyof M & string>(
  members: M,
  required: readonly R[],
): StructureShape<M, R>;
export function structure(members: Record<string, Shape>, required: readonly string[] = []): StructureShape {
  return { type: 'structure', members, required };
}

/** `KeyId` → `keyId`, as AWS names members in validation messages and CloudTrail. */
export function lowerCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

// --- Validation (reference §0: "1 validation error detected: Value '1025' at 'numberOfBytes' ...") ---

const compiledPatterns = new Map<string, RegExp>();
function matchesPattern(pattern: string, value: string): boolean {
  let re = compiledPatterns.get(pattern);
  if (!re) {
    // The model's patterns follow Java's String.matches: the whole value must match.
    re = new RegExp(`^(?:${pattern})$`, 'u');
    compiledPatterns.set(pattern, re);
  }
  return re.test(value);
}

function describeValue(shape: Shape, value: unknown): string {
  if (shape.type === 'blob') return 'Value'; // blob values are never echoed back [rec]
  if (Array.isArray(value)) return `Value '[${value.join(', ')}]'`;
  return `Value '${String(value)}'`;
}

function check(shape: Shape, value: unknown, path: string, out: string[]): void {
  if (value === undefined || value === null) {
    // List members and map values have no "optional": `GrantTokens: [null]` breaks the member constraint.
    out.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`);
    return;
  }
  const fail = (constraint: string) =>
    out.push(
      `${describeValue(shape, value)} at '${path}' failed to satisfy constraint: Member must ${constraint}`,
    );
  switch (shape.type) {
    case 'string': {
      const s = value as string;
      if (shape.min !== undefined && s.length < shape.min)
        fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && s.length > shape.max)
        fail(`have length less than or equal to ${shape.max}`);
      if (shape.pattern !== undefined && !matchesPattern(shape.pattern, s))
        fail(`satisfy regular expression pattern: ${shape.pattern}`);
      if (shape.enum && !shape.enum.includes(s)) fail(`satisfy enum value set: [${shape.enum.join(', ')}]`);
      return;
    }
    case 'blob': {
      const b = value as Uint8Array;
      if (shape.min !== undefined && b.length < shape.min)
        fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && b.length > shape.max)
        fail(`have length less than or equal to ${shape.max}`);
      return;
    }
    case 'integer': {
      const n = value as number;
      if (shape.min !== undefined && n < shape.min) fail(`have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && n > shape.max) fail(`have value less than or equal to ${shape.max}`);
      return;
    }
    case 'boolean':
    case 'timestamp':
      return;
    case 'list': {
      const items = value as unknown[];
      if (shape.min !== undefined && items.length < shape.min)
        fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && items.length > shape.max)
        fail(`have length less than or equal to ${shape.max}`);
      items.forEach((item, i) => {
        check(shape.member, item, `${path}.${i + 1}.member`, out);
      });
      return;
    }
    case 'map':
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        check(shape.key, k, `${path}.${k}.key`, out);
        check(shape.value, v, `${path}.${k}.value`, out);
      }
      return;
    case 'structure': {
      const record = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members)) {
        const memberPath = path ? `${path}.${lowerCamel(name)}` : lowerCamel(name);
        const v = record[name];
        if (v === undefined || v === null) {
          if ((shape.required as readonly string[]).includes(name))
            out.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
          continue;
        }
        check(member, v, memberPath, out);
      }
      return;
    }
  }
}

/** Throws ValidationException listing every constraint the request breaks, in model member order. */
export function validateShape(shape: StructureShape, request: unknown): void {
  const errors: string[] = [];
  check(shape, request, '', errors);
  if (errors.length === 0) return;
  const count =
    errors.length === 1 ? '1 validation error detected' : `${errors.length} validation errors detected`;
  throw new KmsError('ValidationException', `${count}: ${errors.join('; ')}`);
}

// --- JSON 1.1 wire decoding (reference §0) ---

function serializationError(path: string, expected: string): KmsError {
  // The real service answers malformed JSON members with a SerializationException (awsJson1_1 protocol).
  return new KmsError('SerializationException', `Expected ${expected} at '${path || 'body'}'`);
}

/** JSON body → typed request: base64 → bytes; checks JSON types; unknown members are ignored as AWS does. */
export function decodeWire(shape: Shape, json: unknown, path = ''): unknown {
  if (json === null || json === undefined) return undefined;
  switch (shape.type) {
    case 'string':
      if (typeof json !== 'string') throw serializationError(path, 'a string');
      return json;
    case 'blob':
      if (typeof json !== 'string') throw serializationError(path, 'a base64 string');
      try {
        return fromBase64(json);
      } catch {
        throw serializationError(path, 'valid base64');
      }
    case 'integer':
      if (typeof json !== 'number' || !Number.isInteger(json)) throw serializationError(path, 'an integer');
      return json;
    case 'boolean':
      if (typeof json !== 'boolean') throw serializationError(path, 'a boolean');
      return json;
    case 'timestamp': {
      const date = typeof json === 'number' ? new Date(json * 1000) : undefined;
      if (!date || Number.isNaN(date.getTime())) throw serializationError(path, 'epoch seconds');
      return date;
    }
    case 'list':
      if (!Array.isArray(json)) throw serializationError(path, 'a list');
      return json.map((item, i) => decodeWire(shape.member, item, `${path}.${i + 1}.member`));
    case 'map': {
      if (typeof json !== 'object' || Array.isArray(json)) throw serializationError(path, 'a map');
      // Map keys are the user's (encryption context): `__proto__` or `constructor` is an ordinary key to AWS.
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, v] of Object.entries(json)) out[k] = decodeWire(shape.value, v, `${path}.${k}`);
      return out;
    }
    case 'structure': {
      if (typeof json !== 'object' || Array.isArray(json)) throw serializationError(path, 'a structure');
      const src = json as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const v = decodeWire(member, src[name], path ? `${path}.${lowerCamel(name)}` : lowerCamel(name));
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
  }
}

// --- CloudTrail requestParameters (reference §9) ---

/**
 * The request as CloudTrail records it: members in lowerCamelCase, map keys (encryption context) kept as
 * given, blobs (plaintext, ciphertext, messages, MACs) and sensitive strings (passwords, secret keys) left out:
 * "Omitted for security: plaintext, ciphertext, data keys".
 */
export function trailParameters(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'blob':
      return undefined;
    case 'timestamp':
      return (value as Date).toISOString();
    case 'string':
      return shape.sensitive ? undefined : value;
    case 'list':
      return (value as unknown[]).map((v) => trailParameters(shape.member, v));
    case 'map': {
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        out[k] = trailParameters(shape.value, v);
      return out;
    }
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const v = trailParameters(member, (value as Record<string, unknown>)[name]);
        if (v !== undefined) out[lowerCamel(name)] = v;
      }
      return out;
    }
    default:
      return value;
  }
}

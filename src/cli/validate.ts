/**
 * botocore's client-side parameter validation (botocore/validate.py `ParamValidator`), which the CLI
 * runs before sending anything: required members, unknown members, Python types, and the model's
 * `min` (length for strings and lists, value for numbers). `max` and patterns are left to the service,
 * exactly like botocore, so the simulated KMS answers those with its own ValidationException.
 * Returns the report lines ("Parameter validation failed:\n" is added by the caller).
 */
import { type Shape, shapeOf } from './model';
import { pyLen, pyStr, pyTypeName } from './python';

const TYPE_NAMES = {
  structure: "<class 'dict'>",
  map: "<class 'dict'>",
  list: "<class 'list'>, <class 'tuple'>",
  string: "<class 'str'>",
  integer: "<class 'int'>",
  long: "<class 'int'>",
  boolean: "<class 'bool'>",
  double: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
} as const;

const isDict = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

function hasType(value: unknown, shape: Shape): boolean {
  switch (shape.type) {
    case 'structure':
    case 'map':
      return isDict(value);
    case 'list':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    // Python's bool is a subclass of int, so True passes an integer check.
    case 'integer':
    case 'long':
      return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'boolean';
    case 'double':
    case 'float':
      return typeof value === 'number' || typeof value === 'boolean';
    case 'boolean':
      return typeof value === 'boolean';
    case 'blob':
      return typeof value === 'string' || value instanceof Uint8Array;
    default:
      return true;
  }
}

const displayName = (name: string): string =>
  name === '' ? 'input' : name.startsWith('.') ? name.slice(1) : name;

export function validateParameters(params: Record<string, unknown>, shape: Shape): string[] {
  const errors: string[] = [];
  const report = (name: string, text: string) => errors.push(text.replace('{name}', displayName(name)));

  const rangeCheck = (name: string, value: number, s: Shape, kind: 'length' | 'value') => {
    if (s.min !== undefined && value < s.min) {
      report(name, `Invalid ${kind} for parameter {name}, value: ${value}, valid min ${kind}: ${s.min}`);
    }
  };

  const visit = (value: unknown, s: Shape, name: string): void => {
    if (!hasType(value, s)) {
      if (s.type === 'blob') {
        report(
          name,
          `Invalid type for parameter {name}, value: ${pyStr(value)}, type: ${pyTypeName(value)}, valid types: ${TYPE_NAMES.blob}`,
        );
      } else if (s.type in TYPE_NAMES) {
        report(
          name,
          `Invalid type for parameter {name}, value: ${pyStr(value)}, type: ${pyTypeName(value)}, valid types: ${TYPE_NAMES[s.type as keyof typeof TYPE_NAMES]}`,
        );
      }
      return;
    }
    switch (s.type) {
      case 'structure': {
        const obj = value as Record<string, unknown>;
        for (const req of s.required ?? []) {
          if (!Object.hasOwn(obj, req)) report(name, `Missing required parameter in {name}: "${req}"`);
        }
        const members = s.members ?? {};
        const known: string[] = [];
        for (const key of Object.keys(obj)) {
          if (Object.hasOwn(members, key)) known.push(key);
          else
            report(
              name,
              `Unknown parameter in {name}: "${key}", must be one of: ${Object.keys(members).join(', ')}`,
            );
        }
        for (const key of known)
          visit(obj[key], shapeOf((members[key] as { shape: string }).shape), `${name}.${key}`);
        return;
      }
      case 'list': {
        const list = value as unknown[];
        rangeCheck(name, list.length, s, 'length');
        const member = shapeOf((s.member as { shape: string }).shape);
        for (const [i, item] of list.entries()) visit(item, member, `${name}[${i}]`);
        return;
      }
      case 'map': {
        const obj = value as Record<string, unknown>;
        const keyShape = shapeOf((s.key as { shape: string }).shape);
        const valueShape = shapeOf((s.value as { shape: string }).shape);
        for (const [k, v] of Object.entries(obj)) {
          visit(k, keyShape, `${name} (key: ${k})`);
          visit(v, valueShape, `${name}.${k}`);
        }
        return;
      }
      case 'string':
        rangeCheck(name, pyLen(value as string), s, 'length');
        return;
      case 'integer':
      case 'long':
      case 'double':
      case 'float':
        rangeCheck(name, Number(value), s, 'value');
        return;
      default:
        return;
    }
  };

  visit(params, shape, '');
  return errors;
}

// Reads a policy document (IAM JSON policy language) into a normalised form the evaluator walks.
// Never throws: malformed parts are kept as "unusable" so evaluation can explain them; the validator
// (validate.ts) reports them with positions.

export type PrincipalSpec = '*' | Readonly<Record<string, readonly string[]>>;

export interface ParsedCondition {
  operator: string;
  key: string;
  /** Each value as a string (JSON numbers/booleans stringified); undefined for objects/null. */
  values: readonly (string | undefined)[];
}

export interface ParsedStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny' | null;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: readonly string[];
  notAction?: readonly string[];
  resource?: readonly string[];
  notResource?: readonly string[];
  conditions: readonly ParsedCondition[];
}

export interface ParsedPolicy {
  version?: string;
  id?: string;
  statements: readonly ParsedStatement[];
}

const cache = new Map<string, ParsedPolicy | null>();
const CACHE_LIMIT = 256;

/** Parse a policy document; null when the text is not JSON or not an object. Results are cached and frozen. */
export function parsePolicy(text: string): ParsedPolicy | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const parsed = readPolicy(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function readPolicy(text: string): ParsedPolicy | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  const rawStatements = json.Statement;
  const list = Array.isArray(rawStatements) ? rawStatements : isObject(rawStatements) ? [rawStatements] : [];
  const statements = list.map((raw, index) => readStatement(raw, index));
  return Object.freeze({
    version: typeof json.Version === 'string' ? json.Version : undefined,
    id: typeof json.Id === 'string' ? json.Id : undefined,
    statements: Object.freeze(statements),
  });
}

function readStatement(raw: unknown, index: number): ParsedStatement {
  if (!isObject(raw)) return { index, effect: null, conditions: [] };
  const effect = raw.Effect === 'Allow' || raw.Effect === 'Deny' ? raw.Effect : null;
  return {
    index,
    sid: typeof raw.Sid === 'string' ? raw.Sid : undefined,
    effect,
    principal: 'Principal' in raw ? readPrincipal(raw.Principal) : undefined,
    notPrincipal: 'NotPrincipal' in raw ? readPrincipal(raw.NotPrincipal) : undefined,
    action: 'Action' in raw ? stringList(raw.Action) : undefined,
    notAction: 'NotAction' in raw ? stringList(raw.NotAction) : undefined,
    resource: 'Resource' in raw ? stringList(raw.Resource) : undefined,
    notResource: 'NotResource' in raw ? stringList(raw.NotResource) : undefined,
    conditions: readConditions(raw.Condition),
  };
}

function readPrincipal(raw: unknown): PrincipalSpec {
  if (raw === '*') return '*';
  if (!isObject(raw)) return {};
  // Null prototype: the principal types are policy text (`{"__proto__": …}` is an unknown type, not a prototype).
  const spec: Record<string, readonly string[]> = Object.create(null);
  for (const [type, value] of Object.entries(raw)) spec[type] = stringList(value);
  return spec;
}

function readConditions(raw: unknown): ParsedCondition[] {
  if (!isObject(raw)) return [];
  const out: ParsedCondition[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    if (!isObject(block)) {
      // A malformed block still counts as a condition that can't hold.
      out.push({ operator, key: '', values: [undefined] });
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      const values = Array.isArray(value) ? value : [value];
      out.push({ operator, key, values: values.map(scalarString) });
    }
  }
  return out;
}

/** IAM accepts a string or an array of strings for Action/Resource/Principal values. */
function stringList(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string');
  return [];
}

function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators") and their evaluation
// ("Creating a condition with multiple context keys or values": keys in a block AND, values for a key OR,
// negated operators NOR; ForAllValues is true for a missing key, ForAnyValue false).
import type { ParsedCondition } from './document';
import { parseArn } from './principal';
import type { ConditionExplanation, ConditionQualifier, ConditionReason, ConditionValue } from './types';
import { substitute, unprotect } from './variables';
import { globMatcher } from './wildcard';

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** A prepared policy value: tests one request value. */
type Matcher = (requestValue: string) => boolean;

interface PositiveOperator {
  family: OperatorFamily;
  /** Whether policy variables are substituted in this family's values. */
  variables: boolean;
  /** `value` is the policy value after variable substitution, in protected form (variables.ts). */
  prepare(value: string): Matcher | null;
}

const numeric = (compare: (a: number, b: number) => boolean): PositiveOperator => ({
  family: 'Numeric',
  variables: false,
  prepare: (p) => {
    const b = toNumber(p);
    return b === null ? null : (r) => ((a) => a !== null && compare(a, b))(toNumber(r));
  },
});

const date = (compare: (a: number, b: number) => boolean): PositiveOperator => ({
  family: 'Date',
  variables: false,
  prepare: (p) => {
    const b = toTime(p);
    return b === null ? null : (r) => ((a) => a !== null && compare(a, b))(toTime(r));
  },
});

const stringOp = (kind: 'equals' | 'ignore-case' | 'like'): PositiveOperator => ({
  family: 'String',
  variables: true,
  prepare: (p) => {
    if (kind === 'like') return globMatcher(p);
    const value = unprotect(p);
    if (kind === 'ignore-case') {
      const lower = value.toLowerCase();
      return (r) => r.toLowerCase() === lower;
    }
    return (r) => r === value;
  },
});

/** ArnEquals and ArnLike behave the same: each of the six colon-delimited parts is matched on its own,
 *  case-sensitively, with `*`/`?` wildcards (IAM condition operators, "Amazon Resource Name (ARN)"). */
const arnOp: PositiveOperator = {
  family: 'Arn',
  variables: true,
  prepare: (p) => {
    const pattern = parseArn(p);
    if (pattern === null) return p === '*' ? () => true : null;
    const parts = [pattern.partition, pattern.service, pattern.region, pattern.account, pattern.resource];
    const matchers = parts.map((part) => globMatcher(part));
    return (r) => {
      const arn = parseArn(r);
      if (arn === null) return false;
      const values = [arn.partition, arn.service, arn.region, arn.account, arn.resource];
      return matchers.every((matches, i) => matches(values[i] ?? ''));
    };
  },
};

// Maps, not object literals: operator names come from policy text, where `constructor` or `__proto__` must
// be an unknown operator rather than a member of Object.prototype.
const POSITIVE: ReadonlyMap<string, PositiveOperator> = new Map(
  Object.entries({
    StringEquals: stringOp('equals'),
    StringEqualsIgnoreCase: stringOp('ignore-case'),
    StringLike: stringOp('like'),
    NumericEquals: numeric((a, b) => a === b),
    NumericLessThan: numeric((a, b) => a < b),
    NumericLessThanEquals: numeric((a, b) => a <= b),
    NumericGreaterThan: numeric((a, b) => a > b),
    NumericGreaterThanEquals: numeric((a, b) => a >= b),
    DateEquals: date((a, b) => a === b),
    DateLessThan: date((a, b) => a < b),
    DateLessThanEquals: date((a, b) => a <= b),
    DateGreaterThan: date((a, b) => a > b),
    DateGreaterThanEquals: date((a, b) => a >= b),
    Bool: {
      family: 'Bool',
      variables: true,
      prepare: (p) => {
        const lower = unprotect(p).toLowerCase();
        return lower === 'true' || lower === 'false' ? (r) => r.toLowerCase() === lower : null;
      },
    },
    BinaryEquals: { family: 'Binary', variables: false, prepare: (p) => (r) => r === p },
    IpAddress: {
      family: 'IpAddress',
      variables: false,
      prepare: (p) => {
        const block = parseCidr(p);
        return block === null ? null : (r) => inCidr(r, block);
      },
    },
    ArnEquals: arnOp,
    ArnLike: arnOp,
  }),
);

/** Negated operators and the positive operator they negate. */
const NEGATED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    StringNotEquals: 'StringEquals',
    StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
    StringNotLike: 'StringLike',
    NumericNotEquals: 'NumericEquals',
    DateNotEquals: 'DateEquals',
    NotIpAddress: 'IpAddress',
    ArnNotEquals: 'ArnEquals',
    ArnNotLike: 'ArnLike',
  }),
);

/** Every base operator name of the IAM reference (without qualifier or IfExists). */
export const CONDITION_OPERATORS: readonly string[] = [...POSITIVE.keys(), ...NEGATED.keys(), 'Null'];

export interface OperatorName {
  base: string;
  qualifier?: ConditionQualifier;
  ifExists: boolean;
  family: OperatorFamily;
  negated: boolean;
}

/** Split `ForAllValues:StringLikeIfExists` into its parts; null when the base operator is unknown. */
export function parseOperator(written: string): OperatorName | null {
  let rest = written;
  let qualifier: ConditionQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix !== 'ForAllValues' && prefix !== 'ForAnyValue') return null;
    qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  // `Null` has no IfExists form (IAM condition operators, "...IfExists").
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  if (base === 'Null') return ifExists ? null : { base, qualifier, ifExists, family: 'Null', negated: false };
  const positive = POSITIVE.get(base) ?? POSITIVE.get(NEGATED.get(base) ?? '');
  if (positive === undefined) return null;
  return { base, qualifier, ifExists, family: positive.family, negated: NEGATED.has(base) };
}

export interface RequestContext {
  /** Case-insensitive lookup of a condition key. */
  get(key: string): ConditionValue | undefined;
  /** Whether `${…}` variables are substituted (the policy's Version is 2012-10-17). */
  variablesEnabled: boolean;
}

function requestValues(value: ConditionValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return [...(value as readonly string[])];
  return [String(value)];
}

function singleValue(value: ConditionValue | undefined): string | undefined {
  if (value === undefined || Array.isArray(value)) return undefined;
  return String(value);
}

/** Evaluate one condition key of one operator block. */
export function evaluateCondition(condition: ParsedCondition, ctx: RequestContext): ConditionExplanation {
  const op = parseOperator(condition.operator);
  const requestValue = condition.key ? ctx.get(condition.key) : undefined;
  const policyValues = condition.values.map((v) => v ?? '');
  const base = {
    operator: condition.operator,
    key: condition.key,
    policyValues,
    requestValue,
  };
  if (op === null) {
    return {
      ...base,
      ifExists: false,
      resolvedPolicyValues: policyValues,
      matched: false,
      reason: 'unknown-operator',
    };
  }
  const named = { ...base, baseOperator: op.base, qualifier: op.qualifier, ifExists: op.ifExists };
  const values = requestValues(requestValue);
  const missing = values.length === 0;

  if (op.family === 'Null') {
    const matched = condition.values.some((v) => {
      const lower = v?.toLowerCase();
      return lower === 'true' ? missing : lower === 'false' ? !missing : false;
    });
    return { ...named, resolvedPolicyValues: policyValues, matched, reason: 'null-check' };
  }

  const positive = POSITIVE.get(op.negated ? (NEGATED.get(op.base) ?? '') : op.base) as PositiveOperator;
  const variableLookup = (key: string) => singleValue(ctx.get(key));
  const resolvedPolicyValues: (string | null)[] = [];
  const matchers: Matcher[] = [];
  let invalid = 0;
  for (const raw of condition.values) {
    const resolved =
      raw === undefined ? null : substitute(raw, variableLookup, positive.variables && ctx.variablesEnabled);
    resolvedPolicyValues.push(resolved === null ? null : unprotect(resolved));
    // An unresolved variable makes that value match nothing (IAM User Guide, policy variables).
    const matcher = resolved === null ? undefined : positive.prepare(resolved);
    if (matcher) matchers.push(matcher);
    else if (matcher === null || raw === undefined) invalid++;
  }
  const anyPolicyValue = (v: string) => matchers.some((m) => m(v));
  const result = (matched: boolean, reason: ConditionReason, outliers?: string[]): ConditionExplanation => ({
    ...named,
    resolvedPolicyValues,
    matched,
    reason: invalid === condition.values.length && !missing ? 'invalid-value' : reason,
    ...(outliers ? { outliers } : {}),
  });

  if (op.qualifier === 'ForAllValues') {
    if (missing) return result(true, 'for-all-values-empty');
    const outliers = values.filter((v) => anyPolicyValue(v) === op.negated);
    return outliers.length === 0
      ? result(true, 'value-matched')
      : result(false, 'for-all-values-outlier', outliers);
  }
  if (missing) {
    if (op.ifExists) return result(true, 'missing-key-if-exists');
    if (op.qualifier === 'ForAnyValue') return result(false, 'missing-key');
    return op.negated ? result(true, 'missing-key-negated') : result(false, 'missing-key');
  }
  if (op.qualifier === 'ForAnyValue') {
    const matched = values.some((v) => anyPolicyValue(v) !== op.negated);
    return result(matched, matched ? 'value-matched' : 'value-not-matched');
  }
  const positiveMatch = values.some(anyPolicyValue);
  return result(
    op.negated ? !positiveMatch : positiveMatch,
    positiveMatch ? 'value-matched' : 'value-not-matched',
  );
}

function toNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Dates are ISO 8601 or epoch seconds (IAM condition operators, "Date condition operators"). */
function toTime(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : t;
}

interface Cidr {
  v6: boolean;
  bits: bigint;
  prefix: number;
}

function parseCidr(text: string): Cidr | null {
  const [addr = '', prefixText] = text.split('/');
  const ip = parseIp(addr);
  if (ip === null) return null;
  const max = ip.v6 ? 128 : 32;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { ...ip, prefix };
}

function inCidr(text: string, block: Cidr): boolean {
  const ip = parseIp(text);
  if (ip === null || ip.v6 !== block.v6) return false;
  const shift = BigInt((block.v6 ? 128 : 32) - block.prefix);
  return ip.bits >> shift === block.bits >> shift;
}

function parseIp(text: string): { v6: boolean; bits: bigint } | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split('.').map(Number);
    if (octets.some((o) => o > 255)) return null;
    return { v6: false, bits: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n) };
  }
  if (!text.includes(':')) return null;
  const [head = '', tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const fill = 8 - left.length - right.length;
  if ((tail === undefined && fill !== 0) || fill < 0) return null;
  const all = [...left, ...Array<string>(fill).fill('0'), ...right];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return { v6: true, bits: all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n) };
}

// Policy linter and PutKeyPolicy validation. Sources: KMS Developer Guide "Key policy format" (32 KB,
// allowed characters), reference §7 (PutKeyPolicy checks and messages), IAM User Guide "IAM JSON policy
// element reference" and "Condition operators", conditions-kms (OverlyPermissiveCondition).
// Severity 'error' = AWS rejects the document; 'warning' = accepted but probably not what was meant.
import { CONDITION_KEYS, type ConditionKeyType, conditionKey, KMS_ACTIONS, kmsAction } from './catalogue';
import { CONDITION_OPERATORS, type OperatorFamily, parseOperator } from './conditions';
import { type JsonNode, lineColumn, parseJson } from './json-source';
import { nearest } from './nearest';
import { accountRootArn, isAccountId, isServicePrincipal, parseArn } from './principal';
import { VARIABLES_VERSION, variablesIn } from './variables';
import { globMatcher } from './wildcard';

export type PolicyProblemCode =
  | 'json-syntax'
  | 'duplicate-key'
  | 'policy-too-large'
  | 'invalid-character'
  | 'policy-not-object'
  | 'unknown-field'
  | 'invalid-field-type'
  | 'version-missing'
  | 'invalid-version'
  | 'statement-missing'
  | 'invalid-sid'
  | 'duplicate-sid'
  | 'effect-missing'
  | 'invalid-effect'
  | 'principal-missing'
  | 'principal-not-allowed'
  | 'invalid-principal'
  | 'conflicting-elements'
  | 'action-missing'
  | 'resource-missing'
  | 'statement-has-no-effect'
  | 'invalid-action'
  | 'unknown-action'
  | 'action-matches-nothing'
  | 'action-not-applicable-in-key-policy'
  | 'invalid-resource'
  | 'unknown-operator'
  | 'unknown-condition-key'
  | 'overly-permissive-condition'
  | 'set-operator-on-single-valued-key'
  | 'multivalued-key-needs-set-operator'
  | 'operator-type-mismatch'
  | 'invalid-condition-value'
  | 'variable-needs-version'
  | 'unknown-policy-variable';

export type JsonPath = readonly (string | number)[];

export interface PolicyProblem {
  severity: 'error' | 'warning';
  code: PolicyProblemCode;
  path: JsonPath;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  params: Readonly<Record<string, string | number>>;
}

export interface ValidateOptions {
  kind: 'key' | 'identity';
  /** Whether an IAM principal ARN exists (PutKeyPolicy rejects statements naming unknown principals). */
  principalExists?: (arn: string) => boolean;
}

/** Key policy document limit: 32 KB (32,768 bytes), not adjustable (KMS quotas; reference §7). */
export const KEY_POLICY_MAX_BYTES = 32_768;
const VERSIONS = [VARIABLES_VERSION, '2008-10-17'];
const TOP_FIELDS = ['Version', 'Id', 'Statement'];
const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const MAX_CHARACTER_PROBLEMS = 10;

/** Condition-key types each operator family is meant for (IAM condition operators). */
const FAMILY_TYPES: Record<Exclude<OperatorFamily, 'Null'>, readonly ConditionKeyType[]> = {
  String: ['String', 'ArrayOfString', 'ARN'],
  Arn: ['ARN'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  Binary: [],
  IpAddress: ['IPAddress'],
};

/** Every operator spelling, for "did you mean". */
const OPERATOR_SPELLINGS = CONDITION_OPERATORS.flatMap((op) =>
  op === 'Null' ? [op] : [op, `${op}IfExists`],
);

export function validatePolicyDocument(text: string, opts: ValidateOptions): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (
    severity: PolicyProblem['severity'],
    code: PolicyProblemCode,
    path: JsonPath,
    offset: number,
    params = {},
  ) => problems.push({ severity, code, path, ...lineColumn(text, offset), params });

  if (opts.kind === 'key') {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > KEY_POLICY_MAX_BYTES)
      at('error', 'policy-too-large', [], 0, { bytes, limit: KEY_POLICY_MAX_BYTES });
  }
  let badCharacters = 0;
  for (let i = 0; i < text.length && badCharacters < MAX_CHARACTER_PROBLEMS; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII, the Latin-1 supplement, tab, LF and CR (KMS "Key policy format").
    if (
      !(
        code === 0x09 ||
        code === 0x0a ||
        code === 0x0d ||
        (code >= 0x20 && code <= 0x7e) ||
        (code >= 0x80 && code <= 0xff)
      )
    ) {
      at('error', 'invalid-character', [], i, { codePoint: text.codePointAt(i) ?? code });
      badCharacters++;
    }
  }

  const parsed = parseJson(text);
  if (!parsed.ok) {
    at('error', 'json-syntax', [], parsed.offset, { reason: parsed.code });
    return problems;
  }
  for (const d of parsed.duplicateKeys) at('warning', 'duplicate-key', d.path, d.offset, { key: d.key });
  const root = parsed.root;
  if (root.type !== 'object') {
    at('error', 'policy-not-object', [], root.start);
    return problems;
  }

  const field = (node: JsonNode & { type: 'object' }, name: string) =>
    node.entries.find((e) => e.key === name);
  const unknownFields = (node: JsonNode & { type: 'object' }, allowed: string[], path: JsonPath) => {
    for (const e of node.entries) {
      if (!allowed.includes(e.key)) {
        const suggestion = nearest(e.key, allowed);
        at('error', 'unknown-field', [...path, e.key], e.keyStart, {
          field: e.key,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  };
  unknownFields(root, TOP_FIELDS, []);

  const version = field(root, 'Version');
  if (version === undefined) at('warning', 'version-missing', [], root.start);
  else if (version.value.type !== 'string' || !VERSIONS.includes(version.value.value)) {
    at('error', 'invalid-version', ['Version'], version.value.start, { value: scalarText(version.value) });
  }
  const variablesEnabled = version?.value.type === 'string' && version.value.value === VARIABLES_VERSION;
  const id = field(root, 'Id');
  if (id && id.value.type !== 'string')
    at('error', 'invalid-field-type', ['Id'], id.value.start, { field: 'Id', expected: 'string' });

  const statement = field(root, 'Statement');
  if (statement === undefined) {
    at('error', 'statement-missing', [], root.start);
    return problems;
  }
  const statements: { node: JsonNode; path: JsonPath }[] =
    statement.value.type === 'array'
      ? statement.value.items.map((node, i) => ({ node, path: ['Statement', i] }))
      : [{ node: statement.value, path: ['Statement'] }];
  const sids = new Set<string>();

  for (const { node, path } of statements) {
    if (node.type !== 'object') {
      at('error', 'invalid-field-type', path, node.start, { field: 'Statement', expected: 'object' });
      continue;
    }
    unknownFields(node, STATEMENT_FIELDS, path);
    const get = (name: string) => field(node, name);

    const sid = get('Sid');
    if (sid) {
      if (sid.value.type !== 'string')
        at('error', 'invalid-field-type', [...path, 'Sid'], sid.value.start, {
          field: 'Sid',
          expected: 'string',
        });
      else {
        // IAM Sids are alphanumeric; key policies also accept spaces ("Enable IAM User Permissions").
        if (opts.kind === 'identity' && !/^[A-Za-z0-9]*$/.test(sid.value.value)) {
          at('error', 'invalid-sid', [...path, 'Sid'], sid.value.start, { sid: sid.value.value });
        }
        if (sid.value.value !== '' && sids.has(sid.value.value)) {
          at('error', 'duplicate-sid', [...path, 'Sid'], sid.value.start, { sid: sid.value.value });
        }
        sids.add(sid.value.value);
      }
    }

    const effect = get('Effect');
    if (effect === undefined) at('error', 'effect-missing', path, node.start);
    else if (
      effect.value.type !== 'string' ||
      (effect.value.value !== 'Allow' && effect.value.value !== 'Deny')
    ) {
      const value = scalarText(effect.value);
      const suggestion = nearest(value, ['Allow', 'Deny']);
      at('error', 'invalid-effect', [...path, 'Effect'], effect.value.start, {
        value,
        ...(suggestion ? { suggestion } : {}),
      });
    }

    // Principal / NotPrincipal
    const principal = get('Principal') ?? get('NotPrincipal');
    if (get('Principal') && get('NotPrincipal'))
      at('error', 'conflicting-elements', path, node.start, { elements: 'Principal,NotPrincipal' });
    if (opts.kind === 'identity') {
      if (principal) at('error', 'principal-not-allowed', [...path, principal.key], principal.keyStart);
    } else if (principal === undefined) {
      at('error', 'principal-missing', path, node.start);
    } else {
      checkPrincipal(principal.value, [...path, principal.key]);
    }

    // Action / NotAction and Resource / NotResource
    for (const [positive, negative] of [
      ['Action', 'NotAction'],
      ['Resource', 'NotResource'],
    ] as const) {
      const p = get(positive);
      const n = get(negative);
      if (p && n)
        at('error', 'conflicting-elements', path, node.start, { elements: `${positive},${negative}` });
      const element = p ?? n;
      if (element === undefined) {
        // KMS accepts such statements but they never match (reference §7); IAM rejects them.
        if (opts.kind === 'key')
          at('warning', 'statement-has-no-effect', path, node.start, { missing: positive });
        else at('error', positive === 'Action' ? 'action-missing' : 'resource-missing', path, node.start);
        continue;
      }
      for (const { value, valuePath, offset } of stringEntries(
        element.value,
        [...path, element.key],
        element.key,
      )) {
        if (positive === 'Action') checkAction(value, valuePath, offset);
        else checkResource(value, valuePath, offset);
      }
    }

    const condition = get('Condition');
    if (condition) checkConditions(condition.value, [...path, 'Condition']);
  }
  return problems;

  function stringEntries(node: JsonNode, path: JsonPath, name: string) {
    const out: { value: string; valuePath: JsonPath; offset: number }[] = [];
    const items =
      node.type === 'array' ? node.items.map((n, i) => ({ n, p: [...path, i] })) : [{ n: node, p: path }];
    for (const { n, p } of items) {
      if (n.type === 'string') out.push({ value: n.value, valuePath: p, offset: n.start });
      else at('error', 'invalid-field-type', p, n.start, { field: name, expected: 'string' });
    }
    return out;
  }

  function checkPrincipal(node: JsonNode, path: JsonPath) {
    if (node.type === 'string') {
      if (node.value !== '*') at('error', 'invalid-principal', path, node.start, { value: node.value });
      return;
    }
    if (node.type !== 'object') {
      at('error', 'invalid-principal', path, node.start, { value: scalarText(node) });
      return;
    }
    for (const e of node.entries) {
      if (!PRINCIPAL_TYPES.includes(e.key)) {
        at('error', 'invalid-principal', [...path, e.key], e.keyStart, { value: e.key });
        continue;
      }
      for (const { value, valuePath, offset } of stringEntries(e.value, [...path, e.key], e.key)) {
        if (!principalIsValid(e.key, value)) at('error', 'invalid-principal', valuePath, offset, { value });
      }
    }
  }

  function principalIsValid(type: string, value: string): boolean {
    if (type === 'Service') return value === '*' || isServicePrincipal(value);
    if (type !== 'AWS') return value.length > 0;
    if (value === '*') return true;
    const arn = isAccountId(value) ? accountRootArn(value) : value;
    const parsed = parseArn(arn);
    // Principal ARNs can't contain wildcards (IAM JSON policy elements: Principal).
    if (parsed === null || /[*?]/.test(arn) || !isAccountId(parsed.account)) return false;
    const identityArn =
      (parsed.service === 'iam' && /^(root|user\/.+|role\/.+|federated-user\/.+)$/.test(parsed.resource)) ||
      (parsed.service === 'sts' && /^(assumed-role\/[^/]+\/.+|federated-user\/.+)$/.test(parsed.resource));
    return identityArn && (opts.principalExists?.(arn) ?? true);
  }

  function checkAction(value: string, path: JsonPath, offset: number) {
    if (value === '*') return;
    const colon = value.indexOf(':');
    if (colon <= 0 || colon === value.length - 1) {
      at('error', 'invalid-action', path, offset, { value });
      return;
    }
    if (value.slice(0, colon).toLowerCase() !== 'kms') return;
    const info = kmsAction(value);
    if (/[*?]/.test(value)) {
      if (!matchesSomeKmsAction(value)) at('warning', 'action-matches-nothing', path, offset, { value });
    } else if (info === undefined) {
      const suggestion = nearest(
        value,
        KMS_ACTIONS.map((a) => a.action),
      );
      at('warning', 'unknown-action', path, offset, { value, ...(suggestion ? { suggestion } : {}) });
    } else if (opts.kind === 'key' && info.resource === 'none') {
      // e.g. kms:CreateKey, kms:ListKeys: "valid only in an IAM policy" (key-policy-default).
      at('warning', 'action-not-applicable-in-key-policy', path, offset, { value });
    }
  }

  function checkResource(value: string, path: JsonPath, offset: number) {
    if (value !== '*' && parseArn(value) === null) at('error', 'invalid-resource', path, offset, { value });
    checkVariables(value, path, offset);
  }

  /** Policy variables work only under Version 2012-10-17, and only name request context keys. */
  function checkVariables(value: string, path: JsonPath, offset: number) {
    for (const variable of variablesIn(value)) {
      if (!variablesEnabled)
        at('warning', 'variable-needs-version', path, offset, { variable, version: VARIABLES_VERSION });
      const service = variable.split(':')[0]?.toLowerCase();
      if ((service === 'aws' || service === 'kms') && conditionKey(variable) === undefined) {
        const suggestion = nearest(
          variable,
          CONDITION_KEYS.map((k) => k.name),
        );
        at('warning', 'unknown-policy-variable', path, offset, {
          variable,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  }

  function checkConditions(node: JsonNode, path: JsonPath) {
    if (node.type !== 'object') {
      at('error', 'invalid-field-type', path, node.start, { field: 'Condition', expected: 'object' });
      return;
    }
    for (const block of node.entries) {
      const blockPath = [...path, block.key];
      const op = parseOperator(block.key);
      if (op === null) {
        at('error', 'unknown-operator', blockPath, block.keyStart, {
          operator: block.key,
          ...operatorSuggestion(block.key),
        });
      }
      if (block.value.type !== 'object') {
        at('error', 'invalid-field-type', blockPath, block.value.start, {
          field: block.key,
          expected: 'object',
        });
        continue;
      }
      for (const entry of block.value.entries) {
        const keyPath = [...blockPath, entry.key];
        const info = conditionKey(entry.key);
        const service = entry.key.split(':')[0]?.toLowerCase();
        if (info === undefined && (service === 'kms' || service === 'aws')) {
          const suggestion = nearest(
            entry.key,
            CONDITION_KEYS.map((k) => k.name),
          );
          at('warning', 'unknown-condition-key', keyPath, entry.keyStart, {
            key: entry.key,
            ...(suggestion ? { suggestion } : {}),
          });
        }
        const values = entry.value.type === 'array' ? entry.value.items : [entry.value];
        for (const [i, v] of values.entries()) {
          if (v.type === 'object' || v.type === 'array' || v.type === 'null') {
            at(
              'error',
              'invalid-condition-value',
              entry.value.type === 'array' ? [...keyPath, i] : keyPath,
              v.start,
              { key: entry.key },
            );
          }
        }
        if (op === null || info === undefined) continue;
        const multivalued = info.type === 'ArrayOfString';
        const lowerName = info.name.toLowerCase();
        if (
          op.qualifier === 'ForAllValues' &&
          (lowerName === 'kms:encryptioncontext:' || lowerName === 'aws:requesttag/')
        ) {
          // KMS rejects these: "OverlyPermissiveCondition … To fix, remove ForAllValues." (conditions-kms)
          at(
            opts.kind === 'key' ? 'error' : 'warning',
            'overly-permissive-condition',
            keyPath,
            entry.keyStart,
            {
              key: entry.key,
              operator: block.key,
            },
          );
        } else if (op.qualifier && !multivalued) {
          at('warning', 'set-operator-on-single-valued-key', keyPath, entry.keyStart, {
            key: entry.key,
            operator: block.key,
          });
        } else if (!op.qualifier && multivalued && op.family !== 'Null') {
          at('warning', 'multivalued-key-needs-set-operator', keyPath, entry.keyStart, {
            key: entry.key,
            operator: block.key,
          });
        }
        if (op.family !== 'Null' && !FAMILY_TYPES[op.family].includes(info.type)) {
          at('warning', 'operator-type-mismatch', keyPath, entry.keyStart, {
            key: entry.key,
            operator: block.key,
            keyType: info.type,
          });
        }
        for (const v of values) {
          if (v.type === 'object' || v.type === 'array' || v.type === 'null') continue;
          if (v.type === 'string') checkVariables(v.value, keyPath, v.start);
          if (!valueFits(op.family, scalarText(v))) {
            at('warning', 'invalid-condition-value', keyPath, v.start, {
              key: entry.key,
              operator: block.key,
              value: scalarText(v),
            });
          }
        }
      }
    }
  }
}

const wildcardCoverage = new Map<string, boolean>();

/** Whether a wildcard action pattern covers at least one KMS action (memoised: the linter runs per keystroke). */
function matchesSomeKmsAction(pattern: string): boolean {
  const key = pattern.toLowerCase();
  let covered = wildcardCoverage.get(key);
  if (covered === undefined) {
    const matches = globMatcher(key, true);
    covered = KMS_ACTIONS.some((a) => matches(a.action));
    if (wildcardCoverage.size > 1024) wildcardCoverage.clear();
    wildcardCoverage.set(key, covered);
  }
  return covered;
}

function operatorSuggestion(written: string): { suggestion?: string } {
  const colon = written.indexOf(':');
  const qualifier = colon >= 0 ? written.slice(0, colon) : '';
  const base = colon >= 0 ? written.slice(colon + 1) : written;
  const fixedQualifier = qualifier ? (nearest(qualifier, ['ForAllValues', 'ForAnyValue']) ?? qualifier) : '';
  const fixedBase = parseOperator(base) ? base : nearest(base, OPERATOR_SPELLINGS);
  if (fixedBase === undefined) return {};
  const suggestion = fixedQualifier ? `${fixedQualifier}:${fixedBase}` : fixedBase;
  return suggestion === written ? {} : { suggestion };
}

function valueFits(family: OperatorFamily, value: string): boolean {
  switch (family) {
    case 'Bool':
    case 'Null':
      return value.toLowerCase() === 'true' || value.toLowerCase() === 'false';
    case 'Numeric':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'Date':
      return /^\d+$/.test(value) || !Number.isNaN(Date.parse(value));
    default:
      return true;
  }
}

function scalarText(node: JsonNode): string {
  if (node.type === 'object' || node.type === 'array') return node.type;
  return String(node.value);
}

/** The exception PutKeyPolicy/CreateKey returns for a document with errors, or undefined when it is accepted. */
export function policyDocumentError(
  problems: readonly PolicyProblem[],
): { name: 'MalformedPolicyDocumentException' | 'LimitExceededException'; message: string } | undefined {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return undefined;
  if (errors.some((p) => p.code === 'policy-too-large'))
    return { name: 'LimitExceededException', message: '' };
  if (errors.some((p) => p.code === 'invalid-principal')) {
    return {
      name: 'MalformedPolicyDocumentException',
      message: 'Policy contains a statement with one or more invalid principals.',
    };
  }
  const overlyPermissive = errors.find((p) => p.code === 'overly-permissive-condition');
  if (overlyPermissive) {
    // conditions-kms documents the text for kms:EncryptionContext:*; for aws:RequestTag/* it gives the same
    // sentence with "tag" in place of "encryption context".
    const tag = String(overlyPermissive.params.key).toLowerCase().startsWith('aws:requesttag/');
    const what = tag ? 'tag' : 'encryption context';
    return {
      name: 'MalformedPolicyDocumentException',
      message: `OverlyPermissiveCondition:${tag ? 'RequestTag' : 'EncryptionContext'}: Using the ForAllValues set operator with a single-valued condition key matches requests without the specified ${what} or with an unspecified ${what}. To fix, remove ForAllValues.`,
    };
  }
  // KMS answers other malformed documents with an empty message (aws/aws-sdk-ruby#1784, "No error message
  // for malformed policy statement in KMS create_key").
  return { name: 'MalformedPolicyDocumentException', message: '' };
}

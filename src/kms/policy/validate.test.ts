import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from './json-source';
import { ACCOUNT, ALICE, policy, rootDelegation } from './testing';
import {
  KEY_POLICY_MAX_BYTES,
  type PolicyProblem,
  policyDocumentError,
  validatePolicyDocument,
} from './validate';

const key = (text: string, principalExists?: (arn: string) => boolean) =>
  validatePolicyDocument(text, { kind: 'key', ...(principalExists ? { principalExists } : {}) });
const identity = (text: string) => validatePolicyDocument(text, { kind: 'identity' });
/** `${name}` as policy text. */
const variable = (name: string) => `\${${name}}`;
const codes = (problems: PolicyProblem[]) => problems.map((p) => `${p.severity}:${p.code}`);

describe('JSON syntax errors carry line and column', () => {
  // Positions counted by hand (1-based line, 1-based column in UTF-16 code units).
  it.each([
    ['empty document', '', 'unexpected-end', 1, 1],
    ['trailing comma in object', '{"a": 1,}', 'trailing-comma', 1, 9],
    ['trailing comma in array', '{"a": [1,]}', 'trailing-comma', 1, 10],
    ['missing colon on line 2', '{\n"a" 1}', 'expected-colon', 2, 5],
    ['misspelt literal after CRLF', '{\r\n  "a": tru }', 'unexpected-character', 2, 8],
    ['raw newline inside a string', '{"a": "x\ny"}', 'unterminated-string', 1, 9],
    ['unterminated string points at its quote', '{"a": "unterminated', 'unterminated-string', 1, 7],
    ['leading zero', '{"a": 01}', 'invalid-number', 1, 7],
    ['bad escape', '{"a": "\\q"}', 'invalid-escape', 1, 8],
    ['missing comma in an array on line 3', '\n\n   {"a" : [1 2]}', 'unexpected-character', 3, 14],
    ['content after the document', '{} x', 'trailing-content', 1, 4],
    ['unclosed array', '[1, 2', 'unexpected-end', 1, 6],
    ['single quotes', "{'a': 1}", 'expected-property-name', 1, 2],
    ['absurd nesting', '['.repeat(100_000), 'nesting-too-deep', 1, 258],
    ['CR-only line ends', '{\r"a":\r\r  x}', 'unexpected-character', 4, 3],
  ])('%s', (_name, text, reason, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    const [problem] = key(text).filter((p) => p.code === 'json-syntax');
    expect(problem).toMatchObject({ severity: 'error', params: { reason }, line, column });
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ':',
        ',',
        ' ',
        '\n',
        '1',
        '0',
        '-',
        '.',
        'e',
        'a',
        '\\',
        't',
        'r',
        'u',
        'n',
        'l',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJson(text).ok).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same values as JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const parsed = parseJson(text);
        expect(parsed.ok).toBe(true);
        const toValue = (n: ReturnType<typeof parseJson> & { ok: true }): unknown => {
          const walk = (node: (typeof n)['root']): unknown =>
            node.type === 'object'
              ? Object.fromEntries(node.entries.map((e) => [e.key, walk(e.value)]))
              : node.type === 'array'
                ? node.items.map(walk)
                : node.value;
          return walk(n.root);
        };
        if (parsed.ok) expect(toValue(parsed)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('lineColumn handles LF, CRLF and CR', () => {
    expect(lineColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('lint', () => {
  const statement = (extra: Record<string, unknown>) =>
    policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Encrypt', Resource: '*', ...extra });

  it.each([
    ['StringEqual', 'StringEquals'],
    ['stringequals', 'StringEquals'],
    ['StringLikeIfExist', 'StringLikeIfExists'],
    ['ForAllValue:StringEquals', 'ForAllValues:StringEquals'],
    ['ForAnyValues:StringLike', 'ForAnyValue:StringLike'],
    ['ArnEqual', 'ArnEquals'],
    ['Bol', 'Bool'],
    ['NumericLessThen', 'NumericLessThan'],
  ])('suggests %s → %s', (written, suggestion) => {
    const problems = key(statement({ Condition: { [written]: { 'kms:CallerAccount': ACCOUNT } } }));
    expect(problems.find((p) => p.code === 'unknown-operator')).toMatchObject({
      severity: 'error',
      path: ['Statement', 0, 'Condition', written],
      params: { operator: written, suggestion },
    });
  });

  it('points at the misspelt operator', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*",\n    "Condition": {"StringEqual": {"kms:CallerAccount": "111122223333"}}\n  }]\n}';
    expect(key(text).find((p) => p.code === 'unknown-operator')).toMatchObject({ line: 5, column: 19 });
  });

  it('accepts the API default key policy without problems', () => {
    expect(key(policy(rootDelegation()))).toEqual([]);
  });

  it.each([
    [
      'unknown top-level field',
      JSON.stringify({ Version: '2012-10-17', Statment: [] }),
      ['error:unknown-field', 'error:statement-missing'],
    ],
    ['misspelt statement field', statement({ Efect: 'Allow' }), ['error:unknown-field']],
    [
      'bad Effect',
      policy({ Effect: 'allow', Principal: '*', Action: 'kms:*', Resource: '*' }),
      ['error:invalid-effect'],
    ],
    [
      'key policy statement without Principal',
      policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
      ['error:principal-missing'],
    ],
    [
      'statement without Action is accepted but inert',
      policy({ Effect: 'Allow', Principal: '*', Resource: '*' }),
      ['warning:statement-has-no-effect'],
    ],
    ['unknown kms action', statement({ Action: 'kms:Encrpyt' }), ['warning:unknown-action']],
    [
      'wildcard that matches no kms action',
      statement({ Action: 'kms:Frobnicate*' }),
      ['warning:action-matches-nothing'],
    ],
    [
      'IAM-only action in a key policy',
      statement({ Action: 'kms:CreateKey' }),
      ['warning:action-not-applicable-in-key-policy'],
    ],
    [
      'unknown condition key',
      statement({ Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKey': 'a' } } }),
      ['warning:unknown-condition-key'],
    ],
    [
      'multivalued key without a set operator',
      statement({ Condition: { StringEquals: { 'kms:EncryptionContextKeys': 'a' } } }),
      ['warning:multivalued-key-needs-set-operator'],
    ],
    [
      'set operator on a single-valued key',
      statement({ Condition: { 'ForAnyValue:StringEquals': { 'kms:CallerAccount': ACCOUNT } } }),
      ['warning:set-operator-on-single-valued-key'],
    ],
    [
      'ForAllValues with kms:EncryptionContext:',
      statement({ Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContext:Dept': 'IT' } } }),
      ['error:overly-permissive-condition'],
    ],
    [
      'operator of the wrong type',
      statement({ Condition: { NumericEquals: { 'kms:ViaService': '1' } } }),
      ['warning:operator-type-mismatch'],
    ],
    [
      'Bool with a non-boolean value',
      statement({ Condition: { Bool: { 'kms:GrantIsForAWSResource': 'yes' } } }),
      ['warning:invalid-condition-value'],
    ],
    [
      'object as a condition value',
      statement({ Condition: { StringEquals: { 'kms:ViaService': { a: 1 } } } }),
      ['error:invalid-condition-value'],
    ],
    [
      'wildcard inside a principal ARN',
      statement({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/*` } }),
      ['error:invalid-principal'],
    ],
    ['unknown principal type', statement({ Principal: { Amazon: '*' } }), ['error:invalid-principal']],
    [
      'duplicate Sid',
      policy({ ...rootDelegation(), Sid: 'A' }, { ...rootDelegation(), Sid: 'A' }),
      ['error:duplicate-sid'],
    ],
    [
      'Action and NotAction together',
      statement({ NotAction: 'kms:Decrypt' }),
      ['error:conflicting-elements'],
    ],
    [
      'bad Version',
      JSON.stringify({ Version: '2012-10-18', Statement: [rootDelegation()] }),
      ['error:invalid-version'],
    ],
    ['missing Version', JSON.stringify({ Statement: [rootDelegation()] }), ['warning:version-missing']],
    [
      'variable in a 2008-10-17 policy',
      JSON.stringify({
        Version: '2008-10-17',
        Statement: [
          { ...rootDelegation(), Resource: `arn:aws:kms:*:${variable('aws:PrincipalAccount')}:key/*` },
        ],
      }),
      ['warning:variable-needs-version'],
    ],
    [
      'misspelt policy variable',
      statement({ Condition: { StringEquals: { 'kms:CallerAccount': variable('aws:PrincipalAcount') } } }),
      ['warning:unknown-policy-variable'],
    ],
    [
      'duplicate JSON key',
      '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[]}',
      ['warning:duplicate-key'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(codes(key(text))).toEqual(expected);
  });

  it.each([
    [
      'Principal in an identity policy',
      policy({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }),
      ['error:principal-not-allowed'],
    ],
    [
      'identity statement without Resource',
      policy({ Effect: 'Allow', Action: 'kms:*' }),
      ['error:resource-missing'],
    ],
    [
      'identity Sid with spaces',
      policy({ Sid: 'Allow use', Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
      ['error:invalid-sid'],
    ],
    [
      'IAM-only action is fine in an identity policy',
      policy({ Effect: 'Allow', Action: 'kms:CreateKey', Resource: '*' }),
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(codes(identity(text))).toEqual(expected);
  });

  it('reports characters outside the allowed set with their position', () => {
    const text = policy({ ...rootDelegation(), Sid: 'Use → key' });
    const problem = key(text).find((p) => p.code === 'invalid-character');
    expect(problem).toMatchObject({ line: 1, column: text.indexOf('→') + 1, params: { codePoint: 0x2192 } });
    expect(key(policy({ ...rootDelegation(), Sid: 'Clé' }))).toEqual([]);
  });

  it('enforces 32 KB for key policies', () => {
    const big = policy(rootDelegation(), { ...rootDelegation(), Sid: 'x'.repeat(KEY_POLICY_MAX_BYTES) });
    const problems = key(big);
    expect(codes(problems)).toEqual(['error:policy-too-large']);
    expect(policyDocumentError(problems)).toEqual({ name: 'LimitExceededException', message: '' });
  });
});

describe('policyDocumentError (PutKeyPolicy)', () => {
  it('rejects principals that do not exist with the AWS message', () => {
    const text = policy(rootDelegation(), {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Ghost` },
      Action: 'kms:*',
      Resource: '*',
    });
    const exists = (arn: string) => !arn.endsWith('/Ghost');
    expect(policyDocumentError(key(text, exists))).toEqual({
      name: 'MalformedPolicyDocumentException',
      message: 'Policy contains a statement with one or more invalid principals.',
    });
    expect(policyDocumentError(key(text))).toBeUndefined();
  });

  it('rejects ForAllValues with kms:EncryptionContext: with the OverlyPermissiveCondition message', () => {
    const text = policy({
      ...rootDelegation(),
      Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContext:Dept': 'IT' } },
    });
    expect(policyDocumentError(key(text))?.message).toBe(
      'OverlyPermissiveCondition:EncryptionContext: Using the ForAllValues set operator with a single-valued condition key matches requests without the specified encryption context or with an unspecified encryption context. To fix, remove ForAllValues.',
    );
  });

  it('answers other malformed documents with an empty message, and accepts warnings', () => {
    expect(policyDocumentError(key('not json'))).toEqual({
      name: 'MalformedPolicyDocumentException',
      message: '',
    });
    expect(
      policyDocumentError(key(policy({ Effect: 'Allow', Principal: '*', Resource: '*' }))),
    ).toBeUndefined();
  });
});

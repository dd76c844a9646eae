// Property tests: wildcard matching against a reference matcher, and "an applicable explicit Deny always
// wins" (IAM User Guide, "Policy evaluation logic").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize } from './authorize';
import { evaluateCondition } from './conditions';
import {
  ACCOUNT,
  ADMIN,
  ALICE,
  BOB_OTHER,
  KEY_ARN,
  OTHER_ACCOUNT,
  policy,
  request,
  rootDelegation,
} from './testing';
import { matchesAction, matchesGlob } from './wildcard';

/** Reference glob matcher by dynamic programming, independent of the regex implementation. */
function referenceGlob(pattern: string, value: string): boolean {
  const p = [...pattern];
  const v = [...value];
  let row = Array<boolean>(v.length + 1).fill(false);
  row[0] = true;
  for (const ch of p) {
    const next = Array<boolean>(v.length + 1).fill(false);
    if (ch === '*') {
      next[0] = row[0] ?? false;
      for (let j = 1; j <= v.length; j++) next[j] = (row[j] ?? false) || (next[j - 1] ?? false);
    } else {
      for (let j = 1; j <= v.length; j++) next[j] = (row[j - 1] ?? false) && (ch === '?' || ch === v[j - 1]);
    }
    row = next;
  }
  return row[v.length] ?? false;
}

const patternChars = fc.constantFrom('a', 'b', ':', '/', '.', '*', '?', '(', '$');
const valueChars = fc.constantFrom('a', 'b', ':', '/', '.', '(', '$');

describe('wildcards', () => {
  it('match like the reference matcher', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: patternChars, maxLength: 8 }),
        fc.string({ unit: valueChars, maxLength: 8 }),
        (p, v) => {
          expect(matchesGlob(p, v)).toBe(referenceGlob(p, v));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a value always matches itself with any parts replaced by * or single characters by ?', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: valueChars, minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (v, cuts) => {
          let p = v;
          for (const cut of cuts) {
            const i = cut % p.length;
            p = cut % 2 === 0 ? `${p.slice(0, i)}*${p.slice(i + 1)}` : `${p.slice(0, i)}?${p.slice(i + 1)}`;
          }
          expect(matchesGlob(p, v)).toBe(true);
        },
      ),
    );
  });

  it('actions compare without regard to case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kms:Encrypt', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom'),
        fc.boolean(),
        (a, upper) => {
          const pattern = upper ? a.toUpperCase() : a.toLowerCase();
          expect(matchesAction(pattern, a)).toBe(true);
          expect(matchesAction(`${pattern.slice(0, 7)}*`, a)).toBe(true);
        },
      ),
    );
  });
});

describe('conditions', () => {
  const negation = {
    StringEquals: 'StringNotEquals',
    StringLike: 'StringNotLike',
    StringEqualsIgnoreCase: 'StringNotEqualsIgnoreCase',
    ArnLike: 'ArnNotLike',
    ArnEquals: 'ArnNotEquals',
    NumericEquals: 'NumericNotEquals',
    DateEquals: 'DateNotEquals',
    IpAddress: 'NotIpAddress',
  } as const;
  const ops = Object.keys(negation) as (keyof typeof negation)[];
  const values = fc.constantFrom(
    'a',
    'A',
    'a*',
    '10',
    '10.0',
    `arn:aws:iam::${ACCOUNT}:role/*`,
    ADMIN,
    '2026-01-01T00:00:00Z',
    '1767225600',
    '10.0.0.0/8',
    '10.1.2.3',
  );
  it('a negated operator is the complement of its positive operator for a present single value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.array(values, { minLength: 1, maxLength: 3 }),
        values,
        (op, policyValues, requestValue) => {
          const ctx = { get: () => requestValue, variablesEnabled: true };
          const positive = evaluateCondition({ operator: op, key: 'k', values: policyValues }, ctx);
          const negated = evaluateCondition({ operator: negation[op], key: 'k', values: policyValues }, ctx);
          expect(negated.matched).toBe(!positive.matched);
        },
      ),
    );
  });

  it('…IfExists is true for a missing key; plain positive operators are false, negated ones true', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.array(values, { minLength: 1, maxLength: 3 }),
        (op, policyValues) => {
          const ctx = { get: () => undefined, variablesEnabled: true };
          const run = (operator: string) =>
            evaluateCondition({ operator, key: 'k', values: policyValues }, ctx).matched;
          expect(run(`${op}IfExists`)).toBe(true);
          expect(run(op)).toBe(false);
          expect(run(negation[op])).toBe(true);
          expect(run(`ForAllValues:${op}`)).toBe(true);
          expect(run(`ForAnyValue:${op}`)).toBe(false);
        },
      ),
    );
  });
});

const principals = [ALICE, ADMIN, BOB_OTHER, `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/s`];
const actions = ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey', 'kms:PutKeyPolicy', 'kms:ReEncryptFrom'];
const statementArb = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Principal: fc.constantFrom<unknown>(
    '*',
    { AWS: ALICE },
    { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    { AWS: OTHER_ACCOUNT },
    { AWS: [ADMIN, BOB_OTHER] },
  ),
  Action: fc.constantFrom<unknown>(
    'kms:*',
    'kms:Encrypt',
    ['kms:Decrypt', 'kms:ReEncrypt*'],
    'kms:Describe*',
  ),
  Resource: fc.constantFrom('*', KEY_ARN),
});
const identityStatementArb = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Action: fc.constantFrom<unknown>('kms:*', 'kms:Encrypt', 'kms:Decrypt'),
  Resource: fc.constantFrom('*', KEY_ARN),
});

describe('explicit deny', () => {
  it('always wins over every allow, grant and delegation', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { maxLength: 5 }),
        fc.array(identityStatementArb, { maxLength: 3 }),
        fc.constantFrom(...principals),
        fc.constantFrom(...actions),
        fc.constantFrom('key-policy', 'identity-policy'),
        (keyStatements, identityStatements, principalArn, action, denyIn) => {
          const principalAccount = principalArn.includes(OTHER_ACCOUNT) ? OTHER_ACCOUNT : ACCOUNT;
          const denyAll = { Effect: 'Deny', Action: action, Resource: '*' };
          const keyPolicy = policy(
            rootDelegation(),
            ...keyStatements,
            ...(denyIn === 'key-policy' ? [{ ...denyAll, Principal: '*' }] : []),
          );
          const identity = policy(...identityStatements, ...(denyIn === 'identity-policy' ? [denyAll] : []));
          const result = authorize(
            request({
              action,
              grantOperation: action.slice(4),
              principalArn,
              principalAccount,
              keyPolicy,
              identityPolicies: [{ name: 'p', document: identity }],
              grants: [{ grantId: 'g', granteePrincipal: principalArn, operations: [action.slice(4)] }],
            }),
          );
          expect(result.decision).toBe('ExplicitDeny');
          const ref = result.decidedBy;
          const decider = result.explanation
            .flatMap((p) => p.statements)
            .find((s) => ref?.kind === 'statement' && s.ref === ref);
          expect(decider?.outcome).toBe('deny');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('without any applicable deny, removing every Deny statement never changes an Allow into a denial', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { maxLength: 5 }),
        fc.constantFrom(...principals),
        fc.constantFrom(...actions),
        (statements, principalArn, action) => {
          const principalAccount = principalArn.includes(OTHER_ACCOUNT) ? OTHER_ACCOUNT : ACCOUNT;
          const base = {
            action,
            principalArn,
            principalAccount,
            identityPolicies: [
              { name: 'p', document: policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) },
            ],
          };
          const withDenies = authorize(request({ ...base, keyPolicy: policy(...statements) }));
          const allowsOnly = authorize(
            request({ ...base, keyPolicy: policy(...statements.filter((s) => s.Effect === 'Allow')) }),
          );
          if (withDenies.allowed) expect(allowsOnly.allowed).toBe(true);
          if (withDenies.decision === 'ImplicitDeny') expect(allowsOnly.decision).toBe('ImplicitDeny');
        },
      ),
      { numRuns: 500 },
    );
  });
});

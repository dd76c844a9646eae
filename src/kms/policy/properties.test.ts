// Property tests: wildcard matching against a reference matcher, and "an applicable explicit Deny always
// wins" (IAM User Guide, "Policy evaluation logic").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyText } from '../testing/hostileJson';
import { authorize } from './authorize';
import { evaluateCondition } from './conditions';
import { suggestFixes } from './fixes';
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
import { validatePolicyDocument } from './validate';
import {
  globMatcher,
  type MatchMeter,
  matchesAction,
  matchesGlob,
  PROTECTED_QUESTION,
  PROTECTED_STAR,
} from './wildcard';

/** Reference glob matcher by dynamic programming, independent of the matcher under test. */
function referenceGlob(pattern: string | readonly string[], value: string): boolean {
  // A string pattern is split into characters; an array may hold `\*`/`\?` for a literal star/question mark.
  const p = typeof pattern === 'string' ? [...pattern] : pattern;
  const v = [...value];
  let row = Array<boolean>(v.length + 1).fill(false);
  row[0] = true;
  for (const ch of p) {
    const next = Array<boolean>(v.length + 1).fill(false);
    if (ch === '*') {
      next[0] = row[0] ?? false;
      for (let j = 1; j <= v.length; j++) next[j] = (row[j] ?? false) || (next[j - 1] ?? false);
    } else {
      const literal = ch.length === 2 && ch.startsWith('\\') ? ch.slice(1) : ch;
      for (let j = 1; j <= v.length; j++)
        next[j] = (row[j - 1] ?? false) && (ch === '?' || literal === v[j - 1]);
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

  it('match like the reference matcher on longer, star-heavy patterns, with literal (protected) wildcards', () => {
    const unquote = (p: string) => p.replaceAll(PROTECTED_STAR, '*').replaceAll(PROTECTED_QUESTION, '?');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', '*', '*', '?', PROTECTED_STAR, PROTECTED_QUESTION),
          maxLength: 16,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 24 }),
        (p, v) => {
          // The reference sees protected characters as the literal characters they stand for.
          const literal = [...p].map((ch) =>
            ch === PROTECTED_STAR || ch === PROTECTED_QUESTION ? `\\${unquote(ch)}` : ch,
          );
          expect(matchesGlob(p, v)).toBe(referenceGlob(literal, v));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ignore case only when asked, like the reference on case-folded text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'ß', 'ÿ', 'Ÿ', '*', '?'), maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'ß', 'ÿ', 'Ÿ'), maxLength: 12 }),
        (p, v) => {
          expect(matchesGlob(p, v, true)).toBe(referenceGlob(p.toLowerCase(), v.toLowerCase()));
          expect(matchesGlob(p, v, false)).toBe(referenceGlob(p, v));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('take at most (|pattern|+1)·(|value|+1) steps on any input, adversarial ones included', () => {
    // The regex this matcher replaced took 22–56 s on `*a*a*a*a*a*ab` against 100 `a`s (issue #13, item 17).
    const adversarial = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 400 }))
      .map(([stars, n]) => ({ pattern: `${'*a'.repeat(stars)}b`, value: 'a'.repeat(n) }));
    const random = fc.record({
      pattern: fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 40 }),
      value: fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 200 }),
    });
    fc.assert(
      fc.property(fc.oneof(adversarial, random), ({ pattern, value }) => {
        const meter: MatchMeter = { steps: 0 };
        globMatcher(pattern)(value, meter);
        expect(meter.steps).toBeLessThanOrEqual(([...pattern].length + 1) * (value.length + 1));
      }),
      { numRuns: 500 },
    );
    const meter: MatchMeter = { steps: 0 };
    expect(globMatcher('*a*a*a*a*a*ab')('a'.repeat(100), meter)).toBe(false);
    expect(meter.steps).toBeLessThanOrEqual(14 * 101);
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

describe('hostile policy documents (issue #13, item 20)', () => {
  // 500 documents, each linted twice, authorised twice and given fixes twice: seconds alone, far more on a busy
  // 2-core machine, so more room than the 20 s default.
  it('are linted, evaluated and given fixes without throwing, whichever side holds them', {
    timeout: 90_000,
  }, () => {
    // Statements that are null or of the wrong type, operators named `constructor`, `__proto__`, `toString`…
    fc.assert(
      fc.property(policyText(KEY_ARN), (text) => {
        for (const kind of ['key', 'identity'] as const) validatePolicyDocument(text, { kind });
        for (const req of [
          request({ keyPolicy: text }),
          request({ identityPolicies: [{ name: 'hostile', document: text }] }),
        ]) {
          const result = authorize(req);
          suggestFixes(req, result);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an operator named like an Object.prototype member is unknown, and never matches', () => {
    for (const operator of [
      'constructor',
      '__proto__',
      'toString',
      'ForAnyValue:valueOf',
      'hasOwnProperty',
    ]) {
      const doc = policy(rootDelegation(), {
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { [operator]: { 'kms:EncryptionContext:k': 'v' } },
      });
      const result = authorize(request({ keyPolicy: doc, context: { 'kms:EncryptionContext:k': 'v' } }));
      expect(result.allowed).toBe(false);
      expect(validatePolicyDocument(doc, { kind: 'key' }).map((p) => p.code)).toContain('unknown-operator');
    }
  });
});

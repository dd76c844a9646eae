import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize } from './authorize';
import { type PolicyEdit, type PolicyFix, suggestFixes } from './fixes';
import {
  ACCOUNT,
  ADMIN,
  ALICE,
  allowAllKms,
  BOB_OTHER,
  iam,
  KEY_ARN,
  OTHER_ACCOUNT,
  policy,
  request,
  rootDelegation,
} from './testing';
import type { AuthorizationRequest } from './types';

function apply(req: AuthorizationRequest, edits: readonly PolicyEdit[]): AuthorizationRequest {
  let next = req;
  for (const e of edits) {
    if (e.target === 'key-policy') next = { ...next, keyPolicy: e.newDocument };
    else {
      const name = e.target.identityPolicy;
      const others = next.identityPolicies.filter((p) => p.name !== name);
      next = { ...next, identityPolicies: [...others, { name, document: e.newDocument }] };
    }
  }
  return next;
}

const fixesFor = (req: AuthorizationRequest) => suggestFixes(req, authorize(req));
const byKind = (fixes: PolicyFix[], kind: PolicyFix['kind']) => fixes.find((f) => f.kind === kind);
const warningCodes = (fix: PolicyFix | undefined) => (fix?.broadens ?? []).map((w) => w.code);

describe('suggestFixes', () => {
  it('works around statements that are not objects and malformed condition blocks (issue #13, item 20)', () => {
    for (const document of [
      '{"Version":"2012-10-17","Statement":[null]}',
      '{"Version":"2012-10-17","Statement":null}',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          rootDelegation(),
          { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { ArnNotEquals: 'x' } },
        ],
      }),
    ]) {
      const fixes = fixesFor(request({ keyPolicy: document }));
      expect(fixes.length).toBeGreaterThan(0);
      for (const fix of fixes)
        expect(authorize(apply(request({ keyPolicy: document }), fix.edits)).allowed).toBe(true);
    }
  });

  it('returns nothing for an allowed request', () => {
    const req = request({ identityPolicies: iam(allowAllKms) });
    expect(fixesFor(req)).toEqual([]);
  });

  it('same account, root delegation but no IAM policy: IAM statement or key-policy statement (KMS policy-evaluation)', () => {
    const req = request();
    const fixes = fixesFor(req);
    const iamFix = byKind(fixes, 'add-identity-policy-statement');
    expect(iamFix?.target).toEqual({ identityPolicy: 'kms-lab-Encrypt' });
    expect(iamFix?.statementAdded).toEqual({
      Sid: 'AllowEncrypt',
      Effect: 'Allow',
      Action: 'kms:Encrypt',
      Resource: KEY_ARN,
    });
    const keyFix = byKind(fixes, 'add-key-policy-statement');
    expect(keyFix?.statementAdded).toEqual({
      Sid: 'AllowEncrypt',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Encrypt',
      Resource: '*',
    });
    expect(keyFix?.broadens).toBeUndefined();
    expect(iamFix?.broadens).toBeUndefined();
  });

  it('root statement removed: naming the caller is narrower than restoring delegation, which is flagged', () => {
    const req = request({
      keyPolicy: policy({
        Sid: 'Admins',
        Effect: 'Allow',
        Principal: { AWS: ADMIN },
        Action: 'kms:*',
        Resource: '*',
      }),
      identityPolicies: iam(allowAllKms),
    });
    const fixes = fixesFor(req);
    expect(fixes[0]?.kind).toBe('add-key-policy-statement');
    const delegation = byKind(fixes, 'add-root-delegation');
    expect(delegation?.statementAdded).toMatchObject({
      Sid: 'Enable IAM User Permissions',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    });
    expect(warningCodes(delegation)).toEqual([
      'delegates-to-iam',
      'allows-other-actions',
      'allows-other-principals',
    ]);
    expect(delegation?.broadens).toContainEqual({
      code: 'allows-other-principals',
      principals: [`arn:aws:iam::${ACCOUNT}:user/AnotherUser`],
    });
  });

  it('explicit deny: exempting the caller is preferred to removing the deny (IAM policy evaluation: deny wins)', () => {
    const deny = { Sid: 'NoEncrypt', Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*' };
    const req = request({ keyPolicy: policy(rootDelegation(), deny), identityPolicies: iam(allowAllKms) });
    const fixes = fixesFor(req);
    const exempt = byKind(fixes, 'exempt-principal-from-deny');
    expect(exempt?.changes).toEqual({
      kind: 'statement',
      policy: { kind: 'key-policy' },
      index: 1,
      sid: 'NoEncrypt',
    });
    expect(JSON.parse(exempt?.newDocument ?? '{}').Statement[1].Condition).toEqual({
      ArnNotEquals: { 'aws:PrincipalArn': [ALICE] },
    });
    expect(warningCodes(exempt)).toEqual([]);
    const remove = byKind(fixes, 'remove-deny-statement');
    expect(warningCodes(remove)).toEqual(['removes-deny', 'allows-other-principals']);
    expect(fixes.indexOf(exempt as PolicyFix)).toBeLessThan(fixes.indexOf(remove as PolicyFix));
  });

  it('explicit deny plus a missing allow: the deny edit is completed by an allow edit', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*' };
    const req = request({ keyPolicy: policy(rootDelegation(), deny) });
    for (const fix of fixesFor(req)) expect(authorize(apply(req, fix.edits)).allowed).toBe(true);
    expect(fixesFor(req).some((f) => f.kind === 'exempt-principal-from-deny' && f.edits.length === 2)).toBe(
      true,
    );
  });

  it('cross-account: a key-policy edit in the owner account and an IAM edit in the caller account', () => {
    const req = request({ principalArn: BOB_OTHER, principalAccount: OTHER_ACCOUNT });
    const fixes = fixesFor(req);
    const named = byKind(fixes, 'add-key-policy-statement');
    expect(named?.edits.map((e) => e.target)).toEqual(['key-policy', { identityPolicy: 'kms-lab-Encrypt' }]);
    const delegation = byKind(fixes, 'add-root-delegation');
    expect(delegation?.statementAdded).toMatchObject({
      Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
      Action: 'kms:Encrypt',
    });
  });

  it('cross-account with the key policy already allowing: only the caller-side IAM statement', () => {
    const req = request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy: policy(rootDelegation(), {
        Effect: 'Allow',
        Principal: { AWS: OTHER_ACCOUNT },
        Action: 'kms:Encrypt',
        Resource: '*',
      }),
    });
    const [first] = fixesFor(req);
    expect(first).toMatchObject({
      kind: 'add-identity-policy-statement',
      edits: [{ target: { identityPolicy: 'kms-lab-Encrypt' } }],
    });
  });

  it('encryption-context near miss: add the value, flagged; the new statement carries the request context', () => {
    const condition = { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } };
    const req = request({
      keyPolicy: policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: condition,
      }),
      encryptionContext: { Dept: 'HR' },
    });
    const fixes = fixesFor(req);
    const widen = byKind(fixes, 'add-condition-value');
    expect(JSON.parse(widen?.newDocument ?? '{}').Statement[0].Condition).toEqual({
      StringEquals: { 'kms:EncryptionContext:Dept': ['IT', 'HR'] },
    });
    expect(widen?.broadens).toEqual([
      { code: 'condition-value-added', key: 'kms:EncryptionContext:Dept', value: 'HR' },
    ]);
    const named = byKind(fixes, 'add-key-policy-statement');
    expect(named?.statementAdded?.Condition).toEqual({
      StringEquals: { 'kms:EncryptionContext:Dept': 'HR' },
    });
    expect(warningCodes(named)).toEqual([]);
  });

  it('a statement without an encryption-context condition is flagged as allowing other contexts', () => {
    const req = request({
      keyPolicy: policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      }),
      context: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
      encryptionContext: { Dept: 'HR' },
    });
    const widen = byKind(fixesFor(req), 'add-condition-value');
    expect(warningCodes(widen)).toEqual(['condition-value-added', 'allows-other-encryption-context']);
  });

  it('AWS managed key called directly: the missing kms:ViaService cannot be fixed by a value', () => {
    const managed = policy({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
      },
    });
    const fixes = fixesFor(request({ keyPolicy: managed }));
    expect(byKind(fixes, 'add-condition-value')).toBeUndefined();
    expect(byKind(fixes, 'add-key-policy-statement')).toBeDefined();
  });

  it('IAM-only action: an identity statement on "*"', () => {
    const req = request({
      action: 'kms:CreateKey',
      grantOperation: undefined,
      resourceArn: '*',
      resourceAccount: undefined,
      keyPolicy: undefined,
      identityPolicies: iam(
        policy({ Sid: 'Other', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
        'dev',
      ),
    });
    const [fix] = fixesFor(req);
    expect(fix).toMatchObject({
      kind: 'add-identity-policy-statement',
      target: { identityPolicy: 'dev' },
      statementAdded: { Action: 'kms:CreateKey', Resource: '*' },
    });
    expect(JSON.parse(fix?.newDocument ?? '{}').Statement).toHaveLength(2);
  });

  it('works through several identical denies plus an IAM deny (fast-check counterexample, seed -1749766001)', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' };
    const req = request({
      action: 'kms:Decrypt',
      grantOperation: 'Decrypt',
      principalArn: ALICE,
      principalAccount: ACCOUNT,
      keyPolicy: policy(deny, deny, deny),
      identityPolicies: iam(policy({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })),
    });
    const fixes = suggestFixes(req, authorize(req));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) expect(authorize(apply(req, fix.edits)).allowed).toBe(true);
  });

  it('every suggested fix really allows the request (property over random denied requests)', () => {
    const principal = fc.constantFrom(
      ALICE,
      ADMIN,
      BOB_OTHER,
      `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/s`,
    );
    const statement = fc.record({
      Effect: fc.constantFrom('Allow', 'Deny'),
      Principal: fc.constantFrom<unknown>(
        '*',
        { AWS: ALICE },
        { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        { AWS: OTHER_ACCOUNT },
      ),
      Action: fc.constantFrom<unknown>('kms:*', 'kms:Encrypt', 'kms:Decrypt'),
      Resource: fc.constant('*'),
      Condition: fc.constantFrom<unknown>(
        undefined,
        { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } },
        { Bool: { 'kms:GrantIsForAWSResource': true } },
      ),
    });
    const identity = fc.constantFrom(
      [],
      iam(allowAllKms),
      iam(policy({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })),
      iam(
        policy({
          Effect: 'Allow',
          Action: 'kms:Encrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        }),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(statement, { maxLength: 4 }),
        identity,
        principal,
        fc.constantFrom('kms:Encrypt', 'kms:Decrypt'),
        fc.constantFrom(undefined, { Dept: 'HR' }, { Dept: 'IT' }),
        (statements, identityPolicies, principalArn, action, encryptionContext) => {
          const req = request({
            action,
            grantOperation: action.slice(4),
            principalArn,
            principalAccount: principalArn.includes(OTHER_ACCOUNT) ? OTHER_ACCOUNT : ACCOUNT,
            keyPolicy: policy(...statements.map((s) => JSON.parse(JSON.stringify(s)))),
            identityPolicies,
            encryptionContext,
          });
          const result = authorize(req);
          const fixes = suggestFixes(req, result);
          if (!result.allowed) expect(fixes.length).toBeGreaterThan(0);
          for (const fix of fixes) {
            expect(fix.edits[0]).toMatchObject({ target: fix.target, newDocument: fix.newDocument });
            expect(authorize(apply(req, fix.edits)).allowed).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

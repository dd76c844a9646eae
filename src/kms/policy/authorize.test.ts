import { describe, expect, it } from 'vitest';
import { authorize } from './authorize';
import { accessDeniedMessage } from './message';
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
  ROOT,
  request,
  rootDelegation,
  type Statement,
} from './testing';
import type { AuthorizationRequest, ExplanationCode } from './types';

// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, not a JS template
const ACCOUNT_VARIABLE_RESOURCE = 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*';

const allow = (principal: unknown, action: unknown, extra: Statement = {}): Statement => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  Resource: '*',
  ...extra,
});
const deny = (principal: unknown, action: unknown, extra: Statement = {}): Statement => ({
  ...allow(principal, action, extra),
  Effect: 'Deny',
});

/** The AWS managed key policy for EBS (KMS Developer Guide, conditions-kms "kms:CallerAccount"). */
const awsManagedEbs = JSON.stringify({
  Version: '2012-10-17',
  Id: 'auto-ebs-2',
  Statement: [
    allow(
      { AWS: '*' },
      [
        'kms:Encrypt',
        'kms:Decrypt',
        'kms:ReEncrypt*',
        'kms:GenerateDataKey*',
        'kms:CreateGrant',
        'kms:DescribeKey',
      ],
      {
        Sid: 'Allow access through EBS for all principals in the account that are authorized to use EBS',
        Condition: {
          StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
        },
      },
    ),
    allow({ AWS: ROOT }, ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'], {
      Sid: 'Allow direct access to key metadata to the account',
    }),
  ],
});

interface Case {
  name: string;
  source: string;
  req: AuthorizationRequest;
  decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  summary: ExplanationCode;
  path?: 'key-policy' | 'iam-via-root-delegation' | 'grant';
}

const ecCondition = (ec: Record<string, string> | undefined, condition: Statement) =>
  request({
    keyPolicy: policy(allow({ AWS: ALICE }, 'kms:Encrypt', { Condition: condition })),
    encryptionContext: ec,
  });

const cases: Case[] = [
  {
    name: 'same account: root statement delegates to an IAM allow',
    source: 'key-policy-default.html "Allows access to the AWS account and enables IAM policies"',
    req: request({ identityPolicies: iam(allowAllKms) }),
    decision: 'Allow',
    summary: 'allowed-by-iam-via-root-delegation',
    path: 'iam-via-root-delegation',
  },
  {
    name: 'same account: root statement alone grants nothing',
    source: 'key-policy-default.html "the policy statement doesn\'t give any IAM users or roles permission"',
    req: request(),
    decision: 'ImplicitDeny',
    summary: 'denied-iam-missing',
  },
  {
    name: 'IAM allow is ineffective once the root statement is removed',
    source:
      'key-policy-default.html "Without this permission, IAM policies that allow access to the key are ineffective"',
    req: request({ keyPolicy: policy(allow({ AWS: ADMIN }, 'kms:*')), identityPolicies: iam(allowAllKms) }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-key-policy-allow-and-no-root-delegation',
  },
  {
    name: 'IAM deny still applies when the key policy names the principal',
    source: 'key-policy-default.html "IAM policies that deny access to the key are still effective"',
    req: request({
      keyPolicy: policy(allow({ AWS: ALICE }, 'kms:*')),
      identityPolicies: iam(policy({ Effect: 'Deny', Action: 'kms:Encrypt', Resource: '*' })),
    }),
    decision: 'ExplicitDeny',
    summary: 'denied-explicit',
  },
  {
    name: 'key policy naming the principal needs no IAM policy',
    source: 'determining-access-key-policy.html; policy-evaluation.html',
    req: request({ keyPolicy: policy(allow({ AWS: ALICE }, ['kms:Encrypt', 'kms:Decrypt'])) }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
    path: 'key-policy',
  },
  {
    name: 'explicit deny in the key policy beats an allow',
    source: 'IAM policy evaluation logic "An explicit deny in any policy overrides any allows"',
    req: request({
      keyPolicy: policy(rootDelegation(), deny({ AWS: ALICE }, 'kms:Encrypt')),
      identityPolicies: iam(allowAllKms),
    }),
    decision: 'ExplicitDeny',
    summary: 'denied-explicit',
  },
  {
    name: 'cross-account: key policy allows the account and the caller has an IAM allow',
    source:
      'key-policy-modifying-external-accounts.html (both the key policy and IAM in the external account)',
    req: request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy: policy(
        rootDelegation(),
        allow({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, 'kms:Encrypt'),
      ),
      identityPolicies: iam(policy({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: KEY_ARN })),
    }),
    decision: 'Allow',
    summary: 'allowed-cross-account',
    path: 'iam-via-root-delegation',
  },
  {
    name: 'cross-account: no IAM policy in the caller account',
    source: 'key-policy-modifying-external-accounts.html',
    req: request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy: policy(rootDelegation(), allow({ AWS: OTHER_ACCOUNT }, 'kms:Encrypt')),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-cross-account-iam-missing',
  },
  {
    name: 'cross-account: principal named directly still needs its IAM allow',
    source: 'key-policy-modifying-external-accounts.html (IAM policies live in the caller account)',
    req: request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy: policy(rootDelegation(), allow({ AWS: BOB_OTHER }, 'kms:Encrypt')),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-cross-account-iam-missing',
  },
  {
    name: 'cross-account: principal named directly plus IAM allow',
    source: 'key-policy-modifying-external-accounts.html',
    req: request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy: policy(rootDelegation(), allow({ AWS: BOB_OTHER }, 'kms:Encrypt')),
      identityPolicies: iam(allowAllKms),
    }),
    decision: 'Allow',
    summary: 'allowed-cross-account',
    path: 'key-policy',
  },
  {
    name: 'cross-account: the owner account root statement does not cover other accounts',
    source: 'key-policy-modifying-external-accounts.html',
    req: request({
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      identityPolicies: iam(allowAllKms),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-cross-account-key-policy-missing',
  },
  {
    name: 'AWS managed key: direct Encrypt is denied even with IAM kms:*',
    source: 'conditions-kms.html kms:ViaService / kms:CallerAccount; reference §1',
    req: request({ principalArn: ADMIN, keyPolicy: awsManagedEbs, identityPolicies: iam(allowAllKms) }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'AWS managed key: Encrypt through EC2/EBS is allowed',
    source: 'conditions-kms.html kms:ViaService',
    req: request({
      principalArn: ADMIN,
      keyPolicy: awsManagedEbs,
      context: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
    path: 'key-policy',
  },
  {
    name: 'AWS managed key: DescribeKey directly through the account statement and IAM',
    source: 'reference §1 ("can read policy, audit use")',
    req: request({
      action: 'kms:DescribeKey',
      grantOperation: 'DescribeKey',
      principalArn: ADMIN,
      keyPolicy: awsManagedEbs,
      identityPolicies: iam(allowAllKms),
    }),
    decision: 'Allow',
    summary: 'allowed-by-iam-via-root-delegation',
    path: 'iam-via-root-delegation',
  },
  {
    name: 'kms:EncryptionContext:Dept StringEquals, matching pair',
    source: 'conditions-kms.html kms:EncryptionContext:context-key',
    req: ecCondition({ Dept: 'IT', Project: 'A' }, { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'kms:EncryptionContext:Dept, key name is not case sensitive',
    source: 'conditions-kms.html "The key name is not case sensitive"',
    req: ecCondition({ dept: 'IT' }, { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'kms:EncryptionContext:Dept, the value is case sensitive under StringEquals',
    source: 'conditions-kms.html "Case sensitivity of the encryption context condition"',
    req: ecCondition({ Dept: 'it' }, { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'kms:EncryptionContext:Dept, no encryption context',
    source: 'IAM condition operators: a missing key makes the condition false',
    req: ecCondition(undefined, { StringEquals: { 'kms:EncryptionContext:Dept': 'IT' } }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'ForAllValues on kms:EncryptionContextKeys allows an empty context',
    source:
      'conditions-kms.html kms:EncryptionContextKeys ("would allow requests with no encryption context")',
    req: ecCondition(undefined, { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['Dept'] } }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'ForAllValues on kms:EncryptionContextKeys rejects an extra key',
    source: 'conditions-kms.html kms:EncryptionContextKeys',
    req: ecCondition(
      { Dept: 'IT', Extra: 'x' },
      { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['Dept'] } },
    ),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'ForAnyValue on kms:EncryptionContextKeys is false without a context',
    source: 'IAM multi-value conditions: ForAnyValue with a missing key is false',
    req: ecCondition(undefined, { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': ['Dept'] } }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'ForAnyValue on kms:EncryptionContextKeys holds when one key is listed',
    source: 'IAM multi-value conditions',
    req: ecCondition(
      { Other: '1', Dept: 'IT' },
      { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': ['Dept'] } },
    ),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'grant without constraints allows its grantee',
    source: 'grants.html',
    req: request({
      action: 'kms:Decrypt',
      grantOperation: 'Decrypt',
      grants: [{ grantId: 'g1', granteePrincipal: ALICE, operations: ['Decrypt'] }],
    }),
    decision: 'Allow',
    summary: 'allowed-by-grant',
    path: 'grant',
  },
  {
    name: 'grant does not cover an operation it does not list',
    source: 'grants.html "grant operations"',
    req: request({ grants: [{ grantId: 'g1', granteePrincipal: ALICE, operations: ['Decrypt'] }] }),
    decision: 'ImplicitDeny',
    summary: 'denied-iam-missing',
  },
  {
    name: 'grant with EncryptionContextEquals and the exact context',
    source: 'API_GrantConstraints',
    req: request({
      encryptionContext: { Dept: 'IT' },
      grants: [
        {
          grantId: 'g1',
          granteePrincipal: ALICE,
          operations: ['Encrypt'],
          constraints: { EncryptionContextEquals: { Dept: 'IT' } },
        },
      ],
    }),
    decision: 'Allow',
    summary: 'allowed-by-grant',
    path: 'grant',
  },
  {
    name: 'grant with EncryptionContextEquals and an extra pair',
    source: 'API_GrantConstraints (EncryptionContextEquals: exact match)',
    req: request({
      encryptionContext: { Dept: 'IT', Extra: 'x' },
      grants: [
        {
          grantId: 'g1',
          granteePrincipal: ALICE,
          operations: ['Encrypt'],
          constraints: { EncryptionContextEquals: { Dept: 'IT' } },
        },
      ],
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-grant-constraints-not-met',
  },
  {
    name: 'grant with EncryptionContextSubset and a superset context; constraint keys ignore case',
    source: 'API_GrantConstraints ("the key in each key-value pair is not case sensitive")',
    req: request({
      encryptionContext: { Dept: 'IT', Extra: 'x' },
      grants: [
        {
          grantId: 'g1',
          granteePrincipal: ALICE,
          operations: ['Encrypt'],
          constraints: { EncryptionContextSubset: { dept: 'IT' } },
        },
      ],
    }),
    decision: 'Allow',
    summary: 'allowed-by-grant',
  },
  {
    name: 'grant constraints do not apply to DescribeKey',
    source: 'API_GrantConstraints ("not applied to … DescribeKey or RetireGrant")',
    req: request({
      action: 'kms:DescribeKey',
      grantOperation: 'DescribeKey',
      grants: [
        {
          grantId: 'g1',
          granteePrincipal: ALICE,
          operations: ['DescribeKey'],
          constraints: { EncryptionContextEquals: { Dept: 'IT' } },
        },
      ],
    }),
    decision: 'Allow',
    summary: 'allowed-by-grant',
  },
  {
    name: 'assumed-role session matches the role ARN in the key policy',
    source: 'IAM JSON policy elements: Principal "Role sessions"',
    req: request({
      principalArn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/session-1`,
      keyPolicy: policy(allow({ AWS: `arn:aws:iam::${ACCOUNT}:role/team/Admin` }, 'kms:Encrypt')),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'assumed-role session of another role does not match',
    source: 'IAM JSON policy elements: Principal',
    req: request({
      principalArn: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/session-1`,
      keyPolicy: policy(allow({ AWS: ADMIN }, 'kms:Encrypt')),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-key-policy-allow-and-no-root-delegation',
  },
  {
    name: 'NotAction: allow everything except Decrypt (Encrypt allowed)',
    source: 'IAM JSON policy elements: NotAction',
    req: request({
      keyPolicy: policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        NotAction: 'kms:Decrypt',
        Resource: '*',
      }),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'NotAction: allow everything except Decrypt (Decrypt not allowed)',
    source: 'IAM JSON policy elements: NotAction',
    req: request({
      action: 'kms:Decrypt',
      keyPolicy: policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        NotAction: 'kms:Decrypt',
        Resource: '*',
      }),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-key-policy-allow-and-no-root-delegation',
  },
  {
    name: 'NotPrincipal with Deny denies everyone but the listed principal',
    source: 'IAM JSON policy elements: NotPrincipal',
    req: request({
      keyPolicy: policy(allow({ AWS: ALICE }, 'kms:*'), {
        Effect: 'Deny',
        NotPrincipal: { AWS: ADMIN },
        Action: 'kms:*',
        Resource: '*',
      }),
    }),
    decision: 'ExplicitDeny',
    summary: 'denied-explicit',
  },
  {
    name: 'NotPrincipal with Deny does not deny the listed principal',
    source: 'IAM JSON policy elements: NotPrincipal',
    req: request({
      principalArn: ADMIN,
      keyPolicy: policy(allow({ AWS: ADMIN }, 'kms:*'), {
        Effect: 'Deny',
        NotPrincipal: { AWS: ADMIN },
        Action: 'kms:*',
        Resource: '*',
      }),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'StringEqualsIfExists holds when the key is absent',
    source: 'IAM condition operators "...IfExists"',
    req: request({
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:Encrypt', {
          Condition: { StringEqualsIfExists: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        }),
      ),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'StringEqualsIfExists fails on another value',
    source: 'IAM condition operators "...IfExists"',
    req: request({
      context: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' },
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:Encrypt', {
          Condition: { StringEqualsIfExists: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        }),
      ),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'Null false requires an encryption context (absent ⇒ denied)',
    source: 'IAM condition operators "Null"; conditions-kms kms:EncryptionContextKeys',
    req: request({
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:Encrypt', {
          Condition: { Null: { 'kms:EncryptionContextKeys': 'false' } },
        }),
      ),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'Null false requires an encryption context (present ⇒ allowed)',
    source: 'IAM condition operators "Null"',
    req: request({
      encryptionContext: { Dept: 'IT' },
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:Encrypt', {
          Condition: { Null: { 'kms:EncryptionContextKeys': 'false' } },
        }),
      ),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'Bool kms:GrantIsForAWSResource true (console "Allow attachment of persistent resources")',
    source: 'key-policy-default.html; conditions-kms kms:GrantIsForAWSResource',
    req: request({
      action: 'kms:CreateGrant',
      grantOperation: 'CreateGrant',
      context: { 'kms:GrantIsForAWSResource': true },
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:CreateGrant', {
          Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
        }),
      ),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'Bool kms:GrantIsForAWSResource absent',
    source: 'conditions-kms kms:GrantIsForAWSResource',
    req: request({
      action: 'kms:CreateGrant',
      grantOperation: 'CreateGrant',
      keyPolicy: policy(
        allow({ AWS: ALICE }, 'kms:CreateGrant', {
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        }),
      ),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-key-policy-conditions-not-met',
  },
  {
    name: 'IAM-only action allowed by an identity policy',
    source: 'kms-api-permissions-reference.html (CreateKey: IAM policy)',
    req: request({
      action: 'kms:CreateKey',
      grantOperation: undefined,
      resourceArn: '*',
      resourceAccount: undefined,
      keyPolicy: undefined,
      identityPolicies: iam(allowAllKms),
    }),
    decision: 'Allow',
    summary: 'allowed-by-identity-policy',
  },
  {
    name: 'IAM-only action without an identity policy',
    source: 'kms-api-permissions-reference.html',
    req: request({
      action: 'kms:CreateKey',
      grantOperation: undefined,
      resourceArn: '*',
      resourceAccount: undefined,
      keyPolicy: undefined,
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-identity-policy-allow',
  },
  {
    name: 'IAM-only action: a key ARN in Resource does not match "*"',
    source: 'Service Authorization Reference: actions without resource types need Resource "*"',
    req: request({
      action: 'kms:ListKeys',
      resourceArn: '*',
      resourceAccount: undefined,
      keyPolicy: undefined,
      identityPolicies: iam(policy({ Effect: 'Allow', Action: 'kms:*', Resource: KEY_ARN })),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-identity-policy-allow',
  },
  {
    name: 'statement without Resource never matches',
    source: 'reference §7 ("statements missing Action or Resource are accepted … but have no effect")',
    req: request({ keyPolicy: policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:*' }) }),
    decision: 'ImplicitDeny',
    summary: 'denied-no-key-policy-allow-and-no-root-delegation',
  },
  {
    name: 'policy variable in an IAM Resource (Version 2012-10-17)',
    source: 'IAM policy elements: Variables',
    req: request({
      identityPolicies: iam(
        policy({
          Effect: 'Allow',
          Action: 'kms:Encrypt',
          Resource: ACCOUNT_VARIABLE_RESOURCE,
        }),
      ),
    }),
    decision: 'Allow',
    summary: 'allowed-by-iam-via-root-delegation',
  },
  {
    name: 'policy variable is literal text in a Version 2008-10-17 policy',
    source: 'IAM policy elements: Variables ("only … Version 2012-10-17")',
    req: request({
      identityPolicies: iam(
        JSON.stringify({
          Version: '2008-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'kms:Encrypt',
              Resource: ACCOUNT_VARIABLE_RESOURCE,
            },
          ],
        }),
      ),
    }),
    decision: 'ImplicitDeny',
    summary: 'denied-iam-missing',
  },
  {
    name: 'kms:ReEncrypt* covers kms:ReEncryptFrom; actions ignore case',
    source: 'IAM JSON policy elements: Action (case-insensitive, wildcards)',
    req: request({ action: 'kms:ReEncryptFrom', keyPolicy: policy(allow({ AWS: ALICE }, 'KMS:reencrypt*')) }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'the account root user is allowed by the account principal statement itself',
    source:
      'key-policy-default.html ("The account principal represents the AWS account and its administrators")',
    req: request({ principalArn: ROOT }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
  {
    name: 'kms:CallerAccount is derived from the caller',
    source: 'conditions-kms.html kms:CallerAccount',
    req: request({
      keyPolicy: policy(
        allow({ AWS: '*' }, 'kms:Encrypt', { Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT } } }),
      ),
    }),
    decision: 'Allow',
    summary: 'allowed-by-key-policy',
  },
];

describe('authorize', () => {
  it.each(cases)('$name ($source)', ({ req, decision, summary, path }) => {
    const result = authorize(req);
    expect(result.decision).toBe(decision);
    expect(result.allowed).toBe(decision === 'Allow');
    expect(result.summary).toBe(summary);
    if (path) expect(result.path).toBe(path);
  });

  it('explains every statement of every policy, with condition details', () => {
    const result = authorize(
      ecCondition({ Dept: 'HR' }, { StringEquals: { 'kms:EncryptionContext:Dept': ['IT', 'Ops'] } }),
    );
    expect(result.closestMiss).toEqual({ kind: 'statement', policy: { kind: 'key-policy' }, index: 0 });
    const [statement] = result.explanation[0]?.statements ?? [];
    expect(statement?.principal).toMatchObject({
      element: 'Principal',
      matched: true,
      via: 'arn',
      entry: ALICE,
    });
    expect(statement?.action).toMatchObject({ element: 'Action', matched: true, entry: 'kms:Encrypt' });
    expect(statement?.conditions).toEqual([
      {
        operator: 'StringEquals',
        baseOperator: 'StringEquals',
        ifExists: false,
        key: 'kms:EncryptionContext:Dept',
        policyValues: ['IT', 'Ops'],
        resolvedPolicyValues: ['IT', 'Ops'],
        requestValue: 'HR',
        matched: false,
        reason: 'value-not-matched',
      },
    ]);
  });

  it('records the deny statement that decided, with its Sid', () => {
    const result = authorize(
      request({
        keyPolicy: policy(rootDelegation(), deny({ AWS: '*' }, 'kms:*', { Sid: 'DenyAll' })),
        identityPolicies: iam(allowAllKms),
      }),
    );
    expect(result.decidedBy).toEqual({
      kind: 'statement',
      policy: { kind: 'key-policy' },
      index: 1,
      sid: 'DenyAll',
    });
  });

  it('treats an unparseable key policy as allowing nothing', () => {
    const result = authorize(request({ keyPolicy: '{not json', identityPolicies: iam(allowAllKms) }));
    expect(result.explanation[0]).toMatchObject({ parsed: false, statements: [] });
    expect(result.summary).toBe('denied-no-key-policy-allow-and-no-root-delegation');
  });

  it('an account grantee delegates to the caller IAM policy', () => {
    const grants = [{ grantId: 'g', granteePrincipal: ROOT, operations: ['Encrypt'] }];
    const keyPolicy = policy(allow({ AWS: ADMIN }, 'kms:DescribeKey'));
    expect(authorize(request({ keyPolicy, grants })).allowed).toBe(false);
    expect(authorize(request({ keyPolicy, grants, identityPolicies: iam(allowAllKms) })).path).toBe('grant');
  });
});

describe('accessDeniedMessage', () => {
  const head = `User: ${ALICE} is not authorized to perform: kms:Encrypt on resource: ${KEY_ARN}`;
  it.each([
    [
      'missing IAM policy',
      request(),
      `${head} because no identity-based policy allows the kms:Encrypt action`,
    ],
    [
      'missing key-policy allow',
      request({ keyPolicy: policy(allow({ AWS: ADMIN }, 'kms:*')), identityPolicies: iam(allowAllKms) }),
      `${head} because no resource-based policy allows the kms:Encrypt action`,
    ],
    [
      'explicit deny in the key policy',
      request({
        keyPolicy: policy(rootDelegation(), deny({ AWS: ALICE }, 'kms:Encrypt')),
        identityPolicies: iam(allowAllKms),
      }),
      `${head} with an explicit deny in a resource-based policy`,
    ],
    [
      'explicit deny in an IAM policy',
      request({ identityPolicies: iam(policy({ Effect: 'Deny', Action: 'kms:*', Resource: '*' })) }),
      `${head} with an explicit deny in an identity-based policy`,
    ],
    [
      'IAM-only action',
      request({
        action: 'kms:CreateKey',
        resourceArn: '*',
        resourceAccount: undefined,
        keyPolicy: undefined,
      }),
      `User: ${ALICE} is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action`,
    ],
  ])('%s', (_name, req, message) => {
    expect(accessDeniedMessage(req, authorize(req))).toBe(message);
  });

  it('refuses to describe an allowed request', () => {
    const req = request({ identityPolicies: iam(allowAllKms) });
    expect(() => accessDeniedMessage(req, authorize(req))).toThrow(RangeError);
  });
});

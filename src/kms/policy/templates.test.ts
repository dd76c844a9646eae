import { describe, expect, it } from 'vitest';
import { authorize } from './authorize';
import { wouldLockOut } from './lockout';
import {
  apiDefaultKeyPolicy,
  awsManagedKeyPolicy,
  consoleDefaultKeyPolicy,
  crossAccountIdentityPolicy,
  crossAccountKeyPolicy,
  encryptionContextKeyPolicy,
  MANAGED_KEY_SERVICES,
  serviceOnlyKeyPolicy,
  viaServiceName,
} from './templates';
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
} from './testing';
import { validatePolicyDocument } from './validate';

const errorsOf = (text: string, kind: 'key' | 'identity' = 'key') =>
  validatePolicyDocument(text, { kind }).filter((p) => p.severity === 'error');

describe('templates', () => {
  it('API default key policy is the recorded document (reference §7)', () => {
    expect(JSON.parse(apiDefaultKeyPolicy(ACCOUNT))).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
  });

  it('console default: administrators manage but cannot encrypt; users encrypt; grants only for AWS resources', () => {
    const keyPolicy = consoleDefaultKeyPolicy({
      accountId: ACCOUNT,
      keyAdministrators: [ADMIN],
      keyUsers: [ALICE],
    });
    expect(errorsOf(keyPolicy)).toEqual([]);
    const as = (principalArn: string, action: string, context = {}) =>
      authorize(request({ principalArn, action, keyPolicy, context })).allowed;
    expect(as(ADMIN, 'kms:PutKeyPolicy')).toBe(true);
    expect(as(ADMIN, 'kms:ScheduleKeyDeletion')).toBe(true);
    expect(as(ADMIN, 'kms:Encrypt')).toBe(false);
    expect(as(ALICE, 'kms:Encrypt')).toBe(true);
    expect(as(ALICE, 'kms:GenerateDataKeyWithoutPlaintext')).toBe(true);
    expect(as(ALICE, 'kms:PutKeyPolicy')).toBe(false);
    expect(as(ALICE, 'kms:CreateGrant')).toBe(false);
    expect(as(ALICE, 'kms:CreateGrant', { 'kms:GrantIsForAWSResource': true })).toBe(true);
  });

  it('console default without "allow administrators to delete" drops ScheduleKeyDeletion (kms:Delete* does not cover it)', () => {
    const keyPolicy = consoleDefaultKeyPolicy({
      accountId: ACCOUNT,
      keyAdministrators: [ADMIN],
      keyUsers: [],
      allowAdministratorsToDelete: false,
    });
    expect(
      authorize(request({ principalArn: ADMIN, action: 'kms:ScheduleKeyDeletion', keyPolicy })).allowed,
    ).toBe(false);
    expect(authorize(request({ principalArn: ADMIN, action: 'kms:DeleteAlias', keyPolicy })).allowed).toBe(
      true,
    );
  });

  it.each(MANAGED_KEY_SERVICES.map((s) => [s.alias, s] as const))(
    'AWS managed key aws/%s: only through the service',
    (_alias, service) => {
      const keyPolicy = awsManagedKeyPolicy({ accountId: ACCOUNT, region: 'us-east-1', service });
      expect(errorsOf(keyPolicy)).toEqual([]);
      const via = { 'kms:ViaService': viaServiceName(service, 'us-east-1') };
      const base = { principalArn: ADMIN, keyPolicy, identityPolicies: iam(allowAllKms) };
      expect(authorize(request({ ...base, action: 'kms:Decrypt' })).allowed).toBe(false);
      expect(authorize(request({ ...base, action: 'kms:Decrypt', context: via })).allowed).toBe(true);
      expect(authorize(request({ ...base, action: 'kms:DescribeKey' })).allowed).toBe(true);
      expect(authorize(request({ ...base, action: 'kms:PutKeyPolicy' })).allowed).toBe(false);
      const otherAccount = {
        ...base,
        principalArn: BOB_OTHER,
        principalAccount: OTHER_ACCOUNT,
        context: via,
      };
      expect(authorize(request({ ...otherAccount, action: 'kms:Decrypt' })).allowed).toBe(false);
    },
  );

  it('cross-account key policy + identity policy allow the other account', () => {
    const keyPolicy = crossAccountKeyPolicy({ accountId: ACCOUNT, externalAccounts: [OTHER_ACCOUNT] });
    const identity = crossAccountIdentityPolicy({ keyArn: KEY_ARN });
    expect(errorsOf(keyPolicy)).toEqual([]);
    expect(errorsOf(identity, 'identity')).toEqual([]);
    const base = {
      principalArn: BOB_OTHER,
      principalAccount: OTHER_ACCOUNT,
      keyPolicy,
      action: 'kms:Decrypt',
    };
    expect(authorize(request(base)).summary).toBe('denied-cross-account-iam-missing');
    expect(authorize(request({ ...base, identityPolicies: iam(identity) })).summary).toBe(
      'allowed-cross-account',
    );
  });

  it('encryption-context and service-only templates', () => {
    const ecPolicy = encryptionContextKeyPolicy({
      accountId: ACCOUNT,
      principals: [ALICE],
      encryptionContext: { Project: 'Alpha' },
    });
    expect(authorize(request({ keyPolicy: ecPolicy, encryptionContext: { Project: 'Alpha' } })).allowed).toBe(
      true,
    );
    expect(authorize(request({ keyPolicy: ecPolicy, encryptionContext: { Project: 'Beta' } })).allowed).toBe(
      false,
    );
    const viaPolicy = serviceOnlyKeyPolicy({
      accountId: ACCOUNT,
      principals: [ALICE],
      viaService: 'secretsmanager.us-east-1.amazonaws.com',
    });
    expect(authorize(request({ keyPolicy: viaPolicy })).allowed).toBe(false);
    expect(
      authorize(
        request({
          keyPolicy: viaPolicy,
          context: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' },
        }),
      ).allowed,
    ).toBe(true);
  });
});

describe('wouldLockOut (API_PutKeyPolicy lockout safety check)', () => {
  it('default policy with an IAM admin: no lockout', () => {
    expect(wouldLockOut(apiDefaultKeyPolicy(ACCOUNT), ADMIN, ACCOUNT, iam(allowAllKms))).toBe(false);
  });
  it('default policy, caller without IAM permission: lockout', () => {
    expect(wouldLockOut(apiDefaultKeyPolicy(ACCOUNT), ALICE, ACCOUNT, [])).toBe(true);
  });
  it('policy naming only another principal: lockout even with IAM kms:*', () => {
    const text = policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:*', Resource: '*' });
    expect(wouldLockOut(text, ADMIN, ACCOUNT, iam(allowAllKms))).toBe(true);
  });
  it('console policy keeps its administrators able to update it', () => {
    const text = consoleDefaultKeyPolicy({
      accountId: ACCOUNT,
      keyAdministrators: [ADMIN],
      keyUsers: [ALICE],
    });
    expect(wouldLockOut(text, `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/console`, ACCOUNT, [])).toBe(false);
  });
  it('a deny on PutKeyPolicy locks out', () => {
    const text = policy(
      { Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*' },
    );
    expect(wouldLockOut(text, ADMIN, ACCOUNT, [])).toBe(true);
  });
  it('malformed JSON locks out', () => {
    expect(wouldLockOut('{', ADMIN, ACCOUNT, iam(allowAllKms))).toBe(true);
  });
});

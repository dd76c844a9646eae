/**
 * Authorisation as the engine applies it (reference §7, KMS Developer Guide "policy-evaluation",
 * "key-policy-modifying-external-accounts", "conditions-kms"): the request context the engine builds and the
 * decisions that follow, table-driven.
 */
import { describe, expect, test } from 'vitest';
import { createKmsSimulator, type KmsSimulator } from './index';

const A = '111122223333';
const B = '444455556666';
const ALICE = `arn:aws:iam::${A}:user/Alice`;
const BOB = `arn:aws:iam::${B}:role/Bob`;
const doc = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const rootOf = (account: string) => `arn:aws:iam::${account}:root`;
const ADMIN_STATEMENT = {
  Sid: 'Admin',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${A}:role/Admin` },
  Action: 'kms:*',
  Resource: '*',
};

async function keyWithPolicy(sim: KmsSimulator, policy?: string) {
  const created = await sim.invoke('CreateKey', policy ? { Policy: policy } : {});
  if (!created.ok) throw created.error;
  return created.response.KeyMetadata.Arn;
}

async function encrypt(
  sim: KmsSimulator,
  keyId: string,
  principal: string,
  extra: Record<string, unknown> = {},
) {
  return sim.invoke('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]), ...extra }, { principal });
}

describe('same account', () => {
  test('IAM allow works through the root delegation of the default policy', async () => {
    const sim = createKmsSimulator({ seed: 'iam' });
    const key = await keyWithPolicy(sim);
    expect((await encrypt(sim, key, ALICE)).ok).toBe(false);
    sim.iam.putPrincipalPolicy(ALICE, 'use', doc({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: key }));
    const allowed = await encrypt(sim, key, ALICE);
    expect(allowed.ok).toBe(true);
    const step = allowed.trace.find((s) => s.code === 'authorization');
    expect(step?.code === 'authorization' && step.result.path).toBe('iam-via-root-delegation');
  });

  test('without the root statement IAM allows are ineffective; a key policy naming the user needs no IAM', async () => {
    const sim = createKmsSimulator({ seed: 'no-root' });
    sim.iam.createPrincipal(ALICE);
    sim.iam.putPrincipalPolicy(ALICE, 'use', doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }));
    const key = await keyWithPolicy(
      sim,
      doc(ADMIN_STATEMENT, {
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    );
    const denied = await encrypt(sim, key, ALICE);
    expect(!denied.ok && denied.error.name).toBe('AccessDeniedException');
    expect(!denied.ok && denied.error.message).toMatch(
      new RegExp(`^User: ${ALICE} is not authorized to perform: kms:Encrypt on resource: ${key}`),
    );
    sim.iam.deletePrincipalPolicy(ALICE, 'use');
    const enc = await sim.invoke('Encrypt', { KeyId: key, Plaintext: new Uint8Array([2]) });
    if (!enc.ok) throw enc.error;
    const dec = await sim.invoke(
      'Decrypt',
      { CiphertextBlob: enc.response.CiphertextBlob },
      { principal: ALICE },
    );
    expect(dec.ok).toBe(true);
  });

  test('an explicit deny in IAM wins over the key policy', async () => {
    const sim = createKmsSimulator({ seed: 'deny' });
    const key = await keyWithPolicy(sim);
    sim.iam.putPrincipalPolicy(
      `arn:aws:iam::${A}:role/Admin`,
      'no-encrypt',
      doc({ Effect: 'Deny', Action: 'kms:Encrypt', Resource: '*' }),
    );
    const denied = await sim.invoke('Encrypt', { KeyId: key, Plaintext: new Uint8Array([1]) });
    expect(!denied.ok && denied.error.message).toMatch(/explicit deny in an identity-based policy/);
  });
});

describe('condition keys the engine supplies', () => {
  test.each([
    [
      'kms:EncryptionContext:<key>',
      { StringEquals: { 'kms:EncryptionContext:app': 'pay' } },
      { app: 'pay' },
      { app: 'hr' },
    ],
    [
      'kms:EncryptionContextKeys (ForAllValues)',
      { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['app', 'env'] } },
      { app: 'x', env: 'y' },
      { app: 'x', other: 'y' },
    ],
    ['kms:CallerAccount', { StringEquals: { 'kms:CallerAccount': A } }, {}, undefined],
  ])('%s', async (_name, condition, allowedContext, deniedContext) => {
    const sim = createKmsSimulator({ seed: 'conditions' });
    sim.iam.createPrincipal(ALICE);
    const key = await keyWithPolicy(
      sim,
      doc(ADMIN_STATEMENT, {
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: condition,
      }),
    );
    expect((await encrypt(sim, key, ALICE, { EncryptionContext: allowedContext })).ok).toBe(true);
    if (deniedContext)
      expect((await encrypt(sim, key, ALICE, { EncryptionContext: deniedContext })).ok).toBe(false);
  });

  test('kms:RequestAlias is set when the key is named by an alias', async () => {
    const sim = createKmsSimulator({ seed: 'alias-cond' });
    sim.iam.createPrincipal(ALICE);
    const key = await keyWithPolicy(
      sim,
      doc(ADMIN_STATEMENT, {
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:RequestAlias': 'alias/app' } },
      }),
    );
    await sim.invoke('CreateAlias', { AliasName: 'alias/app', TargetKeyId: key });
    expect((await encrypt(sim, 'alias/app', ALICE)).ok).toBe(true);
    expect((await encrypt(sim, key, ALICE)).ok).toBe(false);
  });

  test('grant EncryptionContextEquals needs the exact context', async () => {
    const sim = createKmsSimulator({ seed: 'equals' });
    const key = await keyWithPolicy(sim);
    await sim.invoke('CreateGrant', {
      KeyId: key,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextEquals: { app: 'pay' } },
    });
    expect((await encrypt(sim, key, ALICE, { EncryptionContext: { app: 'pay' } })).ok).toBe(true);
    expect((await encrypt(sim, key, ALICE, { EncryptionContext: { app: 'pay', x: '1' } })).ok).toBe(false);
  });
});

describe('cross-account (key-policy-modifying-external-accounts)', () => {
  async function sharedKey(sim: KmsSimulator) {
    return keyWithPolicy(
      sim,
      doc(
        { Effect: 'Allow', Principal: { AWS: rootOf(A) }, Action: 'kms:*', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: { AWS: rootOf(B) },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'],
          Resource: '*',
        },
      ),
    );
  }

  test('needs the key policy AND the caller account IAM policy, and a key ARN', async () => {
    const sim = createKmsSimulator({ seed: 'xacct' });
    const key = await sharedKey(sim);
    const noIam = await encrypt(sim, key, BOB);
    expect(!noIam.ok && noIam.error.name).toBe('AccessDeniedException');
    sim.iam.putPrincipalPolicy(
      BOB,
      'use-a-key',
      doc({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: key }),
    );
    const ok = await encrypt(sim, key, BOB);
    expect(ok.ok).toBe(true);
    // Logged in both accounts (reference §9).
    const requestId = sim.trail()[ok.trailRecordIndex as number].requestID;
    const records = sim.trail().filter((r) => r.requestID === requestId);
    expect(records.map((r) => r.recipientAccountId)).toEqual([B, A]);
    // A bare key ID names a key in the caller's own account (reference §7).
    const byId = await encrypt(sim, key.split('/')[1], BOB);
    expect(!byId.ok && byId.error.name).toBe('NotFoundException');
  });

  test('management operations never work across accounts', async () => {
    const sim = createKmsSimulator({ seed: 'xacct-mgmt' });
    const key = await sharedKey(sim);
    sim.iam.putPrincipalPolicy(BOB, 'all', doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }));
    const res = await sim.invoke('DisableKey', { KeyId: key }, { principal: BOB });
    expect(!res.ok && res.error.name).toBe('AccessDeniedException');
    expect((await sim.invoke('DescribeKey', { KeyId: key }, { principal: BOB })).ok).toBe(true);
  });
});

describe('AWS managed keys (reference §1)', () => {
  test('only through the owning service, only from the owning account', async () => {
    const sim = createKmsSimulator({ seed: 'managed' });
    const direct = await sim.invoke('Encrypt', { KeyId: 'alias/aws/ssm', Plaintext: new Uint8Array([1]) });
    expect(!direct.ok && direct.error.name).toBe('AccessDeniedException');
    const viaSsm = await sim.invoke(
      'Encrypt',
      { KeyId: 'alias/aws/ssm', Plaintext: new Uint8Array([1]) },
      { viaService: 'ssm' },
    );
    expect(viaSsm.ok).toBe(true);
    const viaWrongService = await sim.invoke(
      'Encrypt',
      { KeyId: 'alias/aws/ssm', Plaintext: new Uint8Array([1]) },
      { viaService: 's3' },
    );
    expect(viaWrongService.ok).toBe(false);
    const key = viaSsm.ok ? viaSsm.response.KeyId : '';
    const policy = await sim.invoke('PutKeyPolicy', { KeyId: key, Policy: doc(ADMIN_STATEMENT) });
    expect(!policy.ok && policy.error.name).toBe('AccessDeniedException');
    const alias = await sim.invoke('CreateAlias', { AliasName: 'alias/mine', TargetKeyId: key });
    expect(alias.ok).toBe(false);
  });

  test('EBS keys are used through EC2 (kms:ViaService ec2.<region>.amazonaws.com)', async () => {
    const sim = createKmsSimulator({ seed: 'ebs' });
    const dk = await sim.invoke(
      'GenerateDataKeyWithoutPlaintext',
      { KeyId: 'alias/aws/ebs', KeySpec: 'AES_256' },
      { viaService: 'ec2' },
    );
    expect(dk.ok).toBe(true);
  });
});

/**
 * The engine driven by the official AWS SDK (`@aws-sdk/client-kms`) through `handle`, operation by operation:
 * the success path and the errors AWS documents or was recorded giving (reference sections cited per case).
 */
import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GenerateMacCommand,
  GenerateRandomCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  type KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeyPoliciesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  ListRetirableGrantsCommand,
  PutKeyPolicyCommand,
  ReEncryptCommand,
  ReplicateKeyCommand,
  RetireGrantCommand,
  RevokeGrantCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  UpdatePrimaryRegionCommand,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, test } from 'vitest';
import type { KmsSimulator } from './index';
import { createKey, kmsClientFor, sdkSimulator } from './testing/sdkClient';

const ACCOUNT = '111122223333';
const DAY = 86_400_000;
const bytes = (s: string) => new TextEncoder().encode(s);

/** The SDK reports an empty AWS error message as 'UnknownError'; `handle` itself rejects with ''. */
const EMPTY_MESSAGE = 'UnknownError';

async function rejects(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

let sim: KmsSimulator;
let kms: KMSClient;

const newKey = (input: ConstructorParameters<typeof CreateKeyCommand>[0] = {}) => createKey(kms, input);

beforeEach(() => {
  ({ sim, kms } = sdkSimulator('sdk-suite'));
});

describe('CreateKey / DescribeKey / ListKeys', () => {
  test('a symmetric key with the documented metadata (reference §2, §3)', async () => {
    const key = await newKey({ Description: 'orders', Tags: [{ TagKey: 'team', TagValue: 'pay' }] });
    expect(key.Arn).toBe(`arn:aws:kms:us-east-1:${ACCOUNT}:key/${key.KeyId}`);
    expect(key.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(key).toMatchObject({
      AWSAccountId: ACCOUNT,
      Enabled: true,
      KeyState: 'Enabled',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      Description: 'orders',
      MultiRegion: false,
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    });
    expect(key.CreationDate).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(key.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const described = await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(described.KeyMetadata?.Arn).toBe(key.Arn);
  });

  test('default key policy is the recorded API default (reference §7)', async () => {
    const key = await newKey();
    const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    expect(JSON.parse(Policy as string)).toEqual({
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

  test('HMAC and multi-Region keys', async () => {
    const hmac = await newKey({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(hmac.MacAlgorithms).toEqual(['HMAC_SHA_384']);
    expect(hmac.CurrentKeyMaterialId).toBeUndefined();
    const mrk = await newKey({ MultiRegion: true });
    expect(mrk.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(mrk.MultiRegionConfiguration).toEqual({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: mrk.Arn, Region: 'us-east-1' },
      ReplicaKeys: [],
    });
  });

  test('an unsimulated key spec is refused plainly', async () => {
    const err = await rejects(
      kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' })),
    );
    expect(err.name).toBe('UnsupportedOperationException');
    expect(err.message).toMatch(/ECC_NIST_EDWARDS25519.*not simulated/);
  });

  test('HMAC spec without KeyUsage, or with the wrong one, is a ValidationException [rec]', async () => {
    expect(await rejects(kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256' })))).toMatchObject({
      name: 'ValidationException',
      message: 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    });
    const wrong = await rejects(
      kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' })),
    );
    expect(wrong.name).toBe('ValidationException');
  });

  test('ListKeys pages with Limit/Marker and stays in the caller Region', async () => {
    const keys = [await newKey(), await newKey(), await newKey()];
    const first = await kms.send(new ListKeysCommand({ Limit: 2 }));
    expect(first.Truncated).toBe(true);
    const second = await kms.send(new ListKeysCommand({ Limit: 2, Marker: first.NextMarker }));
    expect(second.Truncated).toBe(false);
    expect([...(first.Keys ?? []), ...(second.Keys ?? [])].map((k) => k.KeyArn)).toEqual(
      keys.map((k) => k.Arn),
    );
    const west = kmsClientFor(sim, { region: 'us-west-2' });
    expect((await west.send(new ListKeysCommand({}))).Keys).toEqual([]);
    expect((await rejects(kms.send(new ListKeysCommand({ Marker: 'bogus' })))).name).toBe(
      'InvalidMarkerException',
    );
  });

  test('identifier errors (reference §3 "Common crypto errors", §8)', async () => {
    const key = await newKey();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await rejects(kms.send(new DescribeKeyCommand({ KeyId: missing })))).toMatchObject({
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${missing}' does not exist`,
      status: 400,
    });
    expect(await rejects(kms.send(new DescribeKeyCommand({ KeyId: 'fake-key-id' })))).toMatchObject({
      name: 'NotFoundException',
      message: "Invalid keyId 'fake-key-id'",
    });
    const otherRegionArn = key.Arn.replace('us-east-1', 'eu-west-1');
    expect(await rejects(kms.send(new DescribeKeyCommand({ KeyId: otherRegionArn })))).toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid arn eu-west-1',
    });
    expect(await rejects(kms.send(new DescribeKeyCommand({ KeyId: 'alias/nope' })))).toMatchObject({
      name: 'NotFoundException',
      message: `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/nope is not found.`,
    });
  });
});

describe('UpdateKeyDescription, tags', () => {
  test('description and tags round trip', async () => {
    const key = await newKey();
    await kms.send(new UpdateKeyDescriptionCommand({ KeyId: key.KeyId, Description: 'new' }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata?.Description).toBe(
      'new',
    );
    await kms.send(
      new TagResourceCommand({
        KeyId: key.KeyId,
        Tags: [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'b', TagValue: '2' },
        ],
      }),
    );
    await kms.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'a', TagValue: '3' }] }));
    await kms.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['b'] }));
    expect((await kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId }))).Tags).toEqual([
      { TagKey: 'a', TagValue: '3' },
    ]);
  });

  test('reserved aws: tag prefix → TagException; key-only ops refuse aliases', async () => {
    const key = await newKey();
    const err = await rejects(
      kms.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'aws:x', TagValue: '' }] })),
    );
    expect(err.name).toBe('TagException');
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/t', TargetKeyId: key.KeyId }));
    expect((await rejects(kms.send(new ListResourceTagsCommand({ KeyId: 'alias/t' })))).name).toBe(
      'NotFoundException',
    );
  });
});

describe('EnableKey / DisableKey / ScheduleKeyDeletion / CancelKeyDeletion (reference §2)', () => {
  test('disable blocks crypto with DisabledException; enable restores', async () => {
    const key = await newKey();
    await kms.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    await kms.send(new DisableKeyCommand({ KeyId: key.KeyId })); // idempotent
    expect(
      await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x') }))),
    ).toMatchObject({
      name: 'DisabledException',
      message: `${key.Arn} is disabled.`,
      status: 400,
    });
    await kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x') }));
  });

  test('schedule → PendingDeletion with DeletionDate; cancel → Disabled', async () => {
    const key = await newKey();
    const scheduled = await kms.send(
      new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }),
    );
    expect(scheduled).toMatchObject({ KeyId: key.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    expect(scheduled.DeletionDate).toEqual(new Date(Date.UTC(2026, 0, 8)));
    const meta = (await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata;
    expect(meta).toMatchObject({
      Enabled: false,
      KeyState: 'PendingDeletion',
      PendingDeletionWindowInDays: 7,
    });
    expect(await rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId })))).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is pending deletion.`,
    });
    expect(
      await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }))),
    ).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is pending deletion.`,
    });
    expect((await kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }))).KeyId).toBe(key.Arn);
    const after = (await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata;
    expect(after?.KeyState).toBe('Disabled');
    expect(after?.DeletionDate).toBeUndefined();
    expect(await rejects(kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })))).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is not pending deletion`,
    });
  });

  test.each([6, 31])('a %i-day window is refused by the service (model allows 1–365)', async (days) => {
    const key = await newKey();
    const err = await rejects(
      kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: days })),
    );
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(
      `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value ${days < 7 ? 'greater than or equal to 7' : 'less than or equal to 30'}`,
    );
  });

  test('the key, its material and aliases go at DeletionDate; old ciphertexts stop decrypting', async () => {
    const key = await newKey();
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/doomed', TargetKeyId: key.KeyId }));
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('bye') }),
    );
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    await sim.clock.advance(7 * DAY);
    expect((await rejects(kms.send(new DescribeKeyCommand({ KeyId: key.KeyId })))).name).toBe(
      'NotFoundException',
    );
    expect(
      (await kms.send(new ListAliasesCommand({}))).Aliases?.some((a) => a.AliasName === 'alias/doomed'),
    ).toBe(false);
    expect(await rejects(kms.send(new DecryptCommand({ CiphertextBlob })))).toMatchObject({
      name: 'AccessDeniedException',
      message:
        'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    });
    const deleteEvent = sim.trail().find((r) => r.eventName === 'DeleteKey');
    expect(deleteEvent).toMatchObject({ eventType: 'AwsServiceEvent', eventTime: '2026-01-08T00:00:00Z' });
  });
});

describe('Aliases (reference §4)', () => {
  test('create, use, update, list, delete', async () => {
    const a = await newKey();
    const b = await newKey();
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: a.KeyId }));
    const enc = await kms.send(new EncryptCommand({ KeyId: 'alias/app', Plaintext: bytes('hi') }));
    expect(enc.KeyId).toBe(a.Arn);
    const aliasArnKey = await kms.send(
      new EncryptCommand({ KeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`, Plaintext: bytes('hi') }),
    );
    expect(aliasArnKey.KeyId).toBe(a.Arn);
    await kms.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b.KeyId }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.Arn).toBe(b.Arn);
    const listed = await kms.send(new ListAliasesCommand({ KeyId: b.KeyId }));
    expect(listed.Aliases?.map((x) => x.AliasName)).toEqual(['alias/app']);
    await kms.send(new DeleteAliasCommand({ AliasName: 'alias/app' }));
    expect((await rejects(kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' })))).name).toBe(
      'NotFoundException',
    );
  });

  test('prefix, reserved names, duplicates', async () => {
    const key = await newKey();
    expect(
      await rejects(kms.send(new CreateAliasCommand({ AliasName: 'app', TargetKeyId: key.KeyId }))),
    ).toMatchObject({
      name: 'ValidationException',
      message:
        'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    });
    expect(
      (
        await rejects(
          kms.send(new CreateAliasCommand({ AliasName: 'alias/aws/mine', TargetKeyId: key.KeyId })),
        )
      ).name,
    ).toBe('InvalidAliasNameException');
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/x', TargetKeyId: key.KeyId }));
    expect(
      await rejects(kms.send(new CreateAliasCommand({ AliasName: 'alias/x', TargetKeyId: key.KeyId }))),
    ).toMatchObject({
      name: 'AlreadyExistsException',
      message: `An alias with the name arn:aws:kms:us-east-1:${ACCOUNT}:alias/x already exists`,
    });
  });

  test('50 aliases per key', async () => {
    const key = await newKey();
    for (let i = 0; i < 50; i++)
      await kms.send(new CreateAliasCommand({ AliasName: `alias/a${i}`, TargetKeyId: key.KeyId }));
    const err = await rejects(
      kms.send(new CreateAliasCommand({ AliasName: 'alias/a50', TargetKeyId: key.KeyId })),
    );
    expect(err.name).toBe('LimitExceededException');
  });

  test('UpdateAlias only to a key of the same type', async () => {
    const key = await newKey();
    const hmac = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/s', TargetKeyId: key.KeyId }));
    const err = await rejects(
      kms.send(new UpdateAliasCommand({ AliasName: 'alias/s', TargetKeyId: hmac.KeyId })),
    );
    expect(err.name).toBe('ValidationException');
  });

  test('ListAliases shows predefined alias/aws/* names without TargetKeyId', async () => {
    const { Aliases } = await kms.send(new ListAliasesCommand({}));
    const s3 = Aliases?.find((a) => a.AliasName === 'alias/aws/s3');
    expect(s3).toEqual({
      AliasName: 'alias/aws/s3',
      AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`,
    });
  });
});

describe('Encrypt / Decrypt / ReEncrypt (reference §3)', () => {
  test('round trip with encryption context; responses carry the key ARN and KeyMaterialId', async () => {
    const key = await newKey();
    const ec = { Department: 'Engineering', Project: 'Alpha' };
    const enc = await kms.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('secret'), EncryptionContext: ec }),
    );
    expect(enc).toMatchObject({ KeyId: key.Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    const dec = await kms.send(
      new DecryptCommand({
        CiphertextBlob: enc.CiphertextBlob,
        EncryptionContext: { Project: 'Alpha', Department: 'Engineering' },
      }),
    );
    expect(new TextDecoder().decode(dec.Plaintext)).toBe('secret');
    expect(dec).toMatchObject({ KeyId: key.Arn, KeyMaterialId: key.CurrentKeyMaterialId });
  });

  test('a missing, extra or changed context pair → InvalidCiphertextException with an empty message', async () => {
    const key = await newKey();
    const enc = await kms.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('s'), EncryptionContext: { a: '1' } }),
    );
    const contexts: (Record<string, string> | undefined)[] = [
      undefined,
      { a: '1', b: '2' },
      { a: '2' },
      { A: '1' },
    ];
    for (const EncryptionContext of contexts) {
      expect(
        await rejects(
          kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext })),
        ),
      ).toMatchObject({
        name: 'InvalidCiphertextException',
        message: EMPTY_MESSAGE,
      });
    }
  });

  test('handle rejects with the empty message AWS sends', async () => {
    const key = await newKey();
    const { CiphertextBlob } = (await sim.handle('TrentService.Encrypt', {
      KeyId: key.KeyId,
      Plaintext: 'AQI=',
    })) as {
      CiphertextBlob: string;
    };
    await expect(
      sim.handle('TrentService.Decrypt', { CiphertextBlob, EncryptionContext: { a: 'b' } }),
    ).rejects.toMatchObject({
      name: 'InvalidCiphertextException',
      message: '',
      __type: 'InvalidCiphertextException',
    });
  });

  test('Decrypt with the wrong KeyId → IncorrectKeyException', async () => {
    const a = await newKey();
    const b = await newKey();
    const enc = await kms.send(new EncryptCommand({ KeyId: a.KeyId, Plaintext: bytes('s') }));
    expect(
      await rejects(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, KeyId: b.KeyId }))),
    ).toMatchObject({
      name: 'IncorrectKeyException',
      message: 'The key ID in the request does not identify a CMK that can perform this operation.',
    });
    const ok = await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, KeyId: a.Arn }));
    expect(ok.KeyId).toBe(a.Arn);
  });

  test('plaintext limits: 4096 bytes; empty is refused (blob values are not echoed)', async () => {
    const key = await newKey();
    await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array(4096) }));
    expect(
      await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array(4097) }))),
    ).toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    });
  });

  test('a single-Region ciphertext does not decrypt in another Region', async () => {
    const key = await newKey();
    const enc = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('s') }));
    const west = kmsClientFor(sim, { region: 'us-west-2' });
    expect(
      (await rejects(west.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })))).message,
    ).toMatch(/does not exist in this region/);
  });

  test('ReEncrypt to another key and to the same key with a new context', async () => {
    const a = await newKey();
    const b = await newKey();
    const enc = await kms.send(
      new EncryptCommand({ KeyId: a.KeyId, Plaintext: bytes('move me'), EncryptionContext: { v: '1' } }),
    );
    const re = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: enc.CiphertextBlob,
        SourceEncryptionContext: { v: '1' },
        DestinationKeyId: b.KeyId,
        DestinationEncryptionContext: { v: '2' },
      }),
    );
    expect(re).toMatchObject({
      SourceKeyId: a.Arn,
      KeyId: b.Arn,
      SourceKeyMaterialId: a.CurrentKeyMaterialId,
      DestinationKeyMaterialId: b.CurrentKeyMaterialId,
    });
    const dec = await kms.send(
      new DecryptCommand({ CiphertextBlob: re.CiphertextBlob, EncryptionContext: { v: '2' } }),
    );
    expect(new TextDecoder().decode(dec.Plaintext)).toBe('move me');
    const err = await rejects(
      kms.send(
        new ReEncryptCommand({
          CiphertextBlob: enc.CiphertextBlob,
          SourceKeyId: b.KeyId,
          DestinationKeyId: a.KeyId,
        }),
      ),
    );
    expect(err.name).toBe('IncorrectKeyException');
  });

  test('DryRun → DryRunOperationException after the checks; GrantTokens max 10', async () => {
    const key = await newKey();
    expect(
      await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x'), DryRun: true }))),
    ).toMatchObject({
      name: 'DryRunOperationException',
      message: 'The request would have succeeded, but the DryRun option is set.',
      status: 400,
    });
    const tokens = Array.from({ length: 11 }, () => 't');
    const err = await rejects(
      kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x'), GrantTokens: tokens })),
    );
    expect(err.message).toBe(
      "1 validation error detected: Value '[t, t, t, t, t, t, t, t, t, t, t]' at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
  });

  test('HMAC key used for Encrypt → InvalidKeyUsageException [rec wording]', async () => {
    const hmac = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(
      await rejects(kms.send(new EncryptCommand({ KeyId: hmac.KeyId, Plaintext: bytes('x') }))),
    ).toMatchObject({
      name: 'InvalidKeyUsageException',
      message: `${hmac.Arn} key usage is GENERATE_VERIFY_MAC which is not valid for Encrypt.`,
    });
  });
});

describe('GenerateDataKey, GenerateDataKeyWithoutPlaintext, GenerateRandom', () => {
  test('data keys of each size decrypt back to the plaintext key', async () => {
    const key = await newKey();
    for (const input of [
      { KeySpec: 'AES_256' as const },
      { KeySpec: 'AES_128' as const },
      { NumberOfBytes: 7 },
    ]) {
      const dk = await kms.send(
        new GenerateDataKeyCommand({ KeyId: key.KeyId, EncryptionContext: { f: 'x' }, ...input }),
      );
      expect(dk.Plaintext?.length).toBe('NumberOfBytes' in input ? 7 : input.KeySpec === 'AES_256' ? 32 : 16);
      expect(dk.KeyMaterialId).toBe(key.CurrentKeyMaterialId);
      const dec = await kms.send(
        new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob, EncryptionContext: { f: 'x' } }),
      );
      expect(dec.Plaintext).toEqual(dk.Plaintext);
    }
    const wp = await kms.send(
      new GenerateDataKeyWithoutPlaintextCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }),
    );
    expect(wp).not.toHaveProperty('Plaintext');
    expect(
      (await kms.send(new DecryptCommand({ CiphertextBlob: wp.CiphertextBlob }))).Plaintext?.length,
    ).toBe(32);
  });

  test('exactly one of KeySpec and NumberOfBytes; NumberOfBytes 1–1024', async () => {
    const key = await newKey();
    expect((await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId })))).name).toBe(
      'ValidationException',
    );
    expect(
      (
        await rejects(
          kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', NumberOfBytes: 32 })),
        )
      ).name,
    ).toBe('ValidationException');
    expect(
      await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, NumberOfBytes: 1025 }))),
    ).toMatchObject({
      message:
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    });
  });

  test('GenerateRandom', async () => {
    expect((await kms.send(new GenerateRandomCommand({ NumberOfBytes: 1024 }))).Plaintext?.length).toBe(1024);
    expect(await rejects(kms.send(new GenerateRandomCommand({})))).toMatchObject({
      name: 'ValidationException',
      message: 'NumberOfBytes is required.',
    });
    expect(await rejects(kms.send(new GenerateRandomCommand({ NumberOfBytes: 1025 })))).toMatchObject({
      message:
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    });
  });
});

describe('GenerateMac / VerifyMac (reference §3)', () => {
  test('MAC is RFC 2104 HMAC; verify accepts it and rejects others', async () => {
    const key = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const msg = bytes('message');
    const { Mac, MacAlgorithm, KeyId } = await kms.send(
      new GenerateMacCommand({ KeyId: key.KeyId, Message: msg, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    expect(Mac?.length).toBe(32);
    expect({ MacAlgorithm, KeyId }).toEqual({ MacAlgorithm: 'HMAC_SHA_256', KeyId: key.Arn });
    const ok = await kms.send(
      new VerifyMacCommand({ KeyId: key.KeyId, Message: msg, MacAlgorithm: 'HMAC_SHA_256', Mac }),
    );
    expect(ok.MacValid).toBe(true);
    const bad = Mac?.slice() as Uint8Array;
    bad[0] ^= 1;
    expect(
      await rejects(
        kms.send(
          new VerifyMacCommand({ KeyId: key.KeyId, Message: msg, MacAlgorithm: 'HMAC_SHA_256', Mac: bad }),
        ),
      ),
    ).toMatchObject({ name: 'KMSInvalidMacException', message: EMPTY_MESSAGE });
    expect(
      await rejects(
        kms.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: msg, MacAlgorithm: 'HMAC_SHA_512' })),
      ),
    ).toMatchObject({
      name: 'InvalidKeyUsageException',
      message: 'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.',
    });
    expect(
      await rejects(
        kms.send(
          new GenerateMacCommand({
            KeyId: key.KeyId,
            Message: msg,
            MacAlgorithm: 'INVALID' as 'HMAC_SHA_256',
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]",
    });
    const symmetric = await newKey();
    expect(
      await rejects(
        kms.send(
          new GenerateMacCommand({ KeyId: symmetric.KeyId, Message: msg, MacAlgorithm: 'HMAC_SHA_256' }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidKeyUsageException',
      message: `${symmetric.Arn} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`,
    });
  });
});

describe('Rotation (reference §5)', () => {
  test('automatic rotation one period after enabling; old ciphertexts still decrypt', async () => {
    const key = await newKey();
    const old = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('v1') }));
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const status = await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90, KeyId: key.Arn });
    expect(status.NextRotationDate).toEqual(new Date(Date.UTC(2026, 3, 1)));
    await sim.clock.advance(90 * DAY);
    const after = (await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata;
    expect(after?.CurrentKeyMaterialId).not.toBe(key.CurrentKeyMaterialId);
    const fresh = await kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }));
    expect(fresh.KeyMaterialId).toBe(after?.CurrentKeyMaterialId);
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: old.CiphertextBlob }));
    expect(dec.KeyMaterialId).toBe(key.CurrentKeyMaterialId);
    expect(sim.trail().find((r) => r.eventName === 'RotateKey')).toMatchObject({
      eventType: 'AwsServiceEvent',
      userIdentity: { accountId: ACCOUNT, invokedBy: 'AWS Internal' },
      eventTime: '2026-04-01T00:00:00Z',
    });
    const rotations = await kms.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }));
    expect(rotations.Rotations).toEqual([
      {
        KeyId: key.Arn,
        KeyMaterialId: after?.CurrentKeyMaterialId,
        KeyMaterialState: 'CURRENT',
        RotationDate: new Date(Date.UTC(2026, 3, 1)),
        RotationType: 'AUTOMATIC',
      },
    ]);
    const all = await kms.send(
      new ListKeyRotationsCommand({ KeyId: key.KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }),
    );
    expect(all.Rotations?.[0]).toEqual({
      KeyId: key.Arn,
      KeyMaterialId: key.CurrentKeyMaterialId,
      KeyMaterialState: 'NON_CURRENT',
    });
  });

  test('RotationPeriodInDays 90–2560; disable; status false while pending deletion', async () => {
    const key = await newKey();
    expect(
      (await rejects(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 89 }))))
        .message,
    ).toBe(
      "1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90",
    );
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).RotationPeriodInDays).toBe(
      365,
    );
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId }));
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(
      false,
    );
    await kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(
      true,
    );
    await kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    await kms.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(
      false,
    );
  });

  test('RotateKeyOnDemand: 25 per key, then LimitExceededException [rec wording]; HMAC unsupported', async () => {
    const key = await newKey();
    for (let i = 0; i < 25; i++)
      expect((await kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }))).KeyId).toBe(key.Arn);
    expect(await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })))).toMatchObject({
      name: 'LimitExceededException',
      message: `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.Arn}`,
    });
    const rotations = await kms.send(new ListKeyRotationsCommand({ KeyId: key.KeyId, Limit: 1000 }));
    expect(rotations.Rotations).toHaveLength(25);
    expect(rotations.Rotations?.every((r) => r.RotationType === 'ON_DEMAND')).toBe(true);
    const hmac = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: hmac.KeyId })))).toMatchObject({
      name: 'UnsupportedOperationException',
      message: EMPTY_MESSAGE,
    });
    for (const command of [
      new EnableKeyRotationCommand({ KeyId: hmac.KeyId }),
      new GetKeyRotationStatusCommand({ KeyId: hmac.KeyId }),
    ])
      expect((await rejects(kms.send(command as never))).name).toBe('UnsupportedOperationException');
  });

  test('RotateKeyOnDemand within 20 minutes of an automatic rotation → ConflictException; schedule unchanged', async () => {
    const key = await newKey();
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    await kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const next = (await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).NextRotationDate;
    expect(next).toEqual(new Date(Date.UTC(2026, 3, 1)));
    await sim.clock.advance(90 * DAY - 10 * 60_000);
    expect((await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })))).name).toBe(
      'ConflictException',
    );
  });
});

describe('Key policies (reference §7)', () => {
  test('ListKeyPolicies, PutKeyPolicy, GetKeyPolicy', async () => {
    const key = await newKey();
    expect((await kms.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }))).PolicyNames).toEqual([
      'default',
    ]);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    await kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default', Policy: policy }));
    expect((await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(policy);
  });

  test('lockout safety check, invalid principals, 32 KB', async () => {
    const key = await newKey();
    const lockout = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:Encrypt',
          Resource: '*',
        },
      ],
    });
    expect(
      await rejects(kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: lockout }))),
    ).toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'The new key policy will not allow you to update the key policy in the future.',
    });
    await kms.send(
      new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: lockout, BypassPolicyLockoutSafetyCheck: true }),
    );
    expect((await rejects(kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId })))).name).toBe(
      'AccessDeniedException',
    );

    const other = await newKey();
    const ghost = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Ghost` },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    });
    expect(
      await rejects(kms.send(new PutKeyPolicyCommand({ KeyId: other.KeyId, Policy: ghost }))),
    ).toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'Policy contains a statement with one or more invalid principals.',
    });
    sim.iam.createPrincipal(`arn:aws:iam::${ACCOUNT}:user/Ghost`);
    await kms.send(new PutKeyPolicyCommand({ KeyId: other.KeyId, Policy: ghost }));
    const huge = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'x'.repeat(33_000),
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    expect(
      (await rejects(kms.send(new PutKeyPolicyCommand({ KeyId: other.KeyId, Policy: huge })))).name,
    ).toBe('LimitExceededException');
  });
});

describe('Grants (reference §7)', () => {
  const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;

  test('a grant lets a principal with no policy use the key, within its constraints; revoke ends it', async () => {
    const key = await newKey();
    const alice = kmsClientFor(sim, { principal: ALICE });
    expect(
      (await rejects(alice.send(new EncryptCommand({ KeyId: key.Arn, Plaintext: bytes('a') })))).name,
    ).toBe('AccessDeniedException');
    const grant = await kms.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: ALICE,
        Operations: ['Encrypt', 'Decrypt'],
        Constraints: { EncryptionContextSubset: { app: 'pay' } },
        Name: 'alice-pay',
      }),
    );
    expect(grant.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(grant.GrantToken?.length).toBeGreaterThan(64);
    const again = await kms.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: ALICE,
        Operations: ['Encrypt', 'Decrypt'],
        Constraints: { EncryptionContextSubset: { app: 'pay' } },
        Name: 'alice-pay',
      }),
    );
    expect(again.GrantId).toBe(grant.GrantId);
    const enc = await alice.send(
      new EncryptCommand({
        KeyId: key.Arn,
        Plaintext: bytes('a'),
        EncryptionContext: { app: 'pay', x: '1' },
      }),
    );
    expect(enc.KeyId).toBe(key.Arn);
    expect(
      (
        await rejects(
          alice.send(
            new EncryptCommand({ KeyId: key.Arn, Plaintext: bytes('a'), EncryptionContext: { app: 'hr' } }),
          ),
        )
      ).name,
    ).toBe('AccessDeniedException');
    const listed = await kms.send(new ListGrantsCommand({ KeyId: key.KeyId }));
    expect(listed.Grants?.[0]).toMatchObject({
      KeyId: key.Arn,
      GrantId: grant.GrantId,
      Name: 'alice-pay',
      GranteePrincipal: ALICE,
      IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
      Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { app: 'pay' } },
    });
    await kms.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: grant.GrantId }));
    expect(
      (
        await rejects(
          alice.send(
            new EncryptCommand({ KeyId: key.Arn, Plaintext: bytes('a'), EncryptionContext: { app: 'pay' } }),
          ),
        )
      ).name,
    ).toBe('AccessDeniedException');
  });

  test('invalid grant operations; retire by token and by retiring principal; ListRetirableGrants', async () => {
    const key = await newKey();
    const err = await rejects(
      kms.send(
        new CreateGrantCommand({
          KeyId: key.KeyId,
          GranteePrincipal: ALICE,
          Operations: ['ScheduleKeyDeletion' as 'Encrypt'],
        }),
      ),
    );
    expect(err.name).toBe('ValidationException');
    const g1 = await kms.send(
      new CreateGrantCommand({
        KeyId: key.KeyId,
        GranteePrincipal: ALICE,
        RetiringPrincipal: ALICE,
        Operations: ['Decrypt'],
      }),
    );
    const retirable = await kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: ALICE }));
    expect(retirable.Grants?.map((g) => g.GrantId)).toEqual([g1.GrantId]);
    await kmsClientFor(sim, { principal: ALICE }).send(new RetireGrantCommand({ GrantToken: g1.GrantToken }));
    const g2 = await kms.send(
      new CreateGrantCommand({ KeyId: key.KeyId, GranteePrincipal: ALICE, Operations: ['Decrypt'] }),
    );
    await kms.send(new RetireGrantCommand({ KeyId: key.Arn, GrantId: g2.GrantId }));
    expect((await kms.send(new ListGrantsCommand({ KeyId: key.KeyId }))).Grants).toEqual([]);
  });
});

describe('Multi-Region keys (reference §8)', () => {
  test('ReplicateKey: Creating → Enabled; same ID and material; ciphertexts decrypt across Regions', async () => {
    const primary = await newKey({ MultiRegion: true });
    const enc = await kms.send(new EncryptCommand({ KeyId: primary.KeyId, Plaintext: bytes('global') }));
    const rep = await kms.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' }));
    expect(rep.ReplicaKeyMetadata).toMatchObject({
      KeyId: primary.KeyId,
      Arn: primary.Arn.replace('us-east-1', 'eu-west-1'),
      KeyState: 'Creating',
      Enabled: false,
      MultiRegionConfiguration: {
        MultiRegionKeyType: 'REPLICA',
        PrimaryKey: { Arn: primary.Arn, Region: 'us-east-1' },
      },
    });
    const eu = kmsClientFor(sim, { region: 'eu-west-1' });
    expect((await rejects(eu.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })))).name).toBe(
      'KMSInvalidStateException',
    );
    await sim.clock.advance(60_000);
    const dec = await eu.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }));
    expect(new TextDecoder().decode(dec.Plaintext)).toBe('global');
    expect(dec.KeyId).toBe(rep.ReplicaKeyMetadata?.Arn);
    const again = await rejects(
      kms.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' })),
    );
    expect(again.name).toBe('AlreadyExistsException');
    const fromReplica = await rejects(
      eu.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: 'ap-northeast-1' })),
    );
    expect(fromReplica).toMatchObject({
      name: 'UnsupportedOperationException',
      message: `${rep.ReplicaKeyMetadata?.Arn} is not a multi-region primary key.`,
    });
    const single = await newKey();
    expect(
      (await rejects(kms.send(new ReplicateKeyCommand({ KeyId: single.KeyId, ReplicaRegion: 'eu-west-1' }))))
        .name,
    ).toBe('UnsupportedOperationException');
    await kms.send(new UpdatePrimaryRegionCommand({ KeyId: primary.KeyId, PrimaryRegion: 'eu-west-1' }));
    const meta = (await eu.send(new DescribeKeyCommand({ KeyId: primary.KeyId }))).KeyMetadata;
    expect(meta?.MultiRegionConfiguration?.MultiRegionKeyType).toBe('PRIMARY');
  });
});

describe('AWS managed keys (reference §1)', () => {
  test('DescribeKey of alias/aws/s3 creates the key; direct use is denied; use via S3 works', async () => {
    const meta = (await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }))).KeyMetadata;
    expect(meta).toMatchObject({ KeyManager: 'AWS', KeyState: 'Enabled', MultiRegion: false });
    const direct = await rejects(
      kms.send(new GenerateDataKeyCommand({ KeyId: 'alias/aws/s3', KeySpec: 'AES_256' })),
    );
    expect(direct.name).toBe('AccessDeniedException');
    const viaS3 = kmsClientFor(sim, { viaService: 's3' });
    const dk = await viaS3.send(
      new GenerateDataKeyCommand({
        KeyId: 'alias/aws/s3',
        KeySpec: 'AES_256',
        EncryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::b/k' },
      }),
    );
    expect(dk.KeyId).toBe(meta?.Arn);
    const record = sim.trail().at(-1);
    expect(record).toMatchObject({
      sourceIPAddress: 's3.amazonaws.com',
      userIdentity: { invokedBy: 's3.amazonaws.com' },
    });
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: meta?.KeyId }))).KeyRotationEnabled).toBe(
      true,
    );
    expect((await rejects(kms.send(new DisableKeyCommand({ KeyId: meta?.KeyId })))).name).toBe(
      'AccessDeniedException',
    );
    expect((await rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: meta?.KeyId })))).name).toBe(
      'AccessDeniedException',
    );
  });
});

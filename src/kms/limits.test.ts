/**
 * Every request limit of the reference (§0, §3, §4, §5, §7) at its boundary: the largest accepted value
 * succeeds and the next one fails with AWS's exception (and the standard ValidationException text where the
 * limit is an API-model constraint).
 */
import { describe, expect, test } from 'vitest';
import { type CallerOptions, createKmsSimulator, type Invocation, type KmsSimulator } from './index';

type Call = (sim: KmsSimulator, key: string, n: number) => Promise<Invocation>;
const invoke = (sim: KmsSimulator, op: string, req: unknown, caller?: CallerOptions) =>
  (sim.invoke as unknown as (o: string, r: unknown, c?: CallerOptions) => Promise<Invocation>)(
    op,
    req,
    caller,
  );
const bytes = (n: number) => new Uint8Array(n);
const pairs = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
const validation = (value: string, member: string, constraint: string) =>
  `1 validation error detected: ${value} at '${member}' failed to satisfy constraint: Member must ${constraint}`;

/** [limit, ok value, failing value, call, expected error name, expected message or undefined] */
const LIMITS: [string, number, number, Call, string, string | undefined][] = [
  [
    'Encrypt Plaintext ≤ 4096 bytes',
    4096,
    4097,
    (s, k, n) => invoke(s, 'Encrypt', { KeyId: k, Plaintext: bytes(n) }),
    'ValidationException',
    validation('Value', 'plaintext', 'have length less than or equal to 4096'),
  ],
  [
    'GenerateDataKey NumberOfBytes ≤ 1024',
    1024,
    1025,
    (s, k, n) => invoke(s, 'GenerateDataKey', { KeyId: k, NumberOfBytes: n }),
    'ValidationException',
    validation("Value '1025'", 'numberOfBytes', 'have value less than or equal to 1024'),
  ],
  [
    'GenerateRandom NumberOfBytes ≥ 1',
    1,
    0,
    (s, _k, n) => invoke(s, 'GenerateRandom', { NumberOfBytes: n }),
    'ValidationException',
    validation("Value '0'", 'numberOfBytes', 'have value greater than or equal to 1'),
  ],
  [
    'GrantTokens ≤ 10',
    10,
    11,
    (s, k, n) => invoke(s, 'DescribeKey', { KeyId: k, GrantTokens: Array.from({ length: n }, () => 'g') }),
    'ValidationException',
    undefined,
  ],
  [
    'ScheduleKeyDeletion PendingWindowInDays ≤ 30',
    30,
    31,
    (s, k, n) => invoke(s, 'ScheduleKeyDeletion', { KeyId: k, PendingWindowInDays: n }),
    'ValidationException',
    validation("Value '31'", 'pendingWindowInDays', 'have value less than or equal to 30'),
  ],
  [
    'ScheduleKeyDeletion PendingWindowInDays ≥ 7',
    7,
    6,
    (s, k, n) => invoke(s, 'ScheduleKeyDeletion', { KeyId: k, PendingWindowInDays: n }),
    'ValidationException',
    validation("Value '6'", 'pendingWindowInDays', 'have value greater than or equal to 7'),
  ],
  [
    'EnableKeyRotation RotationPeriodInDays ≤ 2560',
    2560,
    2561,
    (s, k, n) => invoke(s, 'EnableKeyRotation', { KeyId: k, RotationPeriodInDays: n }),
    'ValidationException',
    validation("Value '2561'", 'rotationPeriodInDays', 'have value less than or equal to 2560'),
  ],
  [
    'EnableKeyRotation RotationPeriodInDays ≥ 90',
    90,
    89,
    (s, k, n) => invoke(s, 'EnableKeyRotation', { KeyId: k, RotationPeriodInDays: n }),
    'ValidationException',
    validation("Value '89'", 'rotationPeriodInDays', 'have value greater than or equal to 90'),
  ],
  [
    'Description ≤ 8192 characters',
    8192,
    8193,
    (s, k, n) => invoke(s, 'UpdateKeyDescription', { KeyId: k, Description: 'd'.repeat(n) }),
    'ValidationException',
    undefined,
  ],
  [
    'Alias name ≤ 256 characters',
    256,
    257,
    (s, k, n) => invoke(s, 'CreateAlias', { AliasName: `alias/${'a'.repeat(n - 6)}`, TargetKeyId: k }),
    'ValidationException',
    undefined,
  ],
  [
    'ListKeys Limit ≤ 1000',
    1000,
    1001,
    (s, _k, n) => invoke(s, 'ListKeys', { Limit: n }),
    'ValidationException',
    validation("Value '1001'", 'limit', 'have value less than or equal to 1000'),
  ],
  [
    'Tags per key ≤ 50',
    50,
    51,
    (s, k, n) =>
      invoke(s, 'TagResource', {
        KeyId: k,
        Tags: Array.from({ length: n }, (_, i) => ({ TagKey: `t${i}`, TagValue: '' })),
      }),
    'TagException',
    undefined,
  ],
  [
    'Grant constraint ≤ 8 encryption context pairs',
    8,
    9,
    (s, k, n) =>
      invoke(s, 'CreateGrant', {
        KeyId: k,
        GranteePrincipal: 'arn:aws:iam::111122223333:role/Admin',
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: pairs(n) },
      }),
    'ValidationException',
    undefined,
  ],
  [
    'Key policy ≤ 32 KB',
    32_768,
    32_769,
    (s, k, n) => {
      const base = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: '',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      });
      return invoke(s, 'PutKeyPolicy', {
        KeyId: k,
        Policy: base.replace('"Sid":""', `"Sid":"${'s'.repeat(n - base.length)}"`),
      });
    },
    'LimitExceededException',
    undefined,
  ],
];

describe.each(LIMITS)('%s', (_name, ok, failing, call, errorName, message) => {
  test(`${ok} is accepted, ${failing} is refused`, async () => {
    const sim = createKmsSimulator({ seed: 'limits' });
    const created = await sim.invoke('CreateKey', {});
    if (!created.ok) throw created.error;
    const key = created.response.KeyMetadata.Arn;
    const accepted = await call(sim, key, ok);
    expect(accepted.ok ? 'ok' : `${accepted.error.name}: ${accepted.error.message}`).toBe('ok');
    // Same seed ⇒ same key ARN in a fresh world, so the failing value meets an identical key.
    const fresh = createKmsSimulator({ seed: 'limits' });
    await fresh.invoke('CreateKey', {});
    const refused = await call(fresh, key, failing);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.name).toBe(errorName);
      if (message) expect(refused.error.message).toBe(message);
    }
  });
});

test('on-demand rotations ≤ 25 per key, aliases ≤ 50 per key', async () => {
  const sim = createKmsSimulator({ seed: 'counted-limits' });
  const created = await sim.invoke('CreateKey', {});
  if (!created.ok) throw created.error;
  const key = created.response.KeyMetadata.Arn;
  for (let i = 0; i < 25; i++) expect((await sim.invoke('RotateKeyOnDemand', { KeyId: key })).ok).toBe(true);
  const rotation = await sim.invoke('RotateKeyOnDemand', { KeyId: key });
  expect(!rotation.ok && rotation.error.name).toBe('LimitExceededException');
  for (let i = 0; i < 50; i++)
    expect((await sim.invoke('CreateAlias', { AliasName: `alias/n${i}`, TargetKeyId: key })).ok).toBe(true);
  const alias = await sim.invoke('CreateAlias', { AliasName: 'alias/n50', TargetKeyId: key });
  expect(!alias.ok && alias.error.name).toBe('LimitExceededException');
});

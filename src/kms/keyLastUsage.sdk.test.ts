/** GetKeyLastUsage through @aws-sdk/client-kms: the last successful tracked call, matching its CloudTrail record. */
import {
  CreateKeyCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GetKeyLastUsageCommand,
  SignCommand,
} from '@aws-sdk/client-kms';
import { expect, test } from 'vitest';
import { createKmsSimulator } from './index';
import { kmsClientFor, sdkError } from './testing/sdkClient';

test('no usage yet, then the last successful Encrypt with its trail IDs; failed and untracked calls do not count', async () => {
  const sim = createKmsSimulator({ seed: 'last-usage' });
  const kms = kmsClientFor(sim);
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
  const KeyId = KeyMetadata?.KeyId as string;
  const before = await kms.send(new GetKeyLastUsageCommand({ KeyId }));
  expect(before.KeyLastUsage).toBeUndefined();
  expect(before).toMatchObject({ KeyId: KeyMetadata?.Arn, KeyCreationDate: KeyMetadata?.CreationDate });

  await sim.clock.advance(60_000);
  await kms.send(new EncryptCommand({ KeyId, Plaintext: new Uint8Array([1]) }));
  await kms.send(new DescribeKeyCommand({ KeyId }));
  await sdkError(
    kms.send(new SignCommand({ KeyId, Message: new Uint8Array([1]), SigningAlgorithm: 'ECDSA_SHA_256' })),
  );
  const { KeyLastUsage } = await kms.send(new GetKeyLastUsageCommand({ KeyId }));
  const record = sim.trail().find((r) => r.eventName === 'Encrypt');
  expect(KeyLastUsage).toEqual({
    Operation: 'Encrypt',
    Timestamp: new Date('2026-01-01T00:01:00Z'),
    CloudTrailEventId: record?.eventID,
    KmsRequestId: record?.requestID,
  });
  expect(await sdkError(kms.send(new GetKeyLastUsageCommand({ KeyId: 'alias/anything' })))).toMatchObject({
    name: 'NotFoundException',
  });
});

/** CloudTrail records (reference §9): shape, identities, failures, service events, and what is never logged. */
import { describe, expect, test } from 'vitest';
import { toBase64 } from '../crypto';
import { createKmsSimulator } from './index';

const A = '111122223333';

describe('CloudTrail', () => {
  test('a crypto call: the documented shape, EC logged, responseElements null', async () => {
    const sim = createKmsSimulator({ seed: 'trail' });
    const created = await sim.invoke('CreateKey', {});
    if (!created.ok) throw created.error;
    const key = created.response.KeyMetadata;
    const enc = await sim.invoke('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: new TextEncoder().encode('top secret'),
      EncryptionContext: { Department: 'Engineering' },
    });
    const record = sim.trail()[enc.trailRecordIndex as number];
    expect(Object.keys(record)).toEqual([
      'eventVersion',
      'userIdentity',
      'eventTime',
      'eventSource',
      'eventName',
      'awsRegion',
      'sourceIPAddress',
      'userAgent',
      'requestParameters',
      'responseElements',
      'requestID',
      'eventID',
      'readOnly',
      'resources',
      'eventType',
      'managementEvent',
      'recipientAccountId',
      'eventCategory',
    ]);
    expect(record).toMatchObject({
      eventVersion: '1.08',
      eventTime: '2026-01-01T00:00:00Z',
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      awsRegion: 'us-east-1',
      requestParameters: {
        keyId: key.KeyId,
        encryptionContext: { Department: 'Engineering' },
        encryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      },
      responseElements: null,
      readOnly: true,
      resources: [{ accountId: A, type: 'AWS::KMS::Key', ARN: key.Arn }],
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: A,
      eventCategory: 'Management',
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${A}:assumed-role/Admin/kms-lab`,
        sessionContext: {
          sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${A}:role/Admin`, userName: 'Admin' },
        },
      },
    });
    expect(record.requestID).toMatch(/^[0-9a-f-]{36}$/);
    // Management calls on a key name it in responseElements (reference §9).
    const disable = await sim.invoke('DisableKey', { KeyId: key.KeyId });
    expect(sim.trail()[disable.trailRecordIndex as number]).toMatchObject({
      readOnly: false,
      responseElements: { keyId: key.Arn },
    });
  });

  test('never plaintext, data keys or ciphertext', async () => {
    const sim = createKmsSimulator({ seed: 'secrets' });
    const created = await sim.invoke('CreateKey', {});
    if (!created.ok) throw created.error;
    const dk = await sim.invoke('GenerateDataKey', {
      KeyId: created.response.KeyMetadata.KeyId,
      NumberOfBytes: 32,
    });
    if (!dk.ok) throw dk.error;
    const enc = await sim.invoke('Encrypt', {
      KeyId: created.response.KeyMetadata.KeyId,
      Plaintext: new TextEncoder().encode('PLAINTEXT-MARKER'),
    });
    if (!enc.ok) throw enc.error;
    const dec = await sim.invoke('Decrypt', { CiphertextBlob: enc.response.CiphertextBlob });
    expect(dec.ok).toBe(true);
    const text = JSON.stringify(sim.trail());
    for (const secret of [dk.response.Plaintext, dk.response.CiphertextBlob, enc.response.CiphertextBlob])
      expect(text).not.toContain(toBase64(secret));
    expect(text).not.toContain('PLAINTEXT-MARKER');
    expect(text).not.toContain(toBase64(new TextEncoder().encode('PLAINTEXT-MARKER')));
  });

  test('identities by principal type; failures carry errorCode/errorMessage', async () => {
    const sim = createKmsSimulator({ seed: 'who' });
    const user = `arn:aws:iam::${A}:user/Alice`;
    const denied = await sim.invoke('ListKeys', {}, { principal: user });
    expect(sim.trail()[denied.trailRecordIndex as number]).toMatchObject({
      userIdentity: { type: 'IAMUser', arn: user, accountId: A, userName: 'Alice' },
      errorCode: 'AccessDeniedException',
      errorMessage: expect.stringContaining('kms:ListKeys'),
    });
    const root = await sim.invoke('ListKeys', {}, { principal: `arn:aws:iam::${A}:root` });
    expect(root.ok).toBe(true);
    expect(sim.trail()[root.trailRecordIndex as number].userIdentity).toMatchObject({
      type: 'Root',
      principalId: A,
    });
    const viaService = await sim.invoke(
      'DescribeKey',
      { KeyId: 'alias/aws/secretsmanager' },
      { viaService: 'secretsmanager' },
    );
    expect(sim.trail()[viaService.trailRecordIndex as number]).toMatchObject({
      userIdentity: { invokedBy: 'secretsmanager.amazonaws.com' },
      sourceIPAddress: 'secretsmanager.amazonaws.com',
      userAgent: 'secretsmanager.amazonaws.com',
    });
  });

  test('AWS owned key use is not in the customer trail and not metered', async () => {
    const sim = createKmsSimulator({ seed: 'owned' });
    const sealed = await sim.awsOwnedKeys.encrypt('dynamodb', new Uint8Array([1, 2, 3]), {
      encryptionContext: { t: '1' },
    });
    const opened = await sim.awsOwnedKeys.decrypt(sealed.ciphertextBlob, { encryptionContext: { t: '1' } });
    expect(opened.plaintext).toEqual(new Uint8Array([1, 2, 3]));
    expect(sealed.trace.some((s) => s.code === 'key-derived')).toBe(true);
    await expect(
      sim.awsOwnedKeys.decrypt(sealed.ciphertextBlob, { encryptionContext: { t: '2' } }),
    ).rejects.toMatchObject({
      name: 'InvalidCiphertextException',
    });
    expect(sim.trail()).toEqual([]);
    expect(sim.world.requests).toEqual([]);
    const listed = await sim.invoke('ListKeys', {});
    expect(listed.ok && listed.response.Keys).toEqual([]);
  });
});

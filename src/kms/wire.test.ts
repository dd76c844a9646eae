/**
 * The KMS JSON 1.1 facade (reference §0) at the byte level: targets, base64 blobs, epoch-second timestamps,
 * `{__type, message}` errors with HTTP status, and the standard ValidationException text.
 */
import { describe, expect, test } from 'vitest';
import { createKmsSimulator, KmsError } from './index';

const sim = () => createKmsSimulator({ seed: 'wire' });

describe('handle', () => {
  test('unknown targets → UnknownOperationException', async () => {
    const s = sim();
    await expect(s.handle('TrentService.Nope', {})).rejects.toMatchObject({
      name: 'UnknownOperationException',
    });
    await expect(s.handle('Other.Encrypt', {})).rejects.toMatchObject({ name: 'UnknownOperationException' });
    const err = (await s.handle('TrentService.Sign', {}).catch((e) => e)) as KmsError;
    expect(err).toBeInstanceOf(KmsError);
    expect(err.httpStatus).toBe(400);
  });

  test('JSON text or objects; blobs in base64; dates as epoch seconds', async () => {
    const s = createKmsSimulator({ seed: 'wire', startTime: new Date('2026-03-04T05:06:07.250Z') });
    const created = (await s.handle('TrentService.CreateKey', '{"Description":"w"}')) as {
      KeyMetadata: { CreationDate: number; KeyId: string };
    };
    expect(created.KeyMetadata.CreationDate).toBe(Date.UTC(2026, 2, 4, 5, 6, 7, 250) / 1000);
    const enc = (await s.handle('TrentService.Encrypt', {
      KeyId: created.KeyMetadata.KeyId,
      Plaintext: 'aGVsbG8=',
    })) as {
      CiphertextBlob: string;
    };
    expect(enc.CiphertextBlob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const dec = (await s.handle('TrentService.Decrypt', { CiphertextBlob: enc.CiphertextBlob })) as {
      Plaintext: string;
    };
    expect(dec.Plaintext).toBe('aGVsbG8=');
  });

  test('malformed JSON and wrong member types → SerializationException', async () => {
    const s = sim();
    await expect(s.handle('TrentService.ListKeys', '{')).rejects.toMatchObject({
      name: 'SerializationException',
    });
    await expect(s.handle('TrentService.GenerateRandom', { NumberOfBytes: '12' })).rejects.toMatchObject({
      name: 'SerializationException',
    });
    await expect(
      s.handle('TrentService.Encrypt', { KeyId: 'k', Plaintext: 'not base64!' }),
    ).rejects.toMatchObject({
      name: 'SerializationException',
    });
  });

  test.each([
    [
      'Encrypt',
      {},
      "2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; Value null at 'plaintext' failed to satisfy constraint: Member must not be null",
    ],
    [
      'Encrypt',
      { KeyId: '', Plaintext: '' },
      "2 validation errors detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1; Value at 'plaintext' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'GenerateDataKey',
      { KeyId: 'alias/x', KeySpec: 'AES_512' },
      "1 validation error detected: Value 'AES_512' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]",
    ],
    [
      'CreateAlias',
      { AliasName: 'alias/has space', TargetKeyId: 'k' },
      "1 validation error detected: Value 'alias/has space' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    ],
    [
      'TagResource',
      { KeyId: 'k', Tags: [{ TagKey: '', TagValue: 'v' }] },
      "1 validation error detected: Value '' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'ListKeys',
      { Limit: 0 },
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      'ReplicateKey',
      { KeyId: 'k', ReplicaRegion: 'mars' },
      "1 validation error detected: Value 'mars' at 'replicaRegion' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$",
    ],
  ])('%s %j → ValidationException', async (operation, body, message) => {
    await expect(sim().handle(`TrentService.${operation}`, body)).rejects.toMatchObject({
      name: 'ValidationException',
      message,
      httpStatus: 400,
    });
  });
});

/**
 * Bring your own key (Origin EXTERNAL) through the official `@aws-sdk/client-kms`: the wrapping public key
 * imports into WebCrypto and Node, key material wrapped by WebCrypto (RSA-OAEP, as the browser lab does) and by
 * Node + AES-KWP (RSA_AES_KEY_WRAP) imports and works, re-imports must be the same material, deletion and
 * expiry return the key to PendingImport, and the token and origin rules AWS documents hold.
 */
import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  publicEncrypt,
  randomBytes,
  verify,
} from 'node:crypto';
import {
  CreateKeyCommand,
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyRotationStatusCommand,
  GetParametersForImportCommand,
  GetPublicKeyCommand,
  ImportKeyMaterialCommand,
  type KMSClient,
  RotateKeyOnDemandCommand,
  SignCommand,
} from '@aws-sdk/client-kms';
import { aeskwp } from '@noble/ciphers/aes.js';
import { beforeEach, describe, expect, test } from 'vitest';
import type { KmsSimulator } from './index';
import { createKey, sdkError as rejects, sdkSimulator } from './testing/sdkClient';

const DAY = 86_400_000;
const START = new Date('2026-01-01T00:00:00Z');

let sim: KmsSimulator;
let kms: KMSClient;

beforeEach(() => {
  ({ sim, kms } = sdkSimulator('byok-suite'));
});

const externalKey = (input: Partial<{ KeySpec: string; KeyUsage: string }> = {}) =>
  createKey(kms, { Origin: 'EXTERNAL', ...(input as object) });

/** What the browser lab does: import the wrapping key into WebCrypto and wrap with RSA-OAEP SHA-256. */
async function wrapInBrowser(material: Uint8Array, keyId: string) {
  const params = await kms.send(
    new GetParametersForImportCommand({
      KeyId: keyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    }),
  );
  const wrappingKey = await crypto.subtle.importKey(
    'spki',
    new Uint8Array(params.PublicKey as Uint8Array),
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['encrypt'],
  );
  const encrypted = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, wrappingKey, new Uint8Array(material)),
  );
  return { params, encrypted };
}

/** CKM_RSA_AES_KEY_WRAP with Node and noble: RSA-OAEP(AES key) ‖ AES-KWP(material). */
async function wrapWithAesKeyWrap(material: Uint8Array, keyId: string) {
  const params = await kms.send(
    new GetParametersForImportCommand({
      KeyId: keyId,
      WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256',
      WrappingKeySpec: 'RSA_3072',
    }),
  );
  const aesKey = randomBytes(32);
  const publicKey = createPublicKey({
    key: Buffer.from(params.PublicKey as Uint8Array),
    format: 'der',
    type: 'spki',
  });
  const wrappedKey = publicEncrypt(
    { key: publicKey, oaepHash: 'sha256', padding: constants.RSA_PKCS1_OAEP_PADDING },
    aesKey,
  );
  const encrypted = new Uint8Array([...wrappedKey, ...aeskwp(aesKey).encrypt(material)]);
  return { params, encrypted };
}

describe('the BYOK flow for a symmetric key', () => {
  test('PendingImport → wrap in WebCrypto → import → use; ParametersValidTo is 24 hours', async () => {
    const key = await externalKey();
    expect(key).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false });
    expect(key.CurrentKeyMaterialId).toBeUndefined();
    expect(
      await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array(1) }))),
    ).toEqual({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is pending import.`,
    });

    const material = randomBytes(32);
    const { params, encrypted } = await wrapInBrowser(material, key.KeyId);
    expect(params.ParametersValidTo).toEqual(new Date(START.getTime() + DAY));
    const imported = await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    expect(imported.KeyId).toBe(key.Arn);
    expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      Enabled: true,
      Origin: 'EXTERNAL',
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      CurrentKeyMaterialId: imported.KeyMaterialId,
    });
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: new TextEncoder().encode('mine') }),
    );
    const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob }));
    expect(new TextDecoder().decode(Plaintext)).toBe('mine');
  });

  test('delete, re-import the same material (another wrapping), and refuse different material', async () => {
    const key = await externalKey();
    const material = randomBytes(32);
    const first = await wrapInBrowser(material, key.KeyId);
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: first.params.ImportToken,
        EncryptedKeyMaterial: first.encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array([7]) }),
    );

    const deleted = await kms.send(new DeleteImportedKeyMaterialCommand({ KeyId: key.KeyId }));
    expect(deleted.KeyId).toBe(key.Arn);
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(KeyMetadata?.KeyState).toBe('PendingImport');
    expect(await rejects(kms.send(new DecryptCommand({ CiphertextBlob })))).toMatchObject({
      name: 'KMSInvalidStateException',
    });

    const other = await wrapWithAesKeyWrap(randomBytes(32), key.KeyId);
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: key.KeyId,
            ImportToken: other.params.ImportToken,
            EncryptedKeyMaterial: other.encrypted,
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
        ),
      ),
    ).toMatchObject({ name: 'IncorrectKeyMaterialException' });

    const again = await wrapWithAesKeyWrap(material, key.KeyId);
    const reimported = await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: again.params.ImportToken,
        EncryptedKeyMaterial: again.encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    expect(reimported.KeyMaterialId).toBe(deleted.KeyMaterialId);
    const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob }));
    expect(Plaintext).toEqual(new Uint8Array([7]));
  });

  test('material that expires: KMS deletes it at ValidTo and logs DeleteExpiredKeyMaterial', async () => {
    const key = await externalKey();
    const { params, encrypted } = await wrapInBrowser(randomBytes(32), key.KeyId);
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: key.KeyId,
            ImportToken: params.ImportToken,
            EncryptedKeyMaterial: encrypted,
          }),
        ),
      ),
    ).toMatchObject({ name: 'ValidationException' });
    const validTo = new Date(START.getTime() + 2 * DAY);
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: encrypted,
        ExpirationModel: 'KEY_MATERIAL_EXPIRES',
        ValidTo: validTo,
      }),
    );
    expect((await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: validTo,
    });
    await sim.clock.advance(3 * DAY);
    expect((await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata?.KeyState).toBe(
      'PendingImport',
    );
    expect(sim.trail().find((r) => r.eventName === 'DeleteExpiredKeyMaterial')).toMatchObject({
      eventType: 'AwsServiceEvent',
      resources: [{ ARN: key.Arn }],
    });
  });
});

describe('the rules around import', () => {
  test('import tokens: expired after 24 hours, bound to their key; unwrapping failures', async () => {
    const key = await externalKey();
    const otherKey = await externalKey();
    const { params, encrypted } = await wrapInBrowser(randomBytes(32), key.KeyId);
    const request = {
      EncryptedKeyMaterial: encrypted,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    } as const;
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: otherKey.KeyId,
            ImportToken: params.ImportToken,
            ...request,
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidImportTokenException' });
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: key.KeyId,
            ImportToken: params.ImportToken,
            ...request,
            EncryptedKeyMaterial: new Uint8Array(256),
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidCiphertextException' });
    await sim.clock.advance(DAY + 1);
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({ KeyId: key.KeyId, ImportToken: params.ImportToken, ...request }),
        ),
      ),
    ).toMatchObject({ name: 'ExpiredImportTokenException' });
  });

  test('keys of origin AWS_KMS refuse import; imported keys refuse rotation', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    expect(
      await rejects(
        kms.send(
          new GetParametersForImportCommand({
            KeyId: KeyMetadata?.KeyId,
            WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
            WrappingKeySpec: 'RSA_2048',
          }),
        ),
      ),
    ).toEqual({
      name: 'UnsupportedOperationException',
      message: `${KeyMetadata?.Arn} origin is AWS_KMS which is not valid for this operation.`,
    });
    const key = await externalKey();
    const originMessage = `${key.Arn} origin is EXTERNAL which is not valid for this operation.`;
    expect(await rejects(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })))).toEqual({
      name: 'UnsupportedOperationException',
      message: originMessage,
    });
    expect(await rejects(kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId })))).toEqual({
      name: 'UnsupportedOperationException',
      message: originMessage,
    });
    const { params, encrypted } = await wrapInBrowser(randomBytes(32), key.KeyId);
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    expect(await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })))).toEqual({
      name: 'KMSInvalidStateException',
      message: `No available key material pending rotation for the key: ${key.Arn}.`,
    });
  });

  test('symmetric material must be 256 bits', async () => {
    const key = await externalKey();
    const { params, encrypted } = await wrapInBrowser(randomBytes(16), key.KeyId);
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: key.KeyId,
            ImportToken: params.ImportToken,
            EncryptedKeyMaterial: encrypted,
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
        ),
      ),
    ).toMatchObject({ name: 'IncorrectKeyMaterialException' });
  });
});

describe('importing an asymmetric private key', () => {
  test('an OpenSSL P-256 key, wrapped with RSA_AES_KEY_WRAP_SHA_256: KMS signs, OpenSSL verifies', async () => {
    const key = await externalKey({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
    const { params, encrypted } = await wrapWithAesKeyWrap(new Uint8Array(pkcs8), key.KeyId);
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: key.KeyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: encrypted,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
    expect(new Uint8Array(PublicKey as Uint8Array)).toEqual(
      new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })),
    );
    const message = new TextEncoder().encode('signed by my own key');
    const { Signature } = await kms.send(
      new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    expect(verify('sha256', message, pair.publicKey, Signature as Uint8Array)).toBe(true);
  });

  test('a key of another curve is refused', async () => {
    const key = await externalKey({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' });
    const pkcs8 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({
      format: 'der',
      type: 'pkcs8',
    });
    const { params, encrypted } = await wrapWithAesKeyWrap(new Uint8Array(pkcs8), key.KeyId);
    expect(
      await rejects(
        kms.send(
          new ImportKeyMaterialCommand({
            KeyId: key.KeyId,
            ImportToken: params.ImportToken,
            EncryptedKeyMaterial: encrypted,
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
        ),
      ),
    ).toEqual({
      name: 'IncorrectKeyMaterialException',
      message: 'The key material is not valid for key spec ECC_NIST_P384.',
    });
  });
});

/**
 * Shared test inputs for the envelope tests: both crypto providers, deterministic keys from the seeded DRBG,
 * and a small stand-in for KMS's data key wrapping that does real AES-GCM (the data key is encrypted under a
 * wrapping key with the encryption context as AAD, so a changed EDK or context really fails, as KMS Decrypt
 * does). The real engine lives in src/kms; these tests only need "32 bytes plus an opaque CiphertextBlob".
 */
import {
  type CryptoProvider,
  concatBytes,
  createNobleProvider,
  createWebCryptoProvider,
  Drbg,
  equalBytes,
} from '../crypto';
import { DERIVE_KEY_INFO } from './algorithmSuite';
import { DataKeyHandle } from './dataKey';
import { type EncryptionContext, serializeEncryptionContext } from './encryptionContext';
import { AWS_KMS_PROVIDER_ID, awsKmsEncryptedDataKey, type EncryptedDataKey } from './header';
import type { DataKeyRequest } from './messageDecryptor';

export const providers: readonly CryptoProvider[] = [createWebCryptoProvider(), createNobleProvider()];

export const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** Error shaped like the KMS one a real Decrypt returns for a wrong blob or context. */
export class InvalidCiphertextException extends Error {
  override readonly name = 'InvalidCiphertextException';
}

export interface TestMaterials {
  readonly dataKey: DataKeyHandle;
  readonly dataKeyBytes: Uint8Array;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly messageId: Uint8Array;
  readonly decryptDataKey: (request: DataKeyRequest) => Promise<Uint8Array>;
}

/** Deterministic data key, message ID and an EDK wrapped under the context, as GenerateDataKey would give. */
export async function materials(
  provider: CryptoProvider,
  encryptionContext: EncryptionContext = {},
  seed = 'envelope-test',
): Promise<TestMaterials> {
  const drbg = Drbg.fromSeed(seed);
  const wrappingKey = drbg.bytes(32);
  const dataKeyBytes = drbg.bytes(32);
  const messageId = drbg.bytes(32);
  const iv = drbg.bytes(12);
  const sealed = await provider.aesGcmEncrypt(
    wrappingKey,
    iv,
    dataKeyBytes,
    serializeEncryptionContext(encryptionContext),
  );
  const ciphertextBlob = concatBytes(iv, sealed);
  return {
    dataKey: new DataKeyHandle(new Uint8Array(dataKeyBytes)),
    dataKeyBytes,
    encryptedDataKeys: [awsKmsEncryptedDataKey(KEY_ARN, ciphertextBlob)],
    messageId,
    decryptDataKey: async ({ encryptedDataKeys, encryptionContext: context }) => {
      const edk = encryptedDataKeys.find((e) => e.providerId === AWS_KMS_PROVIDER_ID);
      if (!edk) throw new InvalidCiphertextException('no aws-kms encrypted data key');
      try {
        return await provider.aesGcmDecrypt(
          wrappingKey,
          edk.ciphertext.subarray(0, 12),
          edk.ciphertext.subarray(12),
          serializeEncryptionContext(context),
        );
      } catch {
        throw new InvalidCiphertextException('');
      }
    },
  };
}

/** `n` deterministic pseudo-random bytes (plaintexts for tests). */
export function testBytes(n: number, seed = 'plaintext'): Uint8Array<ArrayBuffer> {
  return Drbg.fromSeed(seed).bytes(n);
}

/**
 * The real provider, remembering every message encryption key (HKDF output with the DERIVEKEY info) it handed
 * out, so a test can check those very buffers are zero-filled afterwards.
 */
export function recordingEncryptionKeys(provider: CryptoProvider) {
  const encryptionKeys: Uint8Array[] = [];
  const recording: CryptoProvider = {
    name: provider.name,
    aesGcmEncrypt: provider.aesGcmEncrypt.bind(provider),
    aesGcmDecrypt: provider.aesGcmDecrypt.bind(provider),
    hmac: provider.hmac.bind(provider),
    digest: provider.digest.bind(provider),
    hkdf: async (hash, ikm, salt, info, length) => {
      const out = await provider.hkdf(hash, ikm, salt, info, length);
      if (equalBytes(info, DERIVE_KEY_INFO)) encryptionKeys.push(out);
      return out;
    },
  };
  return { recording, encryptionKeys };
}

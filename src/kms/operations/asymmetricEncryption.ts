/**
 * Encrypt and Decrypt with an RSA ENCRYPT_DECRYPT key (API_Encrypt, API_Decrypt; reference §3): RSAES-OAEP with
 * SHA-1 or SHA-256, an empty label, and AWS's plaintext limits (k − 2·hLen − 2: RSA_2048 214/190 bytes,
 * RSA_3072 342/318, RSA_4096 470/446). The ciphertext is the bare OAEP output, exactly what anyone holding the
 * public key (GetPublicKey) makes offline, so Decrypt must be told the key and the algorithm.
 * An encryption context cannot be bound to RSA encryption; it is not used here.
 */
import {
  isRsaSpec,
  RSA_ENCRYPTION_ALGORITHMS,
  type RsaEncryptionAlgorithm,
  rsaDecrypt,
  rsaEncrypt,
  rsaPlaintextLimit,
} from '../asymmetric';
import type { OperationContext } from '../context';
import { incompatibleAlgorithm, invalidCiphertext, invalidKeyUsage, KmsError } from '../errors';
import { currentVersion, type KeyRecord, type RsaKeySpec } from '../world';

const isRsaAlgorithm = (algorithm: string | undefined): algorithm is RsaEncryptionAlgorithm =>
  (RSA_ENCRYPTION_ALGORITHMS as readonly (string | undefined)[]).includes(algorithm);

/** Whether Encrypt should take the RSA path: an RSA encryption key asked for an OAEP algorithm. */
export const isRsaEncryption = (
  key: KeyRecord,
  algorithm: string | undefined,
): algorithm is RsaEncryptionAlgorithm =>
  isRsaSpec(key.keySpec) && key.keyUsage === 'ENCRYPT_DECRYPT' && isRsaAlgorithm(algorithm);

export async function encryptWithRsaKey(
  ctx: OperationContext,
  key: KeyRecord,
  algorithm: RsaEncryptionAlgorithm,
  plaintext: Uint8Array,
) {
  const limit = await rsaPlaintextLimit(key.keySpec as RsaKeySpec, algorithm);
  // [doc][rec] wording (reference §3).
  if (plaintext.length > limit)
    throw new KmsError(
      'ValidationException',
      `Algorithm ${algorithm} and key spec ${key.keySpec} cannot encrypt data larger than ${limit} bytes.`,
    );
  const ciphertext = await rsaEncrypt(currentVersion(key).material, algorithm, plaintext, ctx.drbg);
  ctx.trace.push({ code: 'asymmetric-encrypted', algorithm, ciphertext: ciphertext.slice() });
  return {
    CiphertextBlob: ciphertext,
    KeyId: key.arn,
    EncryptionAlgorithm: algorithm,
  };
}

/** An RSA ENCRYPT_DECRYPT key asked for one of its OAEP algorithms (InvalidKeyUsage / incompatible algorithm otherwise). */
export function requireRsaEncryptionKey(
  key: KeyRecord,
  operation: string,
  algorithm: string | undefined,
): RsaEncryptionAlgorithm {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw invalidKeyUsage(key.arn, key.keyUsage, operation);
  if (!isRsaAlgorithm(algorithm)) throw incompatibleAlgorithm(algorithm ?? 'SYMMETRIC_DEFAULT', key.keySpec);
  return algorithm;
}

/** The plaintext of an OAEP ciphertext under the key (InvalidCiphertextException when it does not open). */
export async function decryptWithRsaKey(
  ctx: OperationContext,
  key: KeyRecord,
  algorithm: RsaEncryptionAlgorithm,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  const plaintext = await rsaDecrypt(currentVersion(key).material, algorithm, ciphertext);
  ctx.trace.push({ code: 'asymmetric-decrypted', algorithm, ok: plaintext !== undefined });
  if (!plaintext) throw invalidCiphertext();
  return plaintext;
}

/**
 * AES Key Wrap with Padding (RFC 5649, NIST SP 800-38F KWP) on @noble/ciphers: the second half of KMS's
 * RSA_AES_KEY_WRAP_SHA_1/SHA_256 import wrapping (PKCS #11 CKM_RSA_AES_KEY_WRAP: an ephemeral AES key wrapped with
 * RSA-OAEP, followed by the key material wrapped with KWP under that AES key).
 */
import { aeskwp } from '@noble/ciphers/aes.js';

export const aesKeyWrapWithPadding = (kek: Uint8Array, plaintext: Uint8Array): Uint8Array =>
  aeskwp(kek).encrypt(plaintext);

/** The unwrapped bytes, or undefined when the integrity check (RFC 5649 §3) fails. */
export function aesKeyUnwrapWithPadding(kek: Uint8Array, wrapped: Uint8Array): Uint8Array | undefined {
  try {
    return aeskwp(kek).decrypt(wrapped);
  } catch {
    return undefined;
  }
}

/**
 * The cryptographic primitives KMS Lab needs, behind one interface so the engine runs the same on
 * WebCrypto (secure contexts, fast) and on @noble/ciphers + @noble/hashes (insecure http contexts,
 * Node without webcrypto). Both implementations must produce byte-identical outputs.
 *
 * Conventions:
 * - AES-GCM always uses a 12-byte IV and a 16-byte tag (NIST SP 800-38D §5.2.1.1, §5.2.1.2);
 *   `aesGcmEncrypt` returns ciphertext || tag, as WebCrypto does.
 * - `aesGcmDecrypt` rejects with `AuthenticationFailed` when the tag does not verify.
 * - Inputs are never modified; outputs are fresh buffers the caller owns (and may zero-fill).
 */
export type HashName = 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface CryptoProvider {
  readonly name: 'webcrypto' | 'noble';
  aesGcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Promise<Uint8Array>;
  aesGcmDecrypt(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array, aad?: Uint8Array): Promise<Uint8Array>;
  /** RFC 5869 HKDF (extract + expand). */
  hkdf(hash: 'SHA-256' | 'SHA-384' | 'SHA-512', ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Promise<Uint8Array>;
  /** RFC 2104 HMAC. */
  hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array>;
  digest(hash: HashName, data: Uint8Array): Promise<Uint8Array>;
}

/** Thrown by `aesGcmDecrypt` when the authentication tag does not match (tampered bytes, wrong key or AAD). */
export class AuthenticationFailed extends Error {
  override readonly name = 'AuthenticationFailed';
  constructor() {
    super('AES-GCM authentication tag did not verify');
  }
}

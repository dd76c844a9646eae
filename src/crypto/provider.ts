/**
 * The cryptographic primitives KMS Lab needs, behind one interface so the engine runs the same on
 * WebCrypto (secure contexts, fast) and on @noble/ciphers + @noble/hashes (insecure http contexts,
 * Node without webcrypto). Both implementations must produce byte-identical outputs.
 *
 * Conventions:
 * - AES-GCM always uses a 12-byte IV and a 16-byte tag (NIST SP 800-38D §5.2.1.1, §5.2.1.2);
 *   `aesGcmEncrypt` returns ciphertext || tag, as WebCrypto does. Keys are 16, 24 or 32 bytes (KMS itself
 *   uses 32; GenerateDataKey can hand out AES_128 data keys that envelope code then uses).
 * - `aesGcmDecrypt` rejects with `AuthenticationFailed` when the tag does not verify (including a sealed
 *   input shorter than the tag).
 * - Wrong sizes (key, IV, HKDF length) reject with a `RangeError` before any crypto runs, identically in
 *   both implementations.
 * - Inputs are never modified; outputs are fresh buffers the caller owns (and may zero-fill). Outputs are
 *   `Uint8Array<ArrayBuffer>` so they can be handed to crypto.subtle directly.
 */
export type HashName = 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';
export type HkdfHashName = 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface CryptoProvider {
  readonly name: 'webcrypto' | 'noble';
  aesGcmEncrypt(
    key: Uint8Array,
    iv: Uint8Array,
    plaintext: Uint8Array,
    aad?: Uint8Array,
  ): Promise<Uint8Array<ArrayBuffer>>;
  aesGcmDecrypt(
    key: Uint8Array,
    iv: Uint8Array,
    sealed: Uint8Array,
    aad?: Uint8Array,
  ): Promise<Uint8Array<ArrayBuffer>>;
  /** RFC 5869 HKDF (extract + expand). `length` is 1..255×HashLen bytes (RFC 5869 §2.3). */
  hkdf(
    hash: HkdfHashName,
    ikm: Uint8Array,
    salt: Uint8Array,
    info: Uint8Array,
    length: number,
  ): Promise<Uint8Array<ArrayBuffer>>;
  /** RFC 2104 HMAC. */
  hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
  digest(hash: HashName, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
}

/** Thrown by `aesGcmDecrypt` when the authentication tag does not match (tampered bytes, wrong key or AAD). */
export class AuthenticationFailed extends Error {
  override readonly name = 'AuthenticationFailed';
  constructor() {
    super('AES-GCM authentication tag did not verify');
  }
}

/** GCM tag length in bytes (NIST SP 800-38D §5.2.1.2: 128 bits). */
export const GCM_TAG_LENGTH = 16;
/** GCM IV length in bytes (NIST SP 800-38D §5.2.1.1: 96 bits is the recommended, fast-path length). */
export const GCM_IV_LENGTH = 12;

const HASH_LENGTH: Record<HashName, number> = { 'SHA-224': 28, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** Shared argument checks so both providers fail the same way on the same inputs. */
export function checkAesGcmArguments(key: Uint8Array, iv: Uint8Array): void {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) {
    throw new RangeError(`AES key must be 16, 24 or 32 bytes, got ${key.length}`);
  }
  if (iv.length !== GCM_IV_LENGTH) throw new RangeError(`AES-GCM IV must be 12 bytes, got ${iv.length}`);
}

export function checkHkdfLength(hash: HkdfHashName, length: number): void {
  const max = 255 * HASH_LENGTH[hash];
  if (!Number.isInteger(length) || length < 1 || length > max) {
    throw new RangeError(`HKDF-${hash} output length must be 1..${max} bytes, got ${length}`);
  }
}

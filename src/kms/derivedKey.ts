/**
 * Per-call key derivation inside the simulated HSM. AWS KMS encrypts each request under a fresh key
 * K = KDF(HBK, N) derived from the backing key and a random 128-bit nonce N; the cryptographic-details paper
 * names the KDF as NIST SP 800-108 in counter mode with HMAC-SHA256 (reference §6).
 *
 * SP 800-108r1 §4.1 (KDF in Counter Mode), PRF = HMAC-SHA256 (h = 256), counter width r = 32, L = 256:
 *   n = ⌈L / h⌉ = 1, so  K = HMAC-SHA256(K_IN, [1]_32 ‖ Label ‖ 0x00 ‖ Context ‖ [L]_32)
 * with Label = "KMS Lab symmetric encryption" and Context = N.
 */

import type { CryptoProvider } from '../crypto';
import { concatBytes, utf8Encode, writeUint32BE } from '../crypto';

export const DERIVED_KEY_LABEL = 'KMS Lab symmetric encryption';
const DERIVED_KEY_BITS = 256;

/** One-block SP 800-108 counter-mode KDF with HMAC-SHA256, returning 32 bytes. */
export async function counterModeKdf(
  provider: CryptoProvider,
  keyIn: Uint8Array,
  label: Uint8Array,
  context: Uint8Array,
): Promise<Uint8Array> {
  const counter = new Uint8Array(4);
  writeUint32BE(counter, 1);
  const length = new Uint8Array(4);
  writeUint32BE(length, DERIVED_KEY_BITS);
  return provider.hmac('SHA-256', keyIn, concatBytes(counter, label, new Uint8Array([0]), context, length));
}

export function deriveDataEncryptionKey(provider: CryptoProvider, backingKey: Uint8Array, nonce: Uint8Array) {
  return counterModeKdf(provider, backingKey, utf8Encode(DERIVED_KEY_LABEL), nonce);
}

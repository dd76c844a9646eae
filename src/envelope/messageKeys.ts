import { AuthenticationFailed, type CryptoProvider } from '../crypto';
import { ALGORITHM_SUITE, COMMIT_KEY_INFO, DERIVE_KEY_INFO } from './algorithmSuite';
import { EnvelopeError } from './errors';
import type { KeyDerivationTrace } from './trace';

/** All-zero IV of the v2.0 header authentication (encrypt.md "Construct the header": "The IV has a value of 0"). */
export const HEADER_AUTH_IV = new Uint8Array(ALGORITHM_SUITE.ivLength);
const EMPTY = new Uint8Array(0);

/** The per-message keys HKDF derives from the plaintext data key and the message ID. */
export interface MessageKeys {
  /** The AES-256-GCM key of the header tag and every frame. Secret: the caller zero-fills it when done. */
  readonly encryptionKey: Uint8Array;
  /** Public: stored in the header as algorithm suite data. */
  readonly commitmentKey: Uint8Array;
  readonly trace: KeyDerivationTrace;
}

/**
 * client-apis/key-derivation.md: encryption key = HKDF-SHA512(IKM = data key, salt = message ID,
 * info = suite ID || "DERIVEKEY", L = 32); commit key = HKDF-SHA512(same IKM and salt, info = "COMMITKEY",
 * L = 32). The spec suggests running the extract step once for both; the provider's HKDF runs extract+expand
 * per call, which yields the same bytes (the extract output depends only on IKM and salt).
 */
export async function deriveMessageKeys(
  provider: CryptoProvider,
  dataKey: Uint8Array,
  messageId: Uint8Array,
  revealSecrets = false,
): Promise<MessageKeys> {
  const { hkdfHash, encryptionKeyLength, commitKeyLength } = ALGORITHM_SUITE;
  const [encryptionKey, commitmentKey] = await Promise.all([
    provider.hkdf(hkdfHash, dataKey, messageId, DERIVE_KEY_INFO, encryptionKeyLength),
    provider.hkdf(hkdfHash, dataKey, messageId, COMMIT_KEY_INFO, commitKeyLength),
  ]);
  const trace: KeyDerivationTrace = {
    hash: hkdfHash,
    salt: new Uint8Array(messageId),
    encryptionKeyInfo: DERIVE_KEY_INFO,
    commitKeyInfo: COMMIT_KEY_INFO,
    commitmentKey,
    ...(revealSecrets && {
      revealed: { dataKey: new Uint8Array(dataKey), encryptionKey: new Uint8Array(encryptionKey) },
    }),
  };
  return { encryptionKey, commitmentKey, trace };
}

/** Header authentication tag: AES-GCM(key, IV = 0, plaintext = empty, AAD = header body) (encrypt.md). */
export function headerAuthTag(provider: CryptoProvider, key: Uint8Array, headerBody: Uint8Array) {
  return provider.aesGcmEncrypt(key, HEADER_AUTH_IV, EMPTY, headerBody);
}

/** decrypt.md "Verify the header": decrypt the empty ciphertext with the stored tag; failure halts. */
export async function verifyHeaderAuthTag(
  provider: CryptoProvider,
  key: Uint8Array,
  headerBody: Uint8Array,
  tag: Uint8Array,
): Promise<void> {
  try {
    await provider.aesGcmDecrypt(key, HEADER_AUTH_IV, tag, headerBody);
  } catch (error) {
    if (!(error instanceof AuthenticationFailed)) throw error;
    throw new EnvelopeError(
      'header-auth-failed',
      'the header authentication tag did not verify: header bytes or the encryption context were changed',
      { step: 'header-auth', field: 'headerAuthenticationTag', cause: error },
    );
  }
}

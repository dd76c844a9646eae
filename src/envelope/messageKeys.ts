import { AuthenticationFailed, type CryptoProvider, concatBytes, createNobleProvider } from '../crypto';
import {
  ALGORITHM_SUITE,
  type AlgorithmSuite,
  COMMIT_KEY_INFO,
  deriveKeyInfo,
  suiteIdBytes,
} from './algorithmSuite';
import { EnvelopeError } from './errors';
import type { KeyDerivationTrace } from './trace';

/** All-zero IV of the v2.0 header authentication (encrypt.md "Construct the header": "The IV has a value of 0"). */
export const HEADER_AUTH_IV = new Uint8Array(ALGORITHM_SUITE.ivLength);
const EMPTY = new Uint8Array(0);

/** The per-message keys derived from the plaintext data key and the message ID. */
export interface MessageKeys {
  /** The AES-GCM key of the header tag and every frame. Secret: the caller zero-fills it when done. */
  readonly encryptionKey: Uint8Array;
  /** Public: stored in the header as algorithm suite data (format 2.0; empty in 1.0). */
  readonly commitmentKey: Uint8Array;
  readonly trace: KeyDerivationTrace;
}

const HASH_LENGTH = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 } as const;

/**
 * The suite's key derivation (client-apis/key-derivation.md, framework/algorithm-suites.md):
 * - format 2.0 (committing): encryption key = HKDF-SHA512(IKM = data key, salt = message ID, info = suite ID ||
 *   "DERIVEKEY", L = 32); commit key = HKDF-SHA512(same IKM and salt, info = "COMMITKEY", L = 32). The spec
 *   suggests running the extract step once for both; the provider's HKDF runs extract+expand per call, which
 *   yields the same bytes (the extract output depends only on IKM and salt);
 * - format 1.0 with HKDF: HKDF(hash, IKM = data key, no salt (RFC 5869: HashLen zero bytes), info = suite ID ||
 *   message ID, L = key length);
 * - format 1.0 identity KDF (0x0014, 0x0046, 0x0078): the data key is the AES key.
 */
export async function deriveMessageKeys(
  provider: CryptoProvider,
  dataKey: Uint8Array,
  messageId: Uint8Array,
  revealSecrets = false,
  suite: AlgorithmSuite = ALGORITHM_SUITE,
): Promise<MessageKeys> {
  if (dataKey.length !== suite.dataKeyLength) {
    throw new EnvelopeError(
      'invalid-input',
      `${suite.name} needs a ${suite.dataKeyLength}-byte data key, got ${dataKey.length} bytes`,
      { step: 'data-key' },
    );
  }
  let encryptionKey: Uint8Array;
  let commitmentKey: Uint8Array = EMPTY;
  let salt: Uint8Array = EMPTY;
  let encryptionKeyInfo: Uint8Array = EMPTY;
  let commitKeyInfo: Uint8Array = EMPTY;
  const hash = suite.kdf === 'hkdf' ? (suite.hkdfHash as keyof typeof HASH_LENGTH) : undefined;
  if (!hash) {
    encryptionKey = new Uint8Array(dataKey);
  } else if (suite.commitKeyLength > 0) {
    salt = messageId;
    encryptionKeyInfo = deriveKeyInfo(suite.id);
    commitKeyInfo = COMMIT_KEY_INFO;
    [encryptionKey, commitmentKey] = await Promise.all([
      provider.hkdf(hash, dataKey, salt, encryptionKeyInfo, suite.encryptionKeyLength),
      provider.hkdf(hash, dataKey, salt, commitKeyInfo, suite.commitKeyLength),
    ]);
  } else {
    salt = new Uint8Array(HASH_LENGTH[hash]);
    encryptionKeyInfo = concatBytes(suiteIdBytes(suite.id), messageId);
    encryptionKey = await provider.hkdf(hash, dataKey, salt, encryptionKeyInfo, suite.encryptionKeyLength);
  }
  const trace: KeyDerivationTrace = {
    hash: hash ?? 'identity',
    salt: new Uint8Array(salt),
    encryptionKeyInfo,
    commitKeyInfo,
    commitmentKey,
    ...(revealSecrets && {
      revealed: { dataKey: new Uint8Array(dataKey), encryptionKey: new Uint8Array(encryptionKey) },
    }),
  };
  return { encryptionKey, commitmentKey, trace };
}

let noble: CryptoProvider | undefined;
/**
 * The provider for a suite's AES-GCM: 192-bit suites (0x0046, 0x0146, 0x0346) always use @noble/ciphers,
 * because WebCrypto implementations may refuse 192-bit AES keys and Chromium does (WebCrypto §"AES-GCM").
 */
export function cipherProvider(provider: CryptoProvider, suite: AlgorithmSuite): CryptoProvider {
  if (suite.encryptionKeyLength !== 24 || provider.name === 'noble') return provider;
  noble ??= createNobleProvider();
  return noble;
}

/** Header authentication tag: AES-GCM(key, IV, plaintext = empty, AAD = header body) (encrypt.md). */
export function headerAuthTag(
  provider: CryptoProvider,
  key: Uint8Array,
  headerBody: Uint8Array,
  iv: Uint8Array = HEADER_AUTH_IV,
) {
  return provider.aesGcmEncrypt(key, iv, EMPTY, headerBody);
}

/**
 * decrypt.md "Verify the header": decrypt the empty ciphertext with the stored tag and the header's IV (all
 * zeros in format 2.0, stored in 1.0); failure halts.
 */
export async function verifyHeaderAuthTag(
  provider: CryptoProvider,
  key: Uint8Array,
  headerBody: Uint8Array,
  tag: Uint8Array,
  iv: Uint8Array = HEADER_AUTH_IV,
): Promise<void> {
  try {
    await provider.aesGcmDecrypt(key, iv, tag, headerBody);
  } catch (error) {
    if (!(error instanceof AuthenticationFailed)) throw error;
    throw new EnvelopeError(
      'header-auth-failed',
      'the header authentication tag did not verify: header bytes or the encryption context were changed',
      { step: 'header-auth', field: 'headerAuthenticationTag', cause: error },
    );
  }
}

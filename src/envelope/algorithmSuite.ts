import { GCM_IV_LENGTH, GCM_TAG_LENGTH, utf8Encode } from '../crypto';

/**
 * The one algorithm suite this lab implements: ESDK `ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY`, ID 0x0478,
 * message format 2.0 (aws-encryption-sdk-specification framework/algorithm-suites.md, "Supported Algorithm
 * Suites" and the key derivation, commit key and encryption settings tables). It is the default suite of
 * current SDKs minus the ECDSA P-384 signature (0x0578): every other step of envelope encryption is the same.
 */
export const ALGORITHM_SUITE = {
  id: 0x0478,
  name: 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY',
  messageFormatVersion: 2,
  /** Key derivation input length: the plaintext data key is 256 bits. */
  dataKeyLength: 32,
  /** HKDF hash and salt: the salt is the 256-bit message ID. */
  hkdfHash: 'SHA-512',
  messageIdLength: 32,
  encryptionKeyLength: 32,
  /** Algorithm suite data = the commit key, 32 bytes. */
  commitKeyLength: 32,
  ivLength: GCM_IV_LENGTH,
  tagLength: GCM_TAG_LENGTH,
} as const;

/** Big-endian suite ID bytes, as they appear in the header and in the DERIVEKEY info. */
const SUITE_ID_BYTES = new Uint8Array([ALGORITHM_SUITE.id >> 8, ALGORITHM_SUITE.id & 0xff]);

/**
 * HKDF info strings (client-apis/key-derivation.md): for committing suites the encryption key's info is the
 * suite ID followed by "DERIVEKEY"; the commit key's info is "COMMITKEY".
 */
export const DERIVE_KEY_INFO = new Uint8Array([...SUITE_ID_BYTES, ...utf8Encode('DERIVEKEY')]);
export const COMMIT_KEY_INFO = utf8Encode('COMMITKEY');

/**
 * Every ESDK suite ID (algorithm-suites.md "Supported Algorithm Suites"), so a failure can name what the
 * message asked for rather than printing a bare number.
 */
export const ESDK_SUITE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x0578, 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384'],
  [0x0478, 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY'],
  [0x0378, 'ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384'],
  [0x0346, 'ALG_AES_192_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384'],
  [0x0214, 'ALG_AES_128_GCM_IV12_TAG16_HKDF_SHA256_ECDSA_P256'],
  [0x0178, 'ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA256'],
  [0x0146, 'ALG_AES_192_GCM_IV12_TAG16_HKDF_SHA256'],
  [0x0114, 'ALG_AES_128_GCM_IV12_TAG16_HKDF_SHA256'],
  [0x0078, 'ALG_AES_256_GCM_IV12_TAG16_NO_KDF'],
  [0x0046, 'ALG_AES_192_GCM_IV12_TAG16_NO_KDF'],
  [0x0014, 'ALG_AES_128_GCM_IV12_TAG16_NO_KDF'],
]);

/**
 * Frame length the ESDK uses when the caller gives none (client-apis/encrypt.md "Frame Length"), and the one
 * the studio uses for text: small frames make the byte map readable. The trade-off for files: every frame is
 * one AES-GCM call (plus 28 bytes of IV, sequence number and tag), and per-call overhead dominates small
 * calls in WebCrypto (a promise and a thread-pool round trip each): a 256 MiB file is 65,536 frames of 4 KiB
 * but 256 of 1 MiB, and bench/envelope-node.bench.ts measured WebCrypto at roughly 15–45 MB/s with 4 KiB
 * frames against 250–700 MB/s with 64 KiB–1 MiB frames on the same (loaded) machine. Larger frames cost
 * memory (a frame is buffered whole) and coarser failure reports (a tampered byte fails its whole frame).
 */
export const DEFAULT_FRAME_LENGTH = 4096;
/** Frame length for large files (the worker's callers): 256 frames per 256 MiB. */
export const FILE_FRAME_LENGTH = 1024 * 1024;
/** Frame lengths are UInt32 and must be > 0 (encrypt.md "Frame Length"). */
export const MAX_FRAME_LENGTH = 0xffff_ffff;

import { GCM_IV_LENGTH, GCM_TAG_LENGTH, type HkdfHashName, utf8Encode } from '../crypto';

/**
 * The AWS Encryption SDK's algorithm suites (aws-encryption-sdk-specification framework/algorithm-suites.md,
 * "Supported Algorithm Suites", and @aws-crypto/material-management's `AlgorithmSuiteIdentifier`, which lists
 * the same eleven). All are AES-GCM with a 12-byte IV and a 16-byte tag; they differ in key length, key
 * derivation, key commitment (message format 2.0 only) and the ECDSA signature in the footer.
 *
 * This lab writes the two committing suites (0x0478, 0x0578) and reads all eleven, so a message any ESDK made
 * opens here. The ESDK itself reads the format 1.0 suites only when its commitment policy allows
 * (`REQUIRE_ENCRYPT_ALLOW_DECRYPT` or `FORBID_ENCRYPT_ALLOW_DECRYPT`); its default,
 * `REQUIRE_ENCRYPT_REQUIRE_DECRYPT`, refuses them (see `decryptRefusedByDefaultPolicy`).
 */
export interface AlgorithmSuite {
  readonly id: number;
  readonly name: string;
  readonly messageFormatVersion: 1 | 2;
  /** Bytes of the data key (= key derivation input length). */
  readonly dataKeyLength: 16 | 24 | 32;
  /** Bytes of the AES key the KDF derives (the data key itself for the identity KDF). */
  readonly encryptionKeyLength: 16 | 24 | 32;
  /** `identity`: the data key is the AES key (0x0014, 0x0046, 0x0078). */
  readonly kdf: 'identity' | 'hkdf';
  readonly hkdfHash?: HkdfHashName;
  /** Key commitment (format 2.0): a 32-byte commit key in the header as algorithm suite data. */
  readonly commitKeyLength: 0 | 32;
  /** 16 bytes in format 1.0, 32 in 2.0 (message-header.md "Message ID"). */
  readonly messageIdLength: 16 | 32;
  /** ECDSA over the hash of header and body, DER in the footer; the public key in the encryption context. */
  readonly signature?: { readonly curve: 'P-256' | 'P-384'; readonly hash: 'SHA-256' | 'SHA-384' };
  readonly ivLength: number;
  readonly tagLength: number;
}

const GCM = { ivLength: GCM_IV_LENGTH, tagLength: GCM_TAG_LENGTH } as const;

function v1(
  id: number,
  name: string,
  keyLength: 16 | 24 | 32,
  kdf: Pick<AlgorithmSuite, 'kdf' | 'hkdfHash' | 'signature'>,
): AlgorithmSuite {
  return {
    id,
    name,
    messageFormatVersion: 1,
    dataKeyLength: keyLength,
    encryptionKeyLength: keyLength,
    commitKeyLength: 0,
    messageIdLength: 16,
    ...kdf,
    ...GCM,
  };
}

const P384 = { curve: 'P-384', hash: 'SHA-384' } as const;

/** ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY: key commitment, no signature. The studio's default. */
export const ALGORITHM_SUITE = {
  id: 0x0478,
  name: 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY',
  messageFormatVersion: 2,
  dataKeyLength: 32,
  kdf: 'hkdf',
  /** HKDF hash; the salt is the 256-bit message ID. */
  hkdfHash: 'SHA-512',
  messageIdLength: 32,
  encryptionKeyLength: 32,
  /** Algorithm suite data = the commit key, 32 bytes. */
  commitKeyLength: 32,
  ...GCM,
} as const satisfies AlgorithmSuite;

/**
 * ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384: 0x0478 plus an ECDSA P-384 / SHA-384 signature over the
 * whole message in the footer. The default suite of current ESDKs (commitment policy
 * REQUIRE_ENCRYPT_REQUIRE_DECRYPT): most real messages use it.
 */
export const SIGNED_ALGORITHM_SUITE = {
  ...ALGORITHM_SUITE,
  id: 0x0578,
  name: 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384',
  signature: P384,
} as const satisfies AlgorithmSuite;

/** Every ESDK suite, by ID (algorithm-suites.md; names as the specification writes them). */
export const ALGORITHM_SUITES: ReadonlyMap<number, AlgorithmSuite> = new Map(
  [
    SIGNED_ALGORITHM_SUITE,
    ALGORITHM_SUITE,
    v1(0x0378, 'ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384', 32, {
      kdf: 'hkdf',
      hkdfHash: 'SHA-384',
      signature: P384,
    }),
    v1(0x0346, 'ALG_AES_192_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384', 24, {
      kdf: 'hkdf',
      hkdfHash: 'SHA-384',
      signature: P384,
    }),
    v1(0x0214, 'ALG_AES_128_GCM_IV12_TAG16_HKDF_SHA256_ECDSA_P256', 16, {
      kdf: 'hkdf',
      hkdfHash: 'SHA-256',
      signature: { curve: 'P-256', hash: 'SHA-256' },
    }),
    v1(0x0178, 'ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA256', 32, { kdf: 'hkdf', hkdfHash: 'SHA-256' }),
    v1(0x0146, 'ALG_AES_192_GCM_IV12_TAG16_HKDF_SHA256', 24, { kdf: 'hkdf', hkdfHash: 'SHA-256' }),
    v1(0x0114, 'ALG_AES_128_GCM_IV12_TAG16_HKDF_SHA256', 16, { kdf: 'hkdf', hkdfHash: 'SHA-256' }),
    v1(0x0078, 'ALG_AES_256_GCM_IV12_TAG16_NO_KDF', 32, { kdf: 'identity' }),
    v1(0x0046, 'ALG_AES_192_GCM_IV12_TAG16_NO_KDF', 24, { kdf: 'identity' }),
    v1(0x0014, 'ALG_AES_128_GCM_IV12_TAG16_NO_KDF', 16, { kdf: 'identity' }),
  ].map((suite) => [suite.id, suite]),
);

/** Suite names by ID, so a failure or a byte map can name what a message asked for. */
export const ESDK_SUITE_NAMES: ReadonlyMap<number, string> = new Map(
  [...ALGORITHM_SUITES].map(([id, suite]) => [id, suite.name]),
);

/** The suites this lab writes (message format 2.0, key commitment). */
export const WRITABLE_SUITE_IDS = [ALGORITHM_SUITE.id, SIGNED_ALGORITHM_SUITE.id] as const;
export type WritableSuiteId = (typeof WRITABLE_SUITE_IDS)[number];

export function writableSuite(id: number | undefined): AlgorithmSuite {
  return id === SIGNED_ALGORITHM_SUITE.id ? SIGNED_ALGORITHM_SUITE : ALGORITHM_SUITE;
}

/**
 * The ESDK's default commitment policy, REQUIRE_ENCRYPT_REQUIRE_DECRYPT, decrypts committing suites only
 * (material-management `CommitmentPolicySuites`): a format 1.0 message opens there only after the reader
 * chooses REQUIRE_ENCRYPT_ALLOW_DECRYPT. The lab reads them all and says so.
 */
export const decryptRefusedByDefaultPolicy = (suite: AlgorithmSuite): boolean => suite.commitKeyLength === 0;

/** Big-endian suite ID bytes, as they appear in the header and in the KDF info. */
export const suiteIdBytes = (id: number) => new Uint8Array([id >> 8, id & 0xff]);

/**
 * HKDF info strings (client-apis/key-derivation.md): for committing suites the encryption key's info is the
 * suite ID followed by "DERIVEKEY"; the commit key's info is "COMMITKEY".
 */
export const deriveKeyInfo = (id: number) =>
  new Uint8Array([...suiteIdBytes(id), ...utf8Encode('DERIVEKEY')]);
export const DERIVE_KEY_INFO = deriveKeyInfo(ALGORITHM_SUITE.id);
export const COMMIT_KEY_INFO = utf8Encode('COMMITKEY');

/** The encryption context key holding the signing suites' public key (framework/structures.md). */
export const PUBLIC_KEY_CONTEXT_KEY = 'aws-crypto-public-key';

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

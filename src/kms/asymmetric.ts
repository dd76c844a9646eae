/**
 * Asymmetric KMS keys (Developer Guide "Key spec reference", API_CreateKey KeySpec, API_Sign, API_Encrypt,
 * API_DeriveSharedSecret, API_Encapsulate): which key usages and algorithms each key spec has, how its key
 * material is generated from the world's DRBG, and the operations on that material.
 *
 * Key material, by family (what `BackingKeyVersion.material` holds):
 * - RSA_2048/3072/4096: PKCS #8 DER. Generated from 32 bytes drawn from the DRBG: every candidate prime comes
 *   from SHAKE256(seed ‖ label ‖ counter) (crypto/asymmetric/rsa.ts), so the key is a pure function of those
 *   32 bytes and the DRBG always advances by the same amount. Because RSA-4096 takes seconds, keys are memoised
 *   by seed (replaying a scenario does not search for the same primes twice), and the page searches in a Web
 *   Worker (rsaKeyGenerator.ts, keyGeneration.ts) given those 32 bytes, so the page never freezes and the key is
 *   the same bytes as a search on the main thread or in Node.
 * - ECC_*: PKCS #8 DER of a scalar reduced from (order length + 8) DRBG bytes (FIPS 186-5 A.2.1).
 * - ML_DSA_*: the 32-byte seed ξ; ML_KEM_*: the 64-byte seed d ‖ z, both drawn from the DRBG.
 *
 * The cryptography is loaded on first use (a lazy chunk) so the first screen does not pay for curves and
 * lattices it may never draw.
 */
import type { Drbg } from '../crypto';
import { installedRsaKeyGenerator } from './rsaKeyGenerator';
import type {
  AsymmetricKeySpec,
  EccKeySpec,
  MlDsaKeySpec,
  MlKemKeySpec,
  RsaKeySpec,
  SimulatedKeyUsage,
} from './world';

type Library = typeof import('../crypto/asymmetric');
let library: Promise<Library> | undefined;
/** The asymmetric crypto module, imported once (see above). */
export const asymmetricLibrary = (): Promise<Library> => {
  library ??= import('../crypto/asymmetric');
  return library;
};

export const RSA_SPECS: readonly RsaKeySpec[] = ['RSA_2048', 'RSA_3072', 'RSA_4096'];
export const ECC_SPECS: readonly EccKeySpec[] = [
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
];
export const ML_DSA_SPECS: readonly MlDsaKeySpec[] = ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'];
export const ML_KEM_SPECS: readonly MlKemKeySpec[] = ['ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024'];
export const ASYMMETRIC_SPECS: readonly AsymmetricKeySpec[] = [
  ...RSA_SPECS,
  ...ECC_SPECS,
  ...ML_DSA_SPECS,
  ...ML_KEM_SPECS,
];

export const isAsymmetricSpec = (spec: string): spec is AsymmetricKeySpec =>
  (ASYMMETRIC_SPECS as readonly string[]).includes(spec);
export const isRsaSpec = (spec: string): spec is RsaKeySpec =>
  (RSA_SPECS as readonly string[]).includes(spec);
export const isEccSpec = (spec: string): spec is EccKeySpec =>
  (ECC_SPECS as readonly string[]).includes(spec);
export const isMlDsaSpec = (spec: string): spec is MlDsaKeySpec =>
  (ML_DSA_SPECS as readonly string[]).includes(spec);
export const isMlKemSpec = (spec: string): spec is MlKemKeySpec =>
  (ML_KEM_SPECS as readonly string[]).includes(spec);

const RSA_BITS: Record<RsaKeySpec, number> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };
const CURVE: Record<EccKeySpec, 'P-256' | 'P-384' | 'P-521' | 'secp256k1'> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
  ECC_SECG_P256K1: 'secp256k1',
};
const ML_DSA: Record<MlDsaKeySpec, 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87'> = {
  ML_DSA_44: 'ML-DSA-44',
  ML_DSA_65: 'ML-DSA-65',
  ML_DSA_87: 'ML-DSA-87',
};
const ML_KEM: Record<MlKemKeySpec, 'ML-KEM-512' | 'ML-KEM-768' | 'ML-KEM-1024'> = {
  ML_KEM_512: 'ML-KEM-512',
  ML_KEM_768: 'ML-KEM-768',
  ML_KEM_1024: 'ML-KEM-1024',
};

/** Key usages each spec allows (API_CreateKey KeyUsage; Key spec reference). */
export const USAGES_OF_ASYMMETRIC_SPEC: Readonly<Record<AsymmetricKeySpec, readonly SimulatedKeyUsage[]>> = {
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  // secp256k1 is for signing only (Key spec reference: "ECC_SECG_P256K1 … SIGN_VERIFY").
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  ML_KEM_512: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_768: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_1024: ['ENCAPSULATE_DECAPSULATE'],
};

export const RSA_ENCRYPTION_ALGORITHMS = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const;
export const RSA_SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
] as const;
/** Each ECC spec signs with exactly one ECDSA hash (Key spec reference, "ECC key specs for signing"). */
const ECDSA_ALGORITHM: Record<EccKeySpec, string> = {
  ECC_NIST_P256: 'ECDSA_SHA_256',
  ECC_NIST_P384: 'ECDSA_SHA_384',
  ECC_NIST_P521: 'ECDSA_SHA_512',
  ECC_SECG_P256K1: 'ECDSA_SHA_256',
};

/** The algorithm lists KeyMetadata and GetPublicKey return for a key. */
export function algorithmsOf(
  spec: AsymmetricKeySpec,
  usage: SimulatedKeyUsage,
): {
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
  EncapsulationAlgorithms?: string[];
} {
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      return { EncryptionAlgorithms: [...RSA_ENCRYPTION_ALGORITHMS] };
    case 'KEY_AGREEMENT':
      return { KeyAgreementAlgorithms: ['ECDH'] };
    case 'ENCAPSULATE_DECAPSULATE':
      return { EncapsulationAlgorithms: ['ML_KEM'] };
    default:
      if (isRsaSpec(spec)) return { SigningAlgorithms: [...RSA_SIGNING_ALGORITHMS] };
      if (isEccSpec(spec)) return { SigningAlgorithms: [ECDSA_ALGORITHM[spec]] };
      return { SigningAlgorithms: ['ML_DSA_SHAKE_256'] };
  }
}

/** Key size in bits for the trace: the RSA modulus, the curve, or the stored ML-* seed. */
export function asymmetricKeyBits(spec: AsymmetricKeySpec): number {
  if (isRsaSpec(spec)) return RSA_BITS[spec];
  if (isEccSpec(spec)) return { 'P-256': 256, 'P-384': 384, 'P-521': 521, secp256k1: 256 }[CURVE[spec]];
  return isMlDsaSpec(spec) ? 256 : 512;
}

// --- Key generation ---

/** RSA keys already generated, by spec and seed (a pure function's results; bounded so memory stays small). */
const rsaKeyCache = new Map<string, Uint8Array>();
const RSA_CACHE_LIMIT = 32;
/** Keys being generated, by the same key: two replays that reach the same CreateKey wait for one search. */
const rsaKeysInFlight = new Map<string, Promise<Uint8Array>>();

export interface KeyGenerationProgress {
  /** Prime candidates that passed trial division so far (RSA only). */
  readonly candidates: number;
  /** The prime being searched for: the first (p) or the second (q). */
  readonly prime: 'p' | 'q';
}

/** Draws the seed from `drbg` (synchronously, so the DRBG stream does not depend on timing) and builds the key. */
export async function generateAsymmetricKeyMaterial(
  spec: AsymmetricKeySpec,
  drbg: Drbg,
): Promise<Uint8Array> {
  if (isRsaSpec(spec)) return rsaKeyFromSeed(spec, drbg.bytes(32));
  if (isMlDsaSpec(spec)) return drbg.bytes(32);
  if (isMlKemSpec(spec)) return drbg.bytes(64);
  const lib = await asymmetricLibrary();
  const curve = CURVE[spec];
  const seed = drbg.bytes(lib.ecSeedLength(curve));
  return lib.ecPrivateKeyPkcs8(curve, lib.ecSecretKeyFromSeed(curve, seed));
}

async function rsaKeyFromSeed(spec: RsaKeySpec, seed: Uint8Array): Promise<Uint8Array> {
  const cacheKey = `${spec}:${Array.from(seed, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const cached = rsaKeyCache.get(cacheKey);
  if (cached) return cached.slice();
  let search = rsaKeysInFlight.get(cacheKey);
  if (!search) {
    search = (installedRsaKeyGenerator() ?? rsaKeyMaterial)(spec, seed.slice());
    rsaKeysInFlight.set(cacheKey, search);
  }
  try {
    const der = await search;
    if (rsaKeyCache.size >= RSA_CACHE_LIMIT) rsaKeyCache.delete(rsaKeyCache.keys().next().value as string);
    rsaKeyCache.set(cacheKey, der.slice());
    return der.slice();
  } finally {
    rsaKeysInFlight.delete(cacheKey);
  }
}

/**
 * The PKCS #8 material of the RSA key `seed` determines, searched for on this thread: what every RSA key is,
 * wherever it is generated (the key generation worker runs this same function).
 */
export async function rsaKeyMaterial(
  spec: RsaKeySpec,
  seed: Uint8Array,
  onProgress?: (progress: KeyGenerationProgress) => void,
): Promise<Uint8Array> {
  // A worker hears this from a message: refuse what is not a request the engine could make.
  if (!isRsaSpec(spec) || seed.length !== 32)
    throw new TypeError(`no RSA key spec ${spec} with a 32-byte seed`);
  const lib = await asymmetricLibrary();
  let candidates = 0;
  const key = lib.generateRsaKey(
    RSA_BITS[spec],
    seed,
    onProgress && ((prime) => onProgress({ candidates: ++candidates, prime })),
  );
  return lib.rsaPrivateKeyPkcs8(key);
}

/** DER SubjectPublicKeyInfo of a key's public half (GetPublicKey, GenerateDataKeyPair). */
export async function publicKeySpki(spec: AsymmetricKeySpec, material: Uint8Array): Promise<Uint8Array> {
  const lib = await asymmetricLibrary();
  if (isRsaSpec(spec)) return lib.rsaPublicKeySpki(lib.parseRsaPrivateKeyPkcs8(material));
  if (isEccSpec(spec))
    return lib.ecPublicKeySpki(CURVE[spec], lib.parseEcPrivateKeyPkcs8(material).secretKey);
  if (isMlDsaSpec(spec)) return lib.mlDsaPublicKeySpki(ML_DSA[spec], material);
  return lib.mlKemPublicKeySpki(ML_KEM[spec], material);
}

// --- Signing (API_Sign, API_Verify) ---

export type MessageType = 'RAW' | 'DIGEST' | 'EXTERNAL_MU';
type ShaName = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** The hash a signing algorithm uses (its name ends with it); ML-DSA hashes internally with SHAKE256. */
export function signingHash(algorithm: string): ShaName | undefined {
  const m = /_SHA_(256|384|512)$/.exec(algorithm);
  return m ? (`SHA-${m[1]}` as ShaName) : undefined;
}

export const DIGEST_LENGTH: Record<ShaName, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** Whether `algorithm` is one the key's spec signs with. */
export const signsWith = (spec: AsymmetricKeySpec, algorithm: string) =>
  (algorithmsOf(spec, 'SIGN_VERIFY').SigningAlgorithms ?? []).includes(algorithm);

/**
 * The bytes the signature scheme works on: RSA and ECDSA sign a digest (computed here for RAW, given for
 * DIGEST); ML-DSA signs the message itself (RAW) or a caller's μ (EXTERNAL_MU).
 */
async function signatureInput(algorithm: string, messageType: MessageType, message: Uint8Array) {
  const hash = signingHash(algorithm);
  if (!hash || messageType !== 'RAW') return message;
  const lib = await asymmetricLibrary();
  return lib.rsaDigest(hash, message);
}

export async function signWithKey(
  spec: AsymmetricKeySpec,
  material: Uint8Array,
  algorithm: string,
  messageType: MessageType,
  message: Uint8Array,
  drbg: Drbg,
): Promise<Uint8Array> {
  const lib = await asymmetricLibrary();
  const input = await signatureInput(algorithm, messageType, message);
  const hash = signingHash(algorithm);
  if (isRsaSpec(spec) && hash) {
    const pss = algorithm.startsWith('RSASSA_PSS_');
    const salt = pss ? drbg.bytes(lib.RSA_HASH_LENGTH[hash]) : undefined;
    return lib.rsaSignDigest(
      lib.parseRsaPrivateKeyPkcs8(material),
      pss ? 'PSS' : 'PKCS1-v1_5',
      hash,
      input,
      salt,
    );
  }
  if (isEccSpec(spec)) {
    const { secretKey } = lib.parseEcPrivateKeyPkcs8(material);
    return lib.ecdsaSignDigest(CURVE[spec], secretKey, input, drbg.bytes(32));
  }
  if (isMlDsaSpec(spec))
    return lib.mlDsaSign(
      ML_DSA[spec],
      material,
      input,
      messageType === 'EXTERNAL_MU',
      drbg.bytes(lib.ML_DSA_RANDOMNESS_LENGTH),
    );
  throw new TypeError(`${spec} does not sign`);
}

export async function verifyWithKey(
  spec: AsymmetricKeySpec,
  material: Uint8Array,
  algorithm: string,
  messageType: MessageType,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const lib = await asymmetricLibrary();
  const input = await signatureInput(algorithm, messageType, message);
  const hash = signingHash(algorithm);
  if (isRsaSpec(spec) && hash) {
    const pss = algorithm.startsWith('RSASSA_PSS_');
    const key = lib.parseRsaPrivateKeyPkcs8(material);
    return lib.rsaVerifyDigest(key, pss ? 'PSS' : 'PKCS1-v1_5', hash, input, signature);
  }
  if (isEccSpec(spec)) {
    const { secretKey } = lib.parseEcPrivateKeyPkcs8(material);
    return lib.ecdsaVerifyDigest(CURVE[spec], lib.ecPublicPoint(CURVE[spec], secretKey), input, signature);
  }
  if (isMlDsaSpec(spec))
    return lib.mlDsaVerify(
      ML_DSA[spec],
      lib.mlDsaPublicKey(ML_DSA[spec], material),
      input,
      messageType === 'EXTERNAL_MU',
      signature,
    );
  return false;
}

// --- RSA encryption (API_Encrypt, API_Decrypt with RSAES_OAEP_*) ---

const OAEP_HASH = { RSAES_OAEP_SHA_1: 'SHA-1', RSAES_OAEP_SHA_256: 'SHA-256' } as const;
export type RsaEncryptionAlgorithm = keyof typeof OAEP_HASH;

/** AWS's plaintext limit for OAEP: k − 2·hLen − 2 (RSA_2048: 214 / 190 bytes; reference §3). */
export async function rsaPlaintextLimit(
  spec: RsaKeySpec,
  algorithm: RsaEncryptionAlgorithm,
): Promise<number> {
  const lib = await asymmetricLibrary();
  return lib.oaepMaxPlaintext(RSA_BITS[spec] / 8, OAEP_HASH[algorithm]);
}

export async function rsaEncrypt(
  material: Uint8Array,
  algorithm: RsaEncryptionAlgorithm,
  plaintext: Uint8Array,
  drbg: Drbg,
): Promise<Uint8Array> {
  const lib = await asymmetricLibrary();
  const hash = OAEP_HASH[algorithm];
  const key = lib.parseRsaPrivateKeyPkcs8(material);
  return lib.rsaOaepEncrypt(key, hash, plaintext, drbg.bytes(lib.RSA_HASH_LENGTH[hash]));
}

/** The plaintext, or undefined when the ciphertext does not decrypt under this key and algorithm. */
export async function rsaDecrypt(
  material: Uint8Array,
  algorithm: RsaEncryptionAlgorithm,
  ciphertext: Uint8Array,
): Promise<Uint8Array | undefined> {
  const lib = await asymmetricLibrary();
  return lib.rsaOaepDecrypt(lib.parseRsaPrivateKeyPkcs8(material), OAEP_HASH[algorithm], ciphertext);
}

// --- Key agreement (API_DeriveSharedSecret) ---

/**
 * ECDH between the key's private key and a peer's SubjectPublicKeyInfo on the same curve; undefined when the
 * peer key is not a valid point of this key's curve.
 */
export async function deriveEcdhSecret(
  spec: EccKeySpec,
  material: Uint8Array,
  peerSpki: Uint8Array,
): Promise<Uint8Array | undefined> {
  const lib = await asymmetricLibrary();
  let peer: { curve: string; point: Uint8Array };
  try {
    peer = lib.parseEcPublicKeySpki(peerSpki);
  } catch {
    return undefined;
  }
  if (peer.curve !== CURVE[spec]) return undefined;
  return lib.ecdhSharedSecret(CURVE[spec], lib.parseEcPrivateKeyPkcs8(material).secretKey, peer.point);
}

// --- Key encapsulation (API_Encapsulate, API_Decapsulate) ---

export async function encapsulate(spec: MlKemKeySpec, material: Uint8Array, drbg: Drbg) {
  const lib = await asymmetricLibrary();
  return lib.mlKemEncapsulate(ML_KEM[spec], material, drbg.bytes(lib.ML_KEM_RANDOMNESS_LENGTH));
}

export async function mlKemCiphertextLength(spec: MlKemKeySpec): Promise<number> {
  const lib = await asymmetricLibrary();
  return lib.mlKemCiphertextLength(ML_KEM[spec]);
}

export async function decapsulate(spec: MlKemKeySpec, material: Uint8Array, ciphertext: Uint8Array) {
  const lib = await asymmetricLibrary();
  return lib.mlKemDecapsulate(ML_KEM[spec], material, ciphertext);
}

// --- Data key pairs (API_GenerateDataKeyPair) ---

export type DataKeyPairSpec = RsaKeySpec | EccKeySpec;

/** A fresh key pair for the caller: PKCS #8 private key and SubjectPublicKeyInfo public key. */
export async function generateDataKeyPairMaterial(
  spec: DataKeyPairSpec,
  drbg: Drbg,
): Promise<{ privateKey: Uint8Array; publicKey: Uint8Array }> {
  const privateKey = await generateAsymmetricKeyMaterial(spec, drbg);
  return { privateKey, publicKey: await publicKeySpki(spec, privateKey) };
}

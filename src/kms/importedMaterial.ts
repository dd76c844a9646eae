/**
 * Imported key material, Origin EXTERNAL (Developer Guide "Importing key material"; API_GetParametersForImport,
 * API_ImportKeyMaterial, API_DeleteImportedKeyMaterial): the wrapping algorithms and how KMS unwraps with them,
 * what key material each key spec accepts, and the key material ID.
 *
 * - RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256: the key material itself is RSA-OAEP encrypted under the wrapping key.
 *   Not for RSA private keys, and RSA_2048 cannot wrap an ECC_NIST_P521 key this way (too long for OAEP).
 * - RSA_AES_KEY_WRAP_SHA_1 / SHA_256 (CKM_RSA_AES_KEY_WRAP): RSA-OAEP(a 256-bit AES key) ‖ AES-KWP(key material).
 * - RSAES_PKCS1_V1_5: no longer supported since 10 October 2023 (API_GetParametersForImport).
 * - SM2PKE / an SM2 wrapping key: China Regions only, not simulated.
 */
import { type CryptoProvider, concatBytes, type Drbg, toHex, utf8Encode } from '../crypto';
import { asymmetricLibrary, generateAsymmetricKeyMaterial, isEccSpec, isRsaSpec } from './asymmetric';
import {
  currentVersion,
  hasKeyMaterial,
  type KeyRecord,
  type RsaKeySpec,
  type SimulatedKeySpec,
} from './world';

export type WrappingAlgorithm =
  | 'RSAES_OAEP_SHA_1'
  | 'RSAES_OAEP_SHA_256'
  | 'RSA_AES_KEY_WRAP_SHA_1'
  | 'RSA_AES_KEY_WRAP_SHA_256';

const OAEP_HASH: Record<WrappingAlgorithm, 'SHA-1' | 'SHA-256'> = {
  RSAES_OAEP_SHA_1: 'SHA-1',
  RSAES_OAEP_SHA_256: 'SHA-256',
  RSA_AES_KEY_WRAP_SHA_1: 'SHA-1',
  RSA_AES_KEY_WRAP_SHA_256: 'SHA-256',
};

/** Import parameters are valid for 24 hours (API_GetParametersForImport "ParametersValidTo"). */
export const IMPORT_PARAMETERS_VALIDITY_MS = 24 * 3_600_000;
/** ValidTo may be at most 365 days after the import request (API_ImportKeyMaterial). */
export const MAX_VALID_TO_MS = 365 * 86_400_000;

/** A new RSA wrapping key pair (PKCS #8), from the DRBG like any RSA key (asymmetric.ts). */
export const generateWrappingKey = (spec: RsaKeySpec, drbg: Drbg) =>
  generateAsymmetricKeyMaterial(spec, drbg);

/** The material the encrypted bytes hold, or undefined when they do not unwrap under this key and algorithm. */
export async function unwrapKeyMaterial(
  wrappingKey: Uint8Array,
  algorithm: WrappingAlgorithm,
  encrypted: Uint8Array,
): Promise<Uint8Array | undefined> {
  const lib = await asymmetricLibrary();
  const rsaKey = lib.parseRsaPrivateKeyPkcs8(wrappingKey);
  const hash = OAEP_HASH[algorithm];
  if (algorithm === 'RSAES_OAEP_SHA_1' || algorithm === 'RSAES_OAEP_SHA_256')
    return lib.rsaOaepDecrypt(rsaKey, hash, encrypted);
  const k = lib.rsaModulusBytes(rsaKey);
  const aesKey = lib.rsaOaepDecrypt(rsaKey, hash, encrypted.subarray(0, k));
  if (aesKey?.length !== 32) return undefined;
  return lib.aesKeyUnwrapWithPadding(aesKey, encrypted.subarray(k));
}

/** HMAC key material lengths KMS accepts, in bytes (Developer Guide "Requirements for imported key material"). */
const HMAC_MATERIAL_BYTES: Record<string, [number, number]> = {
  HMAC_224: [28, 64],
  HMAC_256: [32, 64],
  HMAC_384: [48, 128],
  HMAC_512: [64, 128],
};

/**
 * The key material as KMS keeps it, or why it does not fit the key spec: symmetric keys take exactly 256 bits;
 * HMAC keys a length in their range; RSA and ECC keys a PKCS #8 private key of the key's own size or curve
 * (re-encoded in KMS Lab's canonical PKCS #8 form, so re-imports compare equal).
 */
export async function canonicalKeyMaterial(
  spec: SimulatedKeySpec,
  algorithm: WrappingAlgorithm,
  material: Uint8Array,
): Promise<{ material: Uint8Array } | { problem: 'length' | 'format' | 'algorithm' }> {
  if (spec === 'SYMMETRIC_DEFAULT') return material.length === 32 ? { material } : { problem: 'length' };
  const hmac = HMAC_MATERIAL_BYTES[spec];
  if (hmac)
    return material.length >= hmac[0] && material.length <= hmac[1] ? { material } : { problem: 'length' };
  const lib = await asymmetricLibrary();
  try {
    if (isRsaSpec(spec)) {
      // "To import an RSA private key, you must use an RSA_AES wrapping algorithm."
      if (!algorithm.startsWith('RSA_AES_')) return { problem: 'algorithm' };
      const key = lib.parseRsaPrivateKeyPkcs8(material);
      if (lib.rsaModulusBytes(key) * 8 !== Number(spec.slice(4))) return { problem: 'format' };
      return { material: lib.rsaPrivateKeyPkcs8(key) };
    }
    if (isEccSpec(spec)) {
      const { curve, secretKey } = lib.parseEcPrivateKeyPkcs8(material);
      const expected = {
        ECC_NIST_P256: 'P-256',
        ECC_NIST_P384: 'P-384',
        ECC_NIST_P521: 'P-521',
        ECC_SECG_P256K1: 'secp256k1',
      }[spec];
      if (curve !== expected) return { problem: 'format' };
      return { material: lib.ecPrivateKeyPkcs8(curve, secretKey) };
    }
  } catch {
    return { problem: 'format' };
  }
  return { problem: 'format' };
}

/**
 * KeyMaterialId of imported material. AWS derives it "based on the KMS key ID and the imported key material"
 * (API_ImportKeyMaterial KeyMaterialId) without publishing how; here it is SHA-256(key ID ‖ material) in hex, so
 * the same material always gets the same ID and re-imports can be recognised.
 */
export async function importedKeyMaterialId(
  provider: CryptoProvider,
  keyId: string,
  material: Uint8Array,
): Promise<string> {
  return toHex(await provider.digest('SHA-256', concatBytes(utf8Encode(keyId), material)));
}

/** Removes the imported material of `key` (the request, or its expiry): the key waits in PendingImport again. */
export function removeImportedMaterial(key: KeyRecord): void {
  if (hasKeyMaterial(key)) {
    const version = currentVersion(key);
    version.material.fill(0);
    version.material = new Uint8Array(0);
  }
  delete key.importExpiration;
  if (key.keyState === 'Enabled' || key.keyState === 'Disabled') key.keyState = 'PendingImport';
}

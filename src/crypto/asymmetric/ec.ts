/**
 * Elliptic-curve keys for KMS (ECC_NIST_P256/P384/P521, ECC_SECG_P256K1) on @noble/curves: key generation
 * from seed bytes (FIPS 186-5 A.2.1, "extra random bits" reduction, as noble's randomSecretKey does), ECDSA
 * over a digest the caller computed (DER Ecdsa-Sig-Value, RFC 3279 §2.2.3, as KMS returns), and ECDH's raw
 * shared secret Z (the x-coordinate, NIST SP 800-56A Rev. 3 §5.7.1.2), which is what DeriveSharedSecret returns.
 * Encodings: SubjectPublicKeyInfo with id-ecPublicKey and the named curve (RFC 5480 §2), uncompressed points;
 * PKCS #8 holding an ECPrivateKey (RFC 5915) with the curve and public key.
 *
 * ECDSA's per-signature secret k comes from RFC 6979 hedged with caller-supplied bytes (RFC 6979 §3.6
 * "additional data"), drawn from the world's DRBG: KMS's ECDSA signatures are randomised, and a scenario
 * must still replay byte for byte.
 */
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import {
  bitString,
  children,
  contextTag,
  InvalidDer,
  integer,
  octetString,
  oid,
  parse,
  readBitString,
  readInteger,
  readOctetString,
  readOid,
  sequence,
  TAG,
} from './der';

export type EcCurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';

const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1';
/** Named curve OIDs: RFC 5480 §2.1.1.1 (NIST curves), SEC 2 §A.2 (secp256k1). */
const CURVES = {
  'P-256': { curve: p256, oid: '1.2.840.10045.3.1.7' },
  'P-384': { curve: p384, oid: '1.3.132.0.34' },
  'P-521': { curve: p521, oid: '1.3.132.0.35' },
  secp256k1: { curve: secp256k1, oid: '1.3.132.0.10' },
} as const;

const curveOf = (name: EcCurveName) => CURVES[name].curve;

/** Bytes of seed `ecSecretKeyFromSeed` needs: the order's length plus 8 (FIPS 186-5 A.2.1: 64 extra bits). */
export const ecSeedLength = (name: EcCurveName) => curveOf(name).lengths.seed ?? 0;

export function ecSecretKeyFromSeed(name: EcCurveName, seed: Uint8Array): Uint8Array {
  return curveOf(name).utils.randomSecretKey(seed);
}

/** The uncompressed public point (SEC 1 §2.3.3: 0x04 ‖ X ‖ Y). */
export const ecPublicPoint = (name: EcCurveName, secretKey: Uint8Array) =>
  curveOf(name).getPublicKey(secretKey, false);

const ecAlgorithmIdentifier = (name: EcCurveName) => sequence(oid(EC_PUBLIC_KEY_OID), oid(CURVES[name].oid));

export function ecPublicKeySpki(name: EcCurveName, secretKey: Uint8Array): Uint8Array<ArrayBuffer> {
  return sequence(ecAlgorithmIdentifier(name), bitString(ecPublicPoint(name, secretKey)));
}

/** PKCS #8 PrivateKeyInfo with an ECPrivateKey {1, d, [1] publicKey} (RFC 5915 §3; parameters in the outer identifier). */
export function ecPrivateKeyPkcs8(name: EcCurveName, secretKey: Uint8Array): Uint8Array<ArrayBuffer> {
  const ecPrivateKey = sequence(
    integer(1),
    octetString(secretKey),
    contextTag(1, bitString(ecPublicPoint(name, secretKey))),
  );
  return sequence(integer(0), ecAlgorithmIdentifier(name), octetString(ecPrivateKey));
}

/** The curve and secret scalar of a PKCS #8 EC private key (the key's own curve, never the caller's guess). */
export function parseEcPrivateKeyPkcs8(der: Uint8Array): { curve: EcCurveName; secretKey: Uint8Array } {
  const [version, algorithm, privateKey] = children(parse(der, TAG.SEQUENCE));
  if (!version || !algorithm || !privateKey || readInteger(version) !== 0n)
    throw new InvalidDer('expected a PKCS #8 PrivateKeyInfo');
  const [algOid, curveOid] = children(algorithm);
  if (readOid(algOid) !== EC_PUBLIC_KEY_OID || !curveOid) throw new InvalidDer('not an EC key');
  const curve = curveNamed(readOid(curveOid));
  const [ecVersion, d] = children(parse(readOctetString(privateKey), TAG.SEQUENCE));
  if (!ecVersion || !d || readInteger(ecVersion) !== 1n) throw new InvalidDer('expected an ECPrivateKey');
  const secretKey = readOctetString(d).slice();
  if (!curveOf(curve).utils.isValidSecretKey(secretKey)) throw new InvalidDer('EC private key out of range');
  return { curve, secretKey };
}

function curveNamed(curveOid: string): EcCurveName {
  for (const [name, c] of Object.entries(CURVES)) if (c.oid === curveOid) return name as EcCurveName;
  throw new InvalidDer(`unsupported curve ${curveOid}`);
}

/** The curve and uncompressed point of an EC SubjectPublicKeyInfo; throws InvalidDer for anything else. */
export function parseEcPublicKeySpki(der: Uint8Array): { curve: EcCurveName; point: Uint8Array } {
  const [algorithm, key] = children(parse(der, TAG.SEQUENCE));
  if (!algorithm || !key) throw new InvalidDer('expected SubjectPublicKeyInfo');
  const [algOid, curveOid] = children(algorithm);
  if (readOid(algOid) !== EC_PUBLIC_KEY_OID || !curveOid) throw new InvalidDer('not an EC public key');
  const curve = curveNamed(readOid(curveOid));
  const point = readBitString(key);
  if (!curveOf(curve).utils.isValidPublicKey(point, point[0] !== 4))
    throw new InvalidDer('the point is not on the curve');
  return { curve, point };
}

/** ECDSA over `digest` (no further hashing), DER-encoded, k hedged with `extraEntropy`. */
export function ecdsaSignDigest(
  name: EcCurveName,
  secretKey: Uint8Array,
  digest: Uint8Array,
  extraEntropy: Uint8Array,
): Uint8Array {
  return curveOf(name).sign(digest, secretKey, { prehash: false, lowS: false, format: 'der', extraEntropy });
}

/** Verifies a DER ECDSA signature over `digest`; malformed signatures are simply invalid. */
export function ecdsaVerifyDigest(
  name: EcCurveName,
  publicPoint: Uint8Array,
  digest: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    return curveOf(name).verify(signature, digest, publicPoint, {
      prehash: false,
      lowS: false,
      format: 'der',
    });
  } catch {
    return false;
  }
}

/** ECDH: Z = x-coordinate of d·Q (SP 800-56A §5.7.1.2), as many bytes as the field. */
export function ecdhSharedSecret(
  name: EcCurveName,
  secretKey: Uint8Array,
  peerPoint: Uint8Array,
): Uint8Array {
  return curveOf(name).getSharedSecret(secretKey, peerPoint, true).slice(1);
}

/**
 * Asymmetric cryptography for KMS Lab's asymmetric keys: RSA (BigInt, ./rsa), elliptic curves
 * (@noble/curves, ./ec), ML-DSA and ML-KEM (@noble/post-quantum, ./lattice). Every function is pure: randomness
 * (seeds, PSS salts, OAEP seeds, ECDSA hedging, ML-DSA rnd, ML-KEM m) is passed in by the caller, which draws it
 * from the world's DRBG. WebCrypto cannot take outside randomness or import ML-* keys, so both crypto providers
 * use these functions and their outputs are byte-identical by construction.
 */
export { InvalidDer } from './der';
export {
  type EcCurveName,
  ecdhSharedSecret,
  ecdsaSignDigest,
  ecdsaVerifyDigest,
  ecPrivateKeyPkcs8,
  ecPublicKeySpki,
  ecPublicPoint,
  ecSecretKeyFromSeed,
  ecSeedLength,
  parseEcPrivateKeyPkcs8,
  parseEcPublicKeySpki,
} from './ec';
export { aesKeyUnwrapWithPadding, aesKeyWrapWithPadding } from './keyWrap';
export {
  ML_DSA_MU_LENGTH,
  ML_DSA_RANDOMNESS_LENGTH,
  ML_DSA_SEED_LENGTH,
  ML_KEM_RANDOMNESS_LENGTH,
  ML_KEM_SEED_LENGTH,
  type MlDsaName,
  type MlKemName,
  mlDsaPublicKey,
  mlDsaPublicKeySpki,
  mlDsaSign,
  mlDsaVerify,
  mlKemCiphertextLength,
  mlKemDecapsulate,
  mlKemEncapsulate,
  mlKemPublicKeySpki,
} from './lattice';
export {
  generateRsaKey,
  oaepMaxPlaintext,
  parseRsaPrivateKeyPkcs8,
  parseRsaPublicKeySpki,
  RSA_HASH_LENGTH,
  type RsaHash,
  type RsaPrivateKey,
  type RsaSignaturePadding,
  rsaDigest,
  rsaModulusBytes,
  rsaOaepDecrypt,
  rsaOaepEncrypt,
  rsaPrivateKeyPkcs8,
  rsaPublicKeySpki,
  rsaSignDigest,
  rsaVerifyDigest,
} from './rsa';

/**
 * Post-quantum keys for KMS on @noble/post-quantum: ML-DSA (FIPS 204) for ML_DSA_44/65/87 and ML-KEM
 * (FIPS 203) for ML_KEM_512/768/1024. The private key is kept as its seed, the form FIPS 204 §3.6.3 and
 * FIPS 203 §3.3 recommend storing: ξ (32 bytes) for ML-DSA, d ‖ z (64 bytes) for ML-KEM; the expanded keys are
 * recomputed from it (a few milliseconds).
 * Public keys are SubjectPublicKeyInfo with the NIST algorithm identifiers and no parameters (RFC 9881 for
 * ML-DSA, RFC 9935 for ML-KEM; OIDs from the NIST CSOR registry 2.16.840.1.101.3.4.3.17–19 and .4.1–3).
 */
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { ml_kem512, ml_kem768, ml_kem1024 } from '@noble/post-quantum/ml-kem.js';
import { bitString, oid, sequence } from './der';

export type MlDsaName = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';
export type MlKemName = 'ML-KEM-512' | 'ML-KEM-768' | 'ML-KEM-1024';

const ML_DSA = {
  'ML-DSA-44': { impl: ml_dsa44, oid: '2.16.840.1.101.3.4.3.17' },
  'ML-DSA-65': { impl: ml_dsa65, oid: '2.16.840.1.101.3.4.3.18' },
  'ML-DSA-87': { impl: ml_dsa87, oid: '2.16.840.1.101.3.4.3.19' },
} as const;

const ML_KEM = {
  'ML-KEM-512': { impl: ml_kem512, oid: '2.16.840.1.101.3.4.4.1' },
  'ML-KEM-768': { impl: ml_kem768, oid: '2.16.840.1.101.3.4.4.2' },
  'ML-KEM-1024': { impl: ml_kem1024, oid: '2.16.840.1.101.3.4.4.3' },
} as const;

export const ML_DSA_SEED_LENGTH = 32;
export const ML_KEM_SEED_LENGTH = 64;
/** FIPS 204 §5.2: the message representative μ is 64 bytes. */
export const ML_DSA_MU_LENGTH = 64;
/** FIPS 204 Algorithm 2 step 5: the randomness rnd of hedged signing is 32 bytes. */
export const ML_DSA_RANDOMNESS_LENGTH = 32;
/** FIPS 203 Algorithm 20 step 1: the encapsulation randomness m is 32 bytes. */
export const ML_KEM_RANDOMNESS_LENGTH = 32;

const spki = (algorithmOid: string, publicKey: Uint8Array) =>
  sequence(sequence(oid(algorithmOid)), bitString(publicKey));

export function mlDsaPublicKey(name: MlDsaName, seed: Uint8Array): Uint8Array {
  return ML_DSA[name].impl.keygen(seed).publicKey;
}

export const mlDsaPublicKeySpki = (name: MlDsaName, seed: Uint8Array) =>
  spki(ML_DSA[name].oid, mlDsaPublicKey(name, seed));

/**
 * ML-DSA.Sign (FIPS 204 Algorithm 2, empty context) of `message`, or, with `externalMu`, ML-DSA.Sign_internal
 * (Algorithm 7) of a caller-computed μ. Hedged: rnd comes from the caller (the world's DRBG).
 */
export function mlDsaSign(
  name: MlDsaName,
  seed: Uint8Array,
  message: Uint8Array,
  externalMu: boolean,
  randomness: Uint8Array,
): Uint8Array {
  const { impl } = ML_DSA[name];
  const { secretKey } = impl.keygen(seed);
  return externalMu
    ? impl.internal.sign(message, secretKey, { externalMu: true, extraEntropy: randomness })
    : impl.sign(message, secretKey, { extraEntropy: randomness });
}

export function mlDsaVerify(
  name: MlDsaName,
  publicKey: Uint8Array,
  message: Uint8Array,
  externalMu: boolean,
  signature: Uint8Array,
): boolean {
  const { impl } = ML_DSA[name];
  try {
    return externalMu
      ? impl.internal.verify(signature, message, publicKey, { externalMu: true })
      : impl.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

export function mlKemPublicKey(name: MlKemName, seed: Uint8Array): Uint8Array {
  return ML_KEM[name].impl.keygen(seed).publicKey;
}

export const mlKemPublicKeySpki = (name: MlKemName, seed: Uint8Array) =>
  spki(ML_KEM[name].oid, mlKemPublicKey(name, seed));

/** The ciphertext length each parameter set defines (FIPS 203 Table 3). */
export const mlKemCiphertextLength = (name: MlKemName) => ML_KEM[name].impl.lengths.cipherText ?? 0;

/** ML-KEM.Encaps (FIPS 203 Algorithm 20) with the caller's 32 random bytes m. */
export function mlKemEncapsulate(
  name: MlKemName,
  seed: Uint8Array,
  randomness: Uint8Array,
): { sharedSecret: Uint8Array; ciphertext: Uint8Array } {
  const { impl } = ML_KEM[name];
  const { cipherText, sharedSecret } = impl.encapsulate(impl.keygen(seed).publicKey, randomness);
  return { sharedSecret, ciphertext: cipherText };
}

/**
 * ML-KEM.Decaps (FIPS 203 Algorithm 21). Any ciphertext of the right length yields 32 bytes: a ciphertext made
 * for another key, or altered, gives the implicit-rejection value K̄ = J(z ‖ c) instead of an error.
 */
export function mlKemDecapsulate(name: MlKemName, seed: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const { impl } = ML_KEM[name];
  return impl.decapsulate(ciphertext, impl.keygen(seed).secretKey);
}

/**
 * What each simulated key spec can do (Developer Guide "Key spec reference"; API_CreateKey KeyUsage): its key
 * usages, and the algorithm lists KeyMetadata and GetPublicKey report for a key of that spec and usage. Tables
 * only, apart from the engine's machinery, so the key types notes and the CreateKey form read them without
 * loading the engine.
 */
import { algorithmsOf, isAsymmetricSpec, USAGES_OF_ASYMMETRIC_SPEC } from './asymmetric';
import type { SimulatedKeySpec, SimulatedKeyUsage } from './world';

/** The key usages each simulated key spec allows (API_CreateKey KeyUsage). */
export const USAGES_OF_SPEC: Readonly<Record<SimulatedKeySpec, readonly SimulatedKeyUsage[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  ...USAGES_OF_ASYMMETRIC_SPEC,
};

/** HMAC_256 → HMAC_SHA_256 (API_GenerateMac: the algorithm must match the key spec). */
export const macAlgorithmOf = (keySpec: string) => keySpec.replace('HMAC_', 'HMAC_SHA_');

export interface KeyAlgorithmLists {
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
  EncapsulationAlgorithms?: string[];
  MacAlgorithms?: string[];
}

/**
 * The algorithm lists of a key (KeyMetadata, GetPublicKey): EncryptionAlgorithms for encryption keys,
 * MacAlgorithms for HMAC keys, Signing/KeyAgreement/EncapsulationAlgorithms for asymmetric keys.
 */
export function keyAlgorithms(key: {
  keySpec: SimulatedKeySpec;
  keyUsage: SimulatedKeyUsage;
}): KeyAlgorithmLists {
  if (key.keySpec === 'SYMMETRIC_DEFAULT') return { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] };
  if (isAsymmetricSpec(key.keySpec)) return algorithmsOf(key.keySpec, key.keyUsage);
  return { MacAlgorithms: [macAlgorithmOf(key.keySpec)] };
}

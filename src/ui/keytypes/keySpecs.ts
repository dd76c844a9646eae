/**
 * The key specs the key types notes explain, by family, in the order of the Developer Guide's "Key spec
 * reference" (https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html). What each
 * spec can do is not retyped here: its key usages and algorithms are read from the engine's own tables (the ones
 * CreateKey enforces and DescribeKey reports), so the notes cannot drift from the simulator.
 */
import { ECC_SPECS, ML_DSA_SPECS, ML_KEM_SPECS, RSA_SPECS } from '../../kms/asymmetric';
import { keyAlgorithms, USAGES_OF_SPEC } from '../../kms/keySpecs';
import type { SimulatedKeySpec, SimulatedKeyUsage } from '../../kms/world';

export const KEY_SPEC_FAMILIES = [
  { id: 'symmetric', specs: ['SYMMETRIC_DEFAULT'] },
  { id: 'hmac', specs: ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512'] },
  { id: 'rsa', specs: RSA_SPECS },
  { id: 'eccNist', specs: ECC_SPECS.filter((spec) => spec.startsWith('ECC_NIST_')) },
  { id: 'secp256k1', specs: ['ECC_SECG_P256K1'] },
  { id: 'mlDsa', specs: ML_DSA_SPECS },
  { id: 'mlKem', specs: ML_KEM_SPECS },
] as const satisfies readonly { id: string; specs: readonly SimulatedKeySpec[] }[];

export type KeySpecFamilyId = (typeof KEY_SPEC_FAMILIES)[number]['id'];

export interface UsageAlgorithms {
  usage: SimulatedKeyUsage;
  /** Specs of the family that share one list of algorithms for this usage, with that list. */
  groups: { specs: SimulatedKeySpec[]; algorithms: string[] }[];
}

/** A family's key usages and, for each, its algorithms: one list, or one per spec where the specs differ. */
export function usagesOfFamily(specs: readonly SimulatedKeySpec[]): UsageAlgorithms[] {
  const usages = [...new Set(specs.flatMap((spec) => USAGES_OF_SPEC[spec]))];
  return usages.map((usage) => {
    const groups: UsageAlgorithms['groups'] = [];
    for (const spec of specs.filter((s) => USAGES_OF_SPEC[s].includes(usage))) {
      const lists = keyAlgorithms({ keySpec: spec, keyUsage: usage });
      const algorithms = [
        lists.EncryptionAlgorithms,
        lists.SigningAlgorithms,
        lists.MacAlgorithms,
        lists.KeyAgreementAlgorithms,
        lists.EncapsulationAlgorithms,
      ].flatMap((list) => list ?? []);
      const same = groups.find((g) => g.algorithms.join() === algorithms.join());
      if (same) same.specs.push(spec);
      else groups.push({ specs: [spec], algorithms });
    }
    return { usage, groups };
  });
}

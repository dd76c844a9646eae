/**
 * Backing-key material: creating a key's first version and rotating (reference §5). Rotation appends a new
 * version that becomes current for new encryptions and keeps every old one, so old ciphertexts still decrypt.
 */
import type { Drbg } from '../crypto';
import { asymmetricKeyBits, isAsymmetricSpec } from './asymmetric';
import type { TraceStep } from './trace';
import {
  type BackingKeyVersion,
  DAY_MS,
  type KeyRecord,
  type RotationType,
  relatedMultiRegionKeys,
  type SimulatedKeySpec,
  type World,
} from './world';

/** Symmetric key material sizes: a 256-bit HBK; HMAC keys as long as their digest (reference §3). */
const SYMMETRIC_MATERIAL_BITS: Readonly<Record<string, number>> = {
  SYMMETRIC_DEFAULT: 256,
  HMAC_224: 224,
  HMAC_256: 256,
  HMAC_384: 384,
  HMAC_512: 512,
};

/** Key size in bits, for the trace (asymmetric keys: see asymmetric.ts). */
export const keyMaterialBits = (keySpec: SimulatedKeySpec): number =>
  isAsymmetricSpec(keySpec) ? asymmetricKeyBits(keySpec) : SYMMETRIC_MATERIAL_BITS[keySpec];

/**
 * A new version with fresh symmetric material, or with `material` generated beforehand (asymmetric key pairs
 * are generated asynchronously, see asymmetric.ts).
 */
export function newBackingKeyVersion(
  drbg: Drbg,
  keySpec: SimulatedKeySpec,
  createdMs: number,
  rotationType?: RotationType,
  pregenerated?: Uint8Array,
): BackingKeyVersion {
  const material = pregenerated ?? drbg.bytes(SYMMETRIC_MATERIAL_BITS[keySpec] / 8);
  // KeyMaterialId: 64 lowercase hex digits (API model BackingKeyIdType, reference §3).
  const keyMaterialId = drbg.hex(32);
  return rotationType
    ? { keyMaterialId, material, createdMs, rotationType }
    : { keyMaterialId, material, createdMs };
}

/**
 * Rotates `key` (and, for a multi-Region key, every related key: rotation is a shared property and the
 * material is shared, reference §8) by appending one version.
 */
export function rotate(
  world: World,
  drbg: Drbg,
  key: KeyRecord,
  rotationType: RotationType,
  trace?: TraceStep[],
) {
  const version = newBackingKeyVersion(drbg, key.keySpec, world.nowMs, rotationType);
  for (const k of relatedMultiRegionKeys(world, key)) {
    k.versions.push({ ...version, material: version.material.slice() });
    trace?.push({
      code: 'key-material-generated',
      keyArn: k.arn,
      keyMaterialId: version.keyMaterialId,
      bits: keyMaterialBits(k.keySpec),
    });
  }
  version.material.fill(0);
  return version;
}

export const rotationPeriodMs = (key: KeyRecord) => key.rotation.periodInDays * DAY_MS;

/**
 * Creating key records: customer managed keys (CreateKey), multi-Region replicas (ReplicateKey), AWS managed
 * keys and AWS owned keys. Key IDs: a UUID, or `mrk-` + 32 hex digits for multi-Region keys (reference §4).
 */
import type { Drbg } from '../crypto';
import { keyArn } from './identifiers';
import { keyMaterialBits, newBackingKeyVersion } from './keyMaterial';
import type { TraceStep } from './trace';
import type {
  BackingKeyVersion,
  KeyManager,
  KeyOrigin,
  KeyRecord,
  KeyState,
  SimulatedKeySpec,
  SimulatedKeyUsage,
  Tag,
} from './world';

export interface NewKey {
  accountId: string;
  region: string;
  keySpec: SimulatedKeySpec;
  keyUsage: SimulatedKeyUsage;
  policy: string;
  description?: string;
  tags?: Tag[];
  keyManager?: KeyManager;
  service?: string;
  multiRegion?: boolean;
  /** Replicas reuse the primary's key ID and material. */
  keyId?: string;
  versions?: BackingKeyVersion[];
  primaryRegion?: string;
  keyState?: KeyState;
  rotation?: KeyRecord['rotation'];
  /** Asymmetric keys: the key pair, generated beforehand (asymmetric.ts). */
  material?: Uint8Array;
  origin?: KeyOrigin;
}

export const DEFAULT_ROTATION_PERIOD_DAYS = 365;

export function newKeyRecord(drbg: Drbg, nowMs: number, spec: NewKey, trace?: TraceStep[]): KeyRecord {
  const keyId = spec.keyId ?? (spec.multiRegion ? `mrk-${drbg.hex(16)}` : drbg.uuid());
  const arn = keyArn(spec.region, spec.accountId, keyId);
  const versions = spec.versions
    ? spec.versions.map((v) => ({ ...v, material: v.material.slice() }))
    : [newBackingKeyVersion(drbg, spec.keySpec, nowMs, undefined, spec.material)];
  if (!spec.versions)
    trace?.push({
      code: 'key-material-generated',
      keyArn: arn,
      keyMaterialId: versions[0].keyMaterialId,
      bits: keyMaterialBits(spec.keySpec),
    });
  return {
    arn,
    keyId,
    accountId: spec.accountId,
    region: spec.region,
    keyManager: spec.keyManager ?? 'CUSTOMER',
    ...(spec.service ? { service: spec.service } : {}),
    keySpec: spec.keySpec,
    keyUsage: spec.keyUsage,
    origin: spec.origin ?? 'AWS_KMS',
    description: spec.description ?? '',
    creationMs: nowMs,
    keyState: spec.keyState ?? 'Enabled',
    multiRegion: spec.multiRegion ?? false,
    ...(spec.multiRegion ? { primaryRegion: spec.primaryRegion ?? spec.region } : {}),
    policy: spec.policy,
    tags: spec.tags ?? [],
    rotation: spec.rotation ?? { enabled: false, periodInDays: DEFAULT_ROTATION_PERIOD_DAYS },
    onDemandRotations: 0,
    versions,
  };
}

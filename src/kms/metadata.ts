/**
 * `KeyMetadata` as AWS returns it (API model KeyMetadata; recorded examples in reference §2, §3, §8).
 */
import { keyArn } from './identifiers';
import { keyAlgorithms } from './keySpecs';
import { currentVersion, hasKeyMaterial, type KeyRecord, relatedMultiRegionKeys, type World } from './world';

export interface MultiRegionKey {
  Arn: string;
  Region: string;
}

export interface KeyMetadata {
  AWSAccountId: string;
  KeyId: string;
  Arn: string;
  CreationDate: Date;
  Enabled: boolean;
  Description: string;
  KeyUsage: string;
  KeyState: string;
  DeletionDate?: Date;
  ValidTo?: Date;
  Origin: string;
  ExpirationModel?: string;
  KeyManager: string;
  CustomerMasterKeySpec?: string;
  KeySpec: string;
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
  EncapsulationAlgorithms?: string[];
  MacAlgorithms?: string[];
  MultiRegion: boolean;
  MultiRegionConfiguration?: {
    MultiRegionKeyType: 'PRIMARY' | 'REPLICA';
    PrimaryKey: MultiRegionKey;
    ReplicaKeys: MultiRegionKey[];
  };
  PendingDeletionWindowInDays?: number;
  CurrentKeyMaterialId?: string;
}

/**
 * The deprecated CustomerMasterKeySpec only has values for the specs its enum lists (API model
 * CustomerMasterKeySpec); for ML-DSA and ML-KEM keys it is left out (what AWS returns there is not on record).
 */
export const customerMasterKeySpec = (key: KeyRecord): { CustomerMasterKeySpec?: string } =>
  key.keySpec.startsWith('ML_') ? {} : { CustomerMasterKeySpec: key.keySpec };

export function keyMetadata(world: World, key: KeyRecord): KeyMetadata {
  const symmetric = key.keySpec === 'SYMMETRIC_DEFAULT';
  const metadata: KeyMetadata = {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationMs),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    Origin: key.origin,
    KeyManager: key.keyManager,
    ...customerMasterKeySpec(key),
    KeySpec: key.keySpec,
    ...keyAlgorithms(key),
    MultiRegion: key.multiRegion,
  };
  if (key.deletionMs !== undefined) metadata.DeletionDate = new Date(key.deletionMs);
  if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion')
    metadata.PendingDeletionWindowInDays = key.pendingWindowInDays;
  if (key.multiRegion && key.primaryRegion) {
    const related = relatedMultiRegionKeys(world, key);
    const entry = (k: KeyRecord): MultiRegionKey => ({ Arn: k.arn, Region: k.region });
    metadata.MultiRegionConfiguration = {
      MultiRegionKeyType: key.region === key.primaryRegion ? 'PRIMARY' : 'REPLICA',
      PrimaryKey: { Arn: keyArn(key.primaryRegion, key.accountId, key.keyId), Region: key.primaryRegion },
      ReplicaKeys: related.filter((k) => k.region !== key.primaryRegion).map(entry),
    };
  }
  if (key.importExpiration) {
    if (key.importExpiration.validToMs !== undefined)
      metadata.ValidTo = new Date(key.importExpiration.validToMs);
    metadata.ExpirationModel = key.importExpiration.model;
  }
  // Keys with imported material have no current material while PendingImport.
  if (symmetric && hasKeyMaterial(key)) metadata.CurrentKeyMaterialId = currentVersion(key).keyMaterialId;
  return metadata;
}

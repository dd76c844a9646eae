/**
 * The whole simulated world as plain data (structuredClone-able): accounts × regions of keys with their
 * backing-key versions, aliases, grants, IAM principals, CloudTrail, the request meter for billing and the
 * clock. The DRBG state lives beside it in a `SimulatorSnapshot` (see simulator.ts).
 */

export type SymmetricKeySpec = 'SYMMETRIC_DEFAULT';
export type HmacKeySpec = 'HMAC_224' | 'HMAC_256' | 'HMAC_384' | 'HMAC_512';
export type RsaKeySpec = 'RSA_2048' | 'RSA_3072' | 'RSA_4096';
export type EccKeySpec = 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521' | 'ECC_SECG_P256K1';
export type MlDsaKeySpec = 'ML_DSA_44' | 'ML_DSA_65' | 'ML_DSA_87';
export type MlKemKeySpec = 'ML_KEM_512' | 'ML_KEM_768' | 'ML_KEM_1024';
export type AsymmetricKeySpec = RsaKeySpec | EccKeySpec | MlDsaKeySpec | MlKemKeySpec;
export type SimulatedKeySpec = SymmetricKeySpec | HmacKeySpec | AsymmetricKeySpec;
export type SimulatedKeyUsage =
  | 'ENCRYPT_DECRYPT'
  | 'GENERATE_VERIFY_MAC'
  | 'SIGN_VERIFY'
  | 'KEY_AGREEMENT'
  | 'ENCAPSULATE_DECAPSULATE';
export type KeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating';
export type KeyManager = 'CUSTOMER' | 'AWS';
/** Where the key material comes from (API OriginType); EXTERNAL: imported by the customer (BYOK). */
export type KeyOrigin = 'AWS_KMS' | 'EXTERNAL';
export type RotationType = 'AUTOMATIC' | 'ON_DEMAND';

/** One HSM backing key (HBK) of a KMS key (reference §5, §6). Rotation appends; nothing is ever removed. */
export interface BackingKeyVersion {
  /** 64 lowercase hex digits; the HBKID written in ciphertext headers (reference §3 `KeyMaterialId`). */
  keyMaterialId: string;
  /**
   * 256-bit AES key for symmetric keys; 224–512-bit HMAC key for HMAC keys; PKCS #8 DER for RSA and ECC keys;
   * the FIPS 204/203 seed for ML-DSA and ML-KEM keys (see asymmetric.ts).
   */
  material: Uint8Array;
  createdMs: number;
  /** Absent for the key's original material. */
  rotationType?: RotationType;
}

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface KeyRecord {
  arn: string;
  keyId: string;
  accountId: string;
  region: string;
  keyManager: KeyManager;
  /** AWS managed keys: the alias suffix of `alias/aws/<service>`. AWS owned keys: the owning service. */
  service?: string;
  keySpec: SimulatedKeySpec;
  keyUsage: SimulatedKeyUsage;
  origin: KeyOrigin;
  description: string;
  creationMs: number;
  keyState: KeyState;
  /** Set while PendingDeletion. */
  deletionMs?: number;
  pendingWindowInDays?: number;
  /** When ScheduleKeyDeletion was called; billing stops here if the key is really deleted (reference §1). */
  deletionScheduledMs?: number;
  /** A replica in `Creating` becomes `Enabled` at this time (ReplicateKey, reference §8). */
  replicaReadyMs?: number;
  multiRegion: boolean;
  /** Multi-Region keys: the Region of the primary key (shared by every related key). */
  primaryRegion?: string;
  policy: string;
  tags: Tag[];
  rotation: { enabled: boolean; periodInDays: number; nextRotationMs?: number };
  onDemandRotations: number;
  /**
   * Origin AWS_KMS: at least one version. Origin EXTERNAL: none until the first import; a version whose material
   * is empty after DeleteImportedKeyMaterial or expiry (its keyMaterialId stays, to recognise a re-import).
   */
  versions: BackingKeyVersion[];
  /** Origin EXTERNAL: the current import's expiration (ImportKeyMaterial ExpirationModel, ValidTo). */
  importExpiration?: { model: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE'; validToMs?: number };
  /** Origin EXTERNAL: wrapping keys and import tokens handed out by GetParametersForImport, newest last. */
  importParameters?: ImportParameters[];
}

/** One GetParametersForImport answer, kept so ImportKeyMaterial can unwrap with it (valid for 24 hours). */
export interface ImportParameters {
  /** The ImportToken bytes, lowercase hex. */
  importToken: string;
  wrappingAlgorithm:
    | 'RSAES_OAEP_SHA_1'
    | 'RSAES_OAEP_SHA_256'
    | 'RSA_AES_KEY_WRAP_SHA_1'
    | 'RSA_AES_KEY_WRAP_SHA_256';
  wrappingKeySpec: RsaKeySpec;
  /** The wrapping key pair, PKCS #8. */
  wrappingKey: Uint8Array;
  validToMs: number;
}

/** ConnectionStateType of the API model. */
export type ConnectionState = 'CONNECTED' | 'CONNECTING' | 'FAILED' | 'DISCONNECTED' | 'DISCONNECTING';
export type XksProxyConnectivity = 'PUBLIC_ENDPOINT' | 'VPC_ENDPOINT_SERVICE';

/**
 * An external key store (customKeyStores.ts). The simulation has no CloudHSM cluster, so no CloudHSM key store
 * can be created, and no external key store proxy answers, so a store never reaches CONNECTED. The proxy's
 * secret access key is not kept: KMS would sign proxy requests with it, and there is no proxy to sign for.
 */
export interface CustomKeyStoreRecord {
  /** `cks-` and 17 hex digits, as in AWS's examples (cks-1234567890abcdef0). */
  customKeyStoreId: string;
  accountId: string;
  region: string;
  name: string;
  creationMs: number;
  connectionState: ConnectionState;
  /** Set while FAILED (ConnectionErrorCodeType). */
  connectionErrorCode?: string;
  /** While CONNECTING: when the attempt ends. */
  connectionAttemptEndsMs?: number;
  xksProxy: {
    connectivity: XksProxyConnectivity;
    accessKeyId: string;
    uriEndpoint: string;
    uriPath: string;
    vpcEndpointServiceName?: string;
    vpcEndpointServiceOwner?: string;
  };
}

export interface AliasRecord {
  aliasName: string;
  accountId: string;
  region: string;
  targetKeyId: string;
  creationMs: number;
  lastUpdatedMs: number;
}

export interface GrantConstraints {
  EncryptionContextEquals?: Record<string, string>;
  EncryptionContextSubset?: Record<string, string>;
}

export interface GrantRecord {
  grantId: string;
  keyArn: string;
  name?: string;
  creationMs: number;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount: string;
  operations: string[];
  constraints?: GrantConstraints;
}

export interface PrincipalRecord {
  arn: string;
  /** CloudTrail `principalId` / `accessKeyId`, drawn from the DRBG when the principal first appears. */
  principalId: string;
  accessKeyId: string;
  policies: Record<string, string>;
}

/** What remains of a deleted key: enough to bill its lifetime and to answer for its old ciphertexts. */
export interface DeletedKeyRecord {
  arn: string;
  keyId: string;
  accountId: string;
  region: string;
  keyManager: KeyManager;
  creationMs: number;
  deletionScheduledMs: number;
  deletedMs: number;
  rotationDatesMs: number[];
}

/** Asymmetric request classes the pricing page prices apart from the free tier (billing.ts). */
export type RequestPriceClass = 'rsa-2048' | 'asymmetric' | 'ecc-data-key-pair' | 'rsa-data-key-pair';

/** One billable API request (reference §1: $0.03 per 10,000 after 20,000 free per month, across Regions). */
export interface RequestRecord {
  timeMs: number;
  accountId: string;
  operation: string;
  keyArn?: string;
  /** Absent for standard requests. */
  priceClass?: RequestPriceClass;
}

export type TrailRecord = Record<string, unknown>;

export interface World {
  formatVersion: 1;
  defaultAccountId: string;
  defaultRegion: string;
  nowMs: number;
  keys: Record<string, KeyRecord>;
  aliases: Record<string, AliasRecord>;
  grants: Record<string, GrantRecord>;
  principals: Record<string, PrincipalRecord>;
  /** AWS owned keys, by service: never listed, never in the customer's trail, never billed (reference §1). */
  awsOwnedKeys: Record<string, KeyRecord>;
  /** Custom key stores by ID (every account and Region). */
  customKeyStores: Record<string, CustomKeyStoreRecord>;
  deletedKeys: DeletedKeyRecord[];
  trail: TrailRecord[];
  requests: RequestRecord[];
}

/**
 * A table keyed by names that come from requests (key ARNs, alias names, grant IDs, principal ARNs, policy
 * names): a null-prototype object, so `constructor` or `__proto__` is an absent entry, never a member of
 * Object.prototype. Plain objects rather than Maps keep the world structuredClone-able as plain data; clones
 * get Object.prototype back, so every copy goes through `worldTables` again.
 */
export function table<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  // Object.assign onto a null-prototype target defines `__proto__` as an own entry like any other key.
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Give a world (new, or cloned from a snapshot) its null-prototype tables, down to each principal's policies. */
export function worldTables(world: World): World {
  world.keys = table(world.keys);
  world.aliases = table(world.aliases);
  world.grants = table(world.grants);
  world.awsOwnedKeys = table(world.awsOwnedKeys);
  world.principals = table(world.principals);
  world.customKeyStores = table(world.customKeyStores);
  for (const principal of Object.values(world.principals)) principal.policies = table(principal.policies);
  return world;
}

export function emptyWorld(defaultAccountId: string, defaultRegion: string, nowMs: number): World {
  return {
    formatVersion: 1,
    defaultAccountId,
    defaultRegion,
    nowMs,
    keys: table(),
    aliases: table(),
    grants: table(),
    principals: table(),
    awsOwnedKeys: table(),
    customKeyStores: table(),
    deletedKeys: [],
    trail: [],
    requests: [],
  };
}

export const currentVersion = (key: KeyRecord): BackingKeyVersion => key.versions[key.versions.length - 1];

/** Whether the key holds usable material (keys with imported material may have none, or a deleted one). */
export const hasKeyMaterial = (key: KeyRecord): boolean =>
  key.versions.length > 0 && currentVersion(key).material.length > 0;

/** Multi-Region keys related to `key` (same account and `mrk-` ID, every Region), including itself. */
export function relatedMultiRegionKeys(world: World, key: KeyRecord): KeyRecord[] {
  if (!key.multiRegion) return [key];
  return Object.values(world.keys).filter((k) => k.keyId === key.keyId && k.accountId === key.accountId);
}

export const DAY_MS = 86_400_000;

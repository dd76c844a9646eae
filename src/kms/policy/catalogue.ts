// What the policy language can name for KMS: every `kms:` IAM action and the condition keys, declared once.
// Sources: Service Authorization Reference "Actions, resources, and condition keys for AWS Key Management
// Service"; KMS Developer Guide "AWS KMS permissions" (kms-api-permissions-reference), "AWS KMS condition keys"
// (conditions-kms), "Grants in AWS KMS" (grant operations), reference §7 (cross-account operations).

/** 'key': authorised on a KMS key (key policy + IAM); 'alias-and-key': on the alias (IAM) and the key;
 *  'none': no resource, IAM policies only — ineffective in a key policy. */
export type KmsResourceKind = 'key' | 'alias-and-key' | 'none';

export interface KmsActionInfo {
  /** IAM action, e.g. 'kms:Encrypt'. */
  action: string;
  resource: KmsResourceKind;
  /** Can be called on a key in another account (reference §7). */
  crossAccount: boolean;
  /** Can be a grant operation (CreateGrant `Operations`). */
  grantOperation: boolean;
}

type Flags = '' | 'x' | 'g' | 'xg';
const k = (name: string, flags: Flags = ''): KmsActionInfo => ({
  action: `kms:${name}`,
  resource: 'key',
  crossAccount: flags.includes('x'),
  grantOperation: flags.includes('g'),
});
const none = (name: string): KmsActionInfo => ({
  action: `kms:${name}`,
  resource: 'none',
  crossAccount: false,
  grantOperation: false,
});
const alias = (name: string): KmsActionInfo => ({
  action: `kms:${name}`,
  resource: 'alias-and-key',
  crossAccount: false,
  grantOperation: false,
});

export const KMS_ACTIONS: readonly KmsActionInfo[] = [
  k('CancelKeyDeletion'),
  none('ConnectCustomKeyStore'),
  alias('CreateAlias'),
  none('CreateCustomKeyStore'),
  k('CreateGrant', 'xg'),
  none('CreateKey'),
  // Encapsulate/Decapsulate (ML-KEM, 2025): cross-account and grant operations per API_Encapsulate,
  // API_Decapsulate and the GrantOperation enum of @aws-sdk/client-kms 3.1164.0.
  k('Decapsulate', 'xg'),
  k('Decrypt', 'xg'),
  alias('DeleteAlias'),
  none('DeleteCustomKeyStore'),
  k('DeleteImportedKeyMaterial'),
  k('DeriveSharedSecret', 'xg'),
  none('DescribeCustomKeyStores'),
  k('DescribeKey', 'xg'),
  k('DisableKey'),
  k('DisableKeyRotation'),
  none('DisconnectCustomKeyStore'),
  k('EnableKey'),
  k('EnableKeyRotation'),
  k('Encapsulate', 'xg'),
  k('Encrypt', 'xg'),
  k('GenerateDataKey', 'xg'),
  k('GenerateDataKeyPair', 'xg'),
  k('GenerateDataKeyPairWithoutPlaintext', 'xg'),
  k('GenerateDataKeyWithoutPlaintext', 'xg'),
  k('GenerateMac', 'xg'),
  none('GenerateRandom'),
  k('GetKeyLastUsage'),
  k('GetKeyPolicy'),
  k('GetKeyRotationStatus', 'x'),
  k('GetParametersForImport'),
  k('GetPublicKey', 'xg'),
  k('ImportKeyMaterial'),
  none('ListAliases'),
  k('ListGrants', 'x'),
  k('ListKeyPolicies'),
  k('ListKeyRotations'),
  none('ListKeys'),
  k('ListResourceTags'),
  none('ListRetirableGrants'),
  k('PutKeyPolicy'),
  k('ReEncryptFrom', 'xg'),
  k('ReEncryptTo', 'xg'),
  k('ReplicateKey'),
  k('RetireGrant', 'xg'),
  k('RevokeGrant', 'x'),
  k('RotateKeyOnDemand'),
  k('ScheduleKeyDeletion'),
  k('Sign', 'xg'),
  k('SynchronizeMultiRegionKey'),
  k('TagResource'),
  k('UntagResource'),
  alias('UpdateAlias'),
  none('UpdateCustomKeyStore'),
  k('UpdateKeyDescription'),
  k('UpdatePrimaryRegion'),
  k('Verify', 'xg'),
  k('VerifyMac', 'xg'),
];

const BY_ACTION = new Map(KMS_ACTIONS.map((a) => [a.action.toLowerCase(), a]));

export function kmsAction(action: string): KmsActionInfo | undefined {
  return BY_ACTION.get(action.toLowerCase());
}

/** Grant operation names (CreateGrant `Operations`), derived from the action list. */
export const GRANT_OPERATIONS: readonly string[] = KMS_ACTIONS.filter((a) => a.grantOperation).map((a) =>
  a.action.slice('kms:'.length),
);

/** Grant operations that take an encryption context; grant constraints apply only to these
 *  (API_GrantConstraints: "not applied to operations that do not support an encryption context"). */
export const ENCRYPTION_CONTEXT_GRANT_OPERATIONS: ReadonlySet<string> = new Set([
  'Encrypt',
  'Decrypt',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
]);

export type ConditionKeyType = 'String' | 'ArrayOfString' | 'Bool' | 'Numeric' | 'Date' | 'ARN' | 'IPAddress';

export interface ConditionKeyInfo {
  /** Full name, or the prefix for keys with a variable part ('kms:EncryptionContext:', 'aws:ResourceTag/'). */
  name: string;
  type: ConditionKeyType;
  prefix: boolean;
  deprecated?: boolean;
}

const key = (
  name: string,
  type: ConditionKeyType,
  extra: Partial<ConditionKeyInfo> = {},
): ConditionKeyInfo => ({
  name,
  type,
  prefix: false,
  ...extra,
});
const prefix = (name: string, type: ConditionKeyType): ConditionKeyInfo => ({ name, type, prefix: true });

export const KMS_CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  key('kms:BypassPolicyLockoutSafetyCheck', 'Bool'),
  key('kms:CallerAccount', 'String'),
  key('kms:CustomerMasterKeySpec', 'String', { deprecated: true }),
  key('kms:CustomerMasterKeyUsage', 'String', { deprecated: true }),
  key('kms:DataKeyPairSpec', 'String'),
  key('kms:EncryptionAlgorithm', 'String'),
  prefix('kms:EncryptionContext:', 'String'),
  key('kms:EncryptionContextKeys', 'ArrayOfString'),
  key('kms:ExpirationModel', 'String'),
  key('kms:GrantConstraintType', 'String'),
  key('kms:GrantIsForAWSResource', 'Bool'),
  key('kms:GrantOperations', 'ArrayOfString'),
  key('kms:GranteePrincipal', 'String'),
  key('kms:KeyAgreementAlgorithm', 'String'),
  key('kms:KeyOrigin', 'String'),
  key('kms:KeySpec', 'String'),
  key('kms:KeyUsage', 'String'),
  key('kms:MacAlgorithm', 'String'),
  key('kms:MessageType', 'String'),
  key('kms:MultiRegion', 'Bool'),
  key('kms:MultiRegionKeyType', 'String'),
  key('kms:PrimaryRegion', 'String'),
  key('kms:ReEncryptOnSameKey', 'Bool'),
  key('kms:RecipientAttestation:ImageSha384', 'String'),
  prefix('kms:RecipientAttestation:PCR', 'String'),
  key('kms:ReplicaRegion', 'String'),
  key('kms:RequestAlias', 'String'),
  key('kms:ResourceAliases', 'ArrayOfString'),
  key('kms:RetiringPrincipal', 'String'),
  key('kms:RotationPeriodInDays', 'Numeric'),
  key('kms:ScheduleKeyDeletionPendingWindowInDays', 'Numeric'),
  key('kms:SigningAlgorithm', 'String'),
  key('kms:ValidTo', 'Date'),
  key('kms:ViaService', 'String'),
  key('kms:WrappingAlgorithm', 'String'),
  key('kms:WrappingKeySpec', 'String'),
];

/** AWS global condition context keys (IAM User Guide, "AWS global condition context keys"). */
export const GLOBAL_CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  key('aws:CalledVia', 'ArrayOfString'),
  key('aws:CalledViaFirst', 'String'),
  key('aws:CalledViaLast', 'String'),
  key('aws:CurrentTime', 'Date'),
  key('aws:EpochTime', 'Date'),
  key('aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress'),
  key('aws:Ec2InstanceSourceVpc', 'String'),
  key('aws:FederatedProvider', 'String'),
  key('aws:MultiFactorAuthAge', 'Numeric'),
  key('aws:MultiFactorAuthPresent', 'Bool'),
  key('aws:PrincipalAccount', 'String'),
  key('aws:PrincipalArn', 'ARN'),
  key('aws:PrincipalIsAWSService', 'Bool'),
  key('aws:PrincipalOrgID', 'String'),
  key('aws:PrincipalOrgPaths', 'ArrayOfString'),
  key('aws:PrincipalServiceName', 'String'),
  key('aws:PrincipalServiceNamesList', 'ArrayOfString'),
  prefix('aws:PrincipalTag/', 'String'),
  key('aws:PrincipalType', 'String'),
  key('aws:referer', 'String'),
  key('aws:RequestedRegion', 'String'),
  prefix('aws:RequestTag/', 'String'),
  key('aws:ResourceAccount', 'String'),
  key('aws:ResourceOrgID', 'String'),
  key('aws:ResourceOrgPaths', 'ArrayOfString'),
  prefix('aws:ResourceTag/', 'String'),
  key('aws:SecureTransport', 'Bool'),
  key('aws:SourceAccount', 'String'),
  key('aws:SourceArn', 'ARN'),
  key('aws:SourceIdentity', 'String'),
  key('aws:SourceIp', 'IPAddress'),
  key('aws:SourceOrgID', 'String'),
  key('aws:SourceOrgPaths', 'ArrayOfString'),
  key('aws:SourceVpc', 'String'),
  key('aws:SourceVpcArn', 'ARN'),
  key('aws:SourceVpce', 'String'),
  key('aws:TagKeys', 'ArrayOfString'),
  key('aws:TokenIssueTime', 'Date'),
  key('aws:UserAgent', 'String'),
  key('aws:userid', 'String'),
  key('aws:username', 'String'),
  key('aws:ViaAWSService', 'Bool'),
  key('aws:VpcSourceIp', 'IPAddress'),
];

export const CONDITION_KEYS: readonly ConditionKeyInfo[] = [...KMS_CONDITION_KEYS, ...GLOBAL_CONDITION_KEYS];

/** Look up a condition key (names are case-insensitive); prefixed keys need a non-empty suffix. */
export function conditionKey(name: string): ConditionKeyInfo | undefined {
  const lower = name.toLowerCase();
  let best: ConditionKeyInfo | undefined;
  for (const info of CONDITION_KEYS) {
    const n = info.name.toLowerCase();
    if (info.prefix ? lower.startsWith(n) && lower.length > n.length : lower === n) {
      if (best === undefined || info.name.length > best.name.length) best = info;
    }
  }
  return best;
}

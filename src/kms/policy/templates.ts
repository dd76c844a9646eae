// Key and IAM policy templates, as functions of the account, key and principals. Each returns the JSON text
// with two-space indentation (the form the console shows).
import { accountRootArn } from './principal';

type Statement = Record<string, unknown>;

const document = (statements: Statement[], id?: string) =>
  JSON.stringify({ Version: '2012-10-17', ...(id ? { Id: id } : {}), Statement: statements }, null, 2);

/** "Enable IAM User Permissions": the account principal with kms:* — delegates to IAM (key-policy-default). */
export function enableIamPolicies(accountId: string): Statement {
  return {
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: accountRootArn(accountId) },
    Action: 'kms:*',
    Resource: '*',
  };
}

/** The default key policy of CreateKey without `Policy` (reference §7, recorded from AWS: Id key-default-1). */
export function apiDefaultKeyPolicy(accountId: string): string {
  return document([enableIamPolicies(accountId)], 'key-default-1');
}

export type ConsoleKeyType = 'symmetric' | 'asymmetric-encrypt' | 'asymmetric-sign' | 'hmac';

export interface ConsoleKeyPolicyOptions {
  accountId: string;
  keyAdministrators: readonly string[];
  keyUsers: readonly string[];
  keyType?: ConsoleKeyType;
  /** The console's "Allow key administrators to delete this key" (default on). */
  allowAdministratorsToDelete?: boolean;
  multiRegion?: boolean;
  /** Key created without key material (Origin EXTERNAL). */
  importedMaterial?: boolean;
}

/** Actions of "Allow use of the key" per key type (key-policy-default, "Allows key users to use the KMS key"). */
const KEY_USER_ACTIONS: Record<ConsoleKeyType, string[]> = {
  symmetric: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
  'asymmetric-encrypt': [
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:ReEncrypt*',
    'kms:DescribeKey',
    'kms:GetPublicKey',
  ],
  'asymmetric-sign': ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify'],
  hmac: ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac'],
};

/** The console's default key policy (key-policy-default; Id key-consolepolicy-3). */
export function consoleDefaultKeyPolicy(opts: ConsoleKeyPolicyOptions): string {
  const keyType = opts.keyType ?? 'symmetric';
  const statements: Statement[] = [enableIamPolicies(opts.accountId)];
  if (opts.keyAdministrators.length > 0) {
    statements.push({
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: principalList(opts.keyAdministrators) },
      Action: [
        'kms:Create*',
        'kms:Describe*',
        'kms:Enable*',
        'kms:List*',
        'kms:Put*',
        'kms:Update*',
        'kms:Revoke*',
        'kms:Disable*',
        'kms:Get*',
        'kms:Delete*',
        'kms:TagResource',
        'kms:UntagResource',
        ...(opts.allowAdministratorsToDelete === false
          ? []
          : ['kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion']),
        ...(opts.importedMaterial ? ['kms:ImportKeyMaterial'] : []),
        ...(opts.multiRegion ? ['kms:ReplicateKey', 'kms:UpdatePrimaryRegion'] : []),
      ],
      Resource: '*',
    });
  }
  if (opts.keyUsers.length > 0) {
    statements.push({
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: { AWS: principalList(opts.keyUsers) },
      Action: KEY_USER_ACTIONS[keyType],
      Resource: '*',
    });
    // "for most key types" (key-policy-default); integrated services don't use HMAC keys, so not for those.
    if (keyType !== 'hmac') {
      statements.push({
        Sid: 'Allow attachment of persistent resources',
        Effect: 'Allow',
        Principal: { AWS: principalList(opts.keyUsers) },
        Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
      });
    }
  }
  return document(statements, 'key-consolepolicy-3');
}

export interface ManagedKeyService {
  /** Alias suffix: alias/aws/<alias>. */
  alias: string;
  /** Service name as written in the managed key policy's Sid. */
  displayName: string;
  /** kms:ViaService host prefix: <prefix>.<region>.amazonaws.com. */
  viaService: string;
  id: string;
  useActions: readonly string[];
  metadataActions: readonly string[];
}

const USE = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/**
 * AWS managed key policies. s3, ebs and lambda follow policies read back from real accounts (GetKeyPolicy
 * output published in public code: Ids auto-s3-2, auto-ebs-2, auto-awslambda); the others follow the same
 * pattern (reference §1: kms:ViaService + kms:CallerAccount) with the service's ViaService name.
 */
export const MANAGED_KEY_SERVICES: readonly ManagedKeyService[] = [
  {
    alias: 's3',
    displayName: 'S3',
    viaService: 's3',
    id: 'auto-s3-2',
    useActions: [...USE, 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
  },
  {
    alias: 'ebs',
    displayName: 'EBS',
    viaService: 'ec2',
    id: 'auto-ebs-2',
    useActions: [...USE, 'kms:CreateGrant', 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
  },
  {
    alias: 'lambda',
    displayName: 'AWS Lambda',
    viaService: 'lambda',
    id: 'auto-awslambda',
    useActions: [...USE, 'kms:CreateGrant', 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*'],
  },
  {
    alias: 'secretsmanager',
    displayName: 'AWS Secrets Manager',
    viaService: 'secretsmanager',
    id: 'auto-secretsmanager-2',
    useActions: [...USE, 'kms:CreateGrant', 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
  },
  {
    alias: 'ssm',
    displayName: 'AWS Systems Manager',
    viaService: 'ssm',
    id: 'auto-ssm-2',
    useActions: [...USE, 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
  },
  {
    alias: 'rds',
    displayName: 'Amazon RDS',
    viaService: 'rds',
    id: 'auto-rds-2',
    useActions: [...USE, 'kms:CreateGrant', 'kms:ListGrants', 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
  },
  {
    alias: 'elasticfilesystem',
    displayName: 'Amazon Elastic File System',
    viaService: 'elasticfilesystem',
    id: 'auto-elasticfilesystem-1',
    useActions: [...USE, 'kms:CreateGrant', 'kms:DescribeKey'],
    metadataActions: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
  },
];

export function viaServiceName(service: ManagedKeyService, region: string): string {
  return `${service.viaService}.${region}.amazonaws.com`;
}

/** The key policy of an AWS managed key: any principal of the account, only through the service. */
export function awsManagedKeyPolicy(opts: {
  accountId: string;
  region: string;
  service: ManagedKeyService;
}): string {
  const { service } = opts;
  return document(
    [
      {
        Sid: `Allow access through ${service.displayName} for all principals in the account that are authorized to use ${service.displayName}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: service.useActions,
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:CallerAccount': opts.accountId,
            'kms:ViaService': viaServiceName(service, opts.region),
          },
        },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: accountRootArn(opts.accountId) },
        Action: service.metadataActions,
        Resource: '*',
      },
    ],
    service.id,
  );
}

const CROSS_ACCOUNT_USE = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:ReEncrypt*',
  'kms:GenerateDataKey*',
  'kms:DescribeKey',
];

/** Key policy sharing use of the key with other accounts (key-policy-modifying-external-accounts): each
 *  external account still has to allow its users in IAM (see crossAccountIdentityPolicy). */
export function crossAccountKeyPolicy(opts: {
  accountId: string;
  externalAccounts: readonly string[];
}): string {
  const external = principalList(opts.externalAccounts.map((a) => accountRootArn(a)));
  return document([
    enableIamPolicies(opts.accountId),
    {
      Sid: 'Allow use of the key by other accounts',
      Effect: 'Allow',
      Principal: { AWS: external },
      Action: CROSS_ACCOUNT_USE,
      Resource: '*',
    },
    {
      Sid: 'Allow attachment of persistent resources by other accounts',
      Effect: 'Allow',
      Principal: { AWS: external },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
    },
  ]);
}

/** The IAM policy an external account attaches to its user/role to use a shared key (by key ARN). */
export function crossAccountIdentityPolicy(opts: { keyArn: string; actions?: readonly string[] }): string {
  return document([
    {
      Sid: 'AllowUseOfKeyInAnotherAccount',
      Effect: 'Allow',
      Action: opts.actions ?? CROSS_ACCOUNT_USE,
      Resource: opts.keyArn,
    },
  ]);
}

/** Key policy letting principals use the key only with a given encryption context pair set
 *  (conditions-kms, kms:EncryptionContext:context-key with StringEquals). */
export function encryptionContextKeyPolicy(opts: {
  accountId: string;
  principals: readonly string[];
  encryptionContext: Readonly<Record<string, string>>;
  actions?: readonly string[];
}): string {
  const pairs = Object.fromEntries(
    Object.entries(opts.encryptionContext).map(([k, v]) => [`kms:EncryptionContext:${k}`, v]),
  );
  return document([
    enableIamPolicies(opts.accountId),
    {
      Sid: 'Allow use of the key with this encryption context',
      Effect: 'Allow',
      Principal: { AWS: principalList(opts.principals) },
      Action: opts.actions ?? ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
      Condition: { StringEquals: pairs },
    },
  ]);
}

/** Key policy letting principals use the key only through one AWS service (conditions-kms, kms:ViaService). */
export function serviceOnlyKeyPolicy(opts: {
  accountId: string;
  principals: readonly string[];
  viaService: string;
  actions?: readonly string[];
}): string {
  return document([
    enableIamPolicies(opts.accountId),
    {
      Sid: 'Allow use of the key only through the service',
      Effect: 'Allow',
      Principal: { AWS: principalList(opts.principals) },
      Action: opts.actions ?? [...USE, 'kms:DescribeKey'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': opts.viaService } },
    },
  ]);
}

function principalList(principals: readonly string[]): string | string[] {
  return principals.length === 1 ? (principals[0] as string) : [...principals];
}

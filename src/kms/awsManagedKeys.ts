/**
 * AWS managed keys (reference §1): created in the customer's account the first time a service — or DescribeKey
 * of the predefined alias — needs `alias/aws/<service>`; `KeyManager: AWS`; a policy that allows use only
 * through the service (`kms:ViaService` + `kms:CallerAccount`) and metadata reads by the account; always
 * single-Region; rotated every year (since May 2022), which the customer cannot change.
 */
import type { Drbg } from '../crypto';
import { AWS_ALIAS_PREFIX, aliasArn } from './identifiers';
import { newKeyRecord } from './keys';
import { awsManagedKeyPolicy, MANAGED_KEY_SERVICES, type ManagedKeyService } from './policy/templates';
import { DAY_MS, type KeyRecord, type World } from './world';

/**
 * Descriptions AWS gives its managed keys ("Default key that protects my … when no other key is defined"), by
 * alias suffix. The services themselves (alias, kms:ViaService prefix, policy) come from policy/templates.ts.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  s3: 'S3 objects',
  ebs: 'EBS volumes',
  rds: 'RDS database volumes',
  elasticfilesystem: 'EFS filesystems',
  lambda: 'Lambda functions',
  secretsmanager: 'Secrets Manager data',
  ssm: 'SSM Parameters',
};

export const AWS_MANAGED_ROTATION_DAYS = 365;

/** `alias/aws/s3` → the S3 entry when KMS Lab knows the service. */
export function managedKeyService(aliasName: string): ManagedKeyService | undefined {
  if (!aliasName.startsWith(AWS_ALIAS_PREFIX)) return undefined;
  return MANAGED_KEY_SERVICES.find((s) => s.alias === aliasName.slice(AWS_ALIAS_PREFIX.length));
}

/** Creates the AWS managed key behind `alias/aws/<service>` and its alias. */
export function createAwsManagedKey(
  world: World,
  drbg: Drbg,
  accountId: string,
  region: string,
  aliasName: string,
): KeyRecord {
  const service = managedKeyService(aliasName);
  if (!service) throw new Error(`no AWS managed key service for ${aliasName}`);
  const key = newKeyRecord(drbg, world.nowMs, {
    accountId,
    region,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'AWS',
    service: service.alias,
    description: `Default key that protects my ${DESCRIPTIONS[service.alias] ?? service.displayName} when no other key is defined`,
    policy: awsManagedKeyPolicy({ accountId, region, service }),
    rotation: {
      enabled: true,
      periodInDays: AWS_MANAGED_ROTATION_DAYS,
      nextRotationMs: world.nowMs + AWS_MANAGED_ROTATION_DAYS * DAY_MS,
    },
  });
  world.keys[key.arn] = key;
  world.aliases[aliasArn(region, accountId, aliasName)] = {
    aliasName,
    accountId,
    region,
    targetKeyId: key.keyId,
    creationMs: world.nowMs,
    lastUpdatedMs: world.nowMs,
  };
  return key;
}

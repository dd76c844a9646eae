/**
 * The operation registry: every simulated KMS operation, declared once in its own module. The wire facade,
 * CloudTrail, billing, authorisation defaults and the UI's operation list derive from this object.
 */
import type { AnyOperation } from '../operation';
import { CreateAlias, DeleteAlias, ListAliases, UpdateAlias } from './aliases';
import { CreateKey } from './createKey';
import { Decrypt } from './decrypt';
import { DescribeKey } from './describeKey';
import { DisableKey, EnableKey } from './enableDisableKey';
import { Encrypt } from './encrypt';
import { GenerateDataKey, GenerateDataKeyWithoutPlaintext } from './generateDataKey';
import { GenerateRandom } from './generateRandom';
import { CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant } from './grants';
import { CancelKeyDeletion, ScheduleKeyDeletion } from './keyDeletion';
import { GetKeyPolicy, ListKeyPolicies, PutKeyPolicy } from './keyPolicies';
import { ListKeys } from './listKeys';
import { GenerateMac, VerifyMac } from './mac';
import { ReEncrypt } from './reEncrypt';
import { ReplicateKey, UpdatePrimaryRegion } from './replicateKey';
import {
  DisableKeyRotation,
  EnableKeyRotation,
  GetKeyRotationStatus,
  ListKeyRotations,
  RotateKeyOnDemand,
} from './rotation';
import { ListResourceTags, TagResource, UntagResource } from './tagging';
import { UpdateKeyDescription } from './updateKeyDescription';

export const OPERATIONS = {
  CancelKeyDeletion,
  CreateAlias,
  CreateGrant,
  CreateKey,
  Decrypt,
  DeleteAlias,
  DescribeKey,
  DisableKey,
  DisableKeyRotation,
  EnableKey,
  EnableKeyRotation,
  Encrypt,
  GenerateDataKey,
  GenerateDataKeyWithoutPlaintext,
  GenerateMac,
  GenerateRandom,
  GetKeyPolicy,
  GetKeyRotationStatus,
  ListAliases,
  ListGrants,
  ListKeyPolicies,
  ListKeyRotations,
  ListKeys,
  ListResourceTags,
  ListRetirableGrants,
  PutKeyPolicy,
  ReEncrypt,
  ReplicateKey,
  RetireGrant,
  RevokeGrant,
  RotateKeyOnDemand,
  ScheduleKeyDeletion,
  TagResource,
  UntagResource,
  UpdateAlias,
  UpdateKeyDescription,
  UpdatePrimaryRegion,
  VerifyMac,
} as const satisfies Record<string, AnyOperation>;

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;

export function operationByName(name: string): AnyOperation | undefined {
  return Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name as OperationName] : undefined;
}

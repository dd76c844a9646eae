/**
 * The operation registry: every simulated KMS operation, declared once in its own module. The wire facade,
 * CloudTrail, billing, authorisation defaults and the UI's operation list derive from this object.
 */
import type { AnyOperation } from '../operation';
import { CreateAlias, DeleteAlias, ListAliases, UpdateAlias } from './aliases';
import { CreateKey } from './createKey';
import {
  ConnectCustomKeyStore,
  CreateCustomKeyStore,
  DeleteCustomKeyStore,
  DescribeCustomKeyStores,
  DisconnectCustomKeyStore,
  UpdateCustomKeyStore,
} from './customKeyStores';
import { Decrypt } from './decrypt';
import { DescribeKey } from './describeKey';
import { DisableKey, EnableKey } from './enableDisableKey';
import { Encrypt } from './encrypt';
import { GenerateDataKey, GenerateDataKeyWithoutPlaintext } from './generateDataKey';
import { GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext } from './generateDataKeyPair';
import { GenerateRandom } from './generateRandom';
import { CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant } from './grants';
import { DeleteImportedKeyMaterial, GetParametersForImport, ImportKeyMaterial } from './importKeyMaterial';
import { DeriveSharedSecret } from './keyAgreement';
import { CancelKeyDeletion, ScheduleKeyDeletion } from './keyDeletion';
import { Decapsulate, Encapsulate } from './keyEncapsulation';
import { GetKeyLastUsage } from './keyLastUsage';
import { GetKeyPolicy, ListKeyPolicies, PutKeyPolicy } from './keyPolicies';
import { ListKeys } from './listKeys';
import { GenerateMac, VerifyMac } from './mac';
import { GetPublicKey } from './publicKey';
import { ReEncrypt } from './reEncrypt';
import { ReplicateKey, UpdatePrimaryRegion } from './replicateKey';
import {
  DisableKeyRotation,
  EnableKeyRotation,
  GetKeyRotationStatus,
  ListKeyRotations,
  RotateKeyOnDemand,
} from './rotation';
import { Sign, Verify } from './sign';
import { ListResourceTags, TagResource, UntagResource } from './tagging';
import { UpdateKeyDescription } from './updateKeyDescription';

export const OPERATIONS = {
  CancelKeyDeletion,
  ConnectCustomKeyStore,
  CreateAlias,
  CreateCustomKeyStore,
  CreateGrant,
  CreateKey,
  Decapsulate,
  Decrypt,
  DeleteAlias,
  DeleteCustomKeyStore,
  DeleteImportedKeyMaterial,
  DeriveSharedSecret,
  DescribeCustomKeyStores,
  DescribeKey,
  DisableKey,
  DisableKeyRotation,
  DisconnectCustomKeyStore,
  EnableKey,
  EnableKeyRotation,
  Encapsulate,
  Encrypt,
  GenerateDataKey,
  GenerateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext,
  GenerateDataKeyWithoutPlaintext,
  GenerateMac,
  GenerateRandom,
  GetKeyLastUsage,
  GetKeyPolicy,
  GetKeyRotationStatus,
  GetParametersForImport,
  GetPublicKey,
  ImportKeyMaterial,
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
  Sign,
  TagResource,
  UntagResource,
  UpdateAlias,
  UpdateCustomKeyStore,
  UpdateKeyDescription,
  UpdatePrimaryRegion,
  Verify,
  VerifyMac,
} as const satisfies Record<string, AnyOperation>;

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;

export function operationByName(name: string): AnyOperation | undefined {
  return Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name as OperationName] : undefined;
}

/**
 * Amazon RDS storage encryption (reference §11; RDS User Guide "AWS KMS key management"). RDS builds on EBS
 * encryption: it acts for the user who creates the instance, who needs kms:CreateGrant and kms:DescribeKey on
 * the key; the data key is bound to `{"aws:rds:db-id": "db-…"}` (the instance's DbiResourceId). Default key
 * `aws/rds`. If the key becomes unusable, RDS moves the instance to `inaccessible-encryption-credentials` when
 * it next needs the key.
 *
 * Simplified (RDS documents no call-by-call sequence): CreateDBInstance → DescribeKey and CreateGrant (to the
 * RDS service-linked role) and GenerateDataKeyWithoutPlaintext by the requester through rds; the instance's
 * host decrypts the key as that role when it (re)starts (RebootDBInstance here). The error is RDS's
 * `KMSKeyNotAccessibleFault` with the API reference's description as message.
 */
import { zeroize } from '../crypto';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import {
  actionsFor,
  fail,
  keyIdFor,
  kmsErrorOf,
  type ServiceDeclaration,
  serviceLinkedRole,
  succeed,
} from './service';

export interface RdsInstance {
  dbInstanceIdentifier: string;
  dbiResourceId: string;
  kmsKeyId: string;
  encryptedDataKey: Uint8Array;
  encryptionContext: Record<string, string>;
  status: 'available' | 'inaccessible-encryption-credentials';
  createTimeMs: number;
}

export interface RdsState {
  instances: Record<string, RdsInstance>;
}

export const rdsServiceLinkedRole = (accountId: string) =>
  serviceLinkedRole(accountId, 'rds.amazonaws.com', 'AWSServiceRoleForRDS');

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const keyNotAccessible = (kms: { name: string; message: string }) =>
  fail('KMSKeyNotAccessibleFault', 'An error occurred accessing an AWS KMS key.', 'simplified', kms);

const IDENTIFIER = {
  type: 'string',
  min: 1,
  max: 63,
  pattern: /^[a-zA-Z](?:-?[a-zA-Z0-9])*$/,
  patternName: 'a DB instance identifier',
} as const;

const action = actionsFor<RdsState>();

export const rds: ServiceDeclaration<RdsState> = {
  id: 'rds',
  name: 'Amazon RDS',
  managedKey: MANAGED_KEY_SERVICES.find((s) => s.alias === 'rds') as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['aws:rds:db-id'],
  fidelity: 'simplified',
  initialState: () => ({ instances: {} }),
  actions: {
    CreateDBInstance: action({
      params: {
        DBInstanceIdentifier: IDENTIFIER,
        KmsKeyId: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['DescribeKey', 'CreateGrant', 'GenerateDataKeyWithoutPlaintext'],
      async run(ctx, state, p) {
        const id = p.DBInstanceIdentifier.toLowerCase();
        if (state.instances[id])
          return fail('DBInstanceAlreadyExists', 'DB instance already exists', 'simplified');
        const described = await ctx.kms('DescribeKey', { KeyId: keyIdFor(ctx, p.KmsKeyId) });
        if (!described.ok) return keyNotAccessible(kmsErrorOf(described));
        const keyArn = described.response.KeyMetadata.Arn as string;
        const dbiResourceId = `db-${[...ctx.drbg.bytes(26)].map((b) => BASE32[b & 31]).join('')}`;
        const encryptionContext = { 'aws:rds:db-id': dbiResourceId };
        const role = rdsServiceLinkedRole(ctx.accountId);
        const grant = await ctx.kms('CreateGrant', {
          KeyId: keyArn,
          GranteePrincipal: role.role,
          Operations: ['Decrypt', 'GenerateDataKeyWithoutPlaintext', 'DescribeKey'],
        });
        if (!grant.ok) return keyNotAccessible(kmsErrorOf(grant));
        const generated = await ctx.kms('GenerateDataKeyWithoutPlaintext', {
          KeyId: keyArn,
          KeySpec: 'AES_256',
          EncryptionContext: encryptionContext,
        });
        if (!generated.ok) return keyNotAccessible(kmsErrorOf(generated));
        state.instances[id] = {
          dbInstanceIdentifier: id,
          dbiResourceId,
          kmsKeyId: keyArn,
          encryptedDataKey: generated.response.CiphertextBlob,
          encryptionContext,
          status: 'available',
          createTimeMs: ctx.nowMs,
        };
        return succeed({
          DBInstanceIdentifier: id,
          DbiResourceId: dbiResourceId,
          StorageEncrypted: true,
          KmsKeyId: keyArn,
          DBInstanceStatus: 'creating',
        });
      },
    }),
    RebootDBInstance: action({
      params: { DBInstanceIdentifier: IDENTIFIER },
      kmsCalls: ['Decrypt'],
      async run(ctx, state, p) {
        const instance = state.instances[p.DBInstanceIdentifier.toLowerCase()];
        if (!instance)
          return fail('DBInstanceNotFound', `DBInstance ${p.DBInstanceIdentifier} not found.`, 'simplified');
        const decrypted = await ctx.kms(
          'Decrypt',
          { CiphertextBlob: instance.encryptedDataKey, EncryptionContext: instance.encryptionContext },
          { principal: rdsServiceLinkedRole(ctx.accountId).session, direct: true },
        );
        if (!decrypted.ok) {
          instance.status = 'inaccessible-encryption-credentials';
          return keyNotAccessible(kmsErrorOf(decrypted));
        }
        zeroize(decrypted.response.Plaintext);
        instance.status = 'available';
        return succeed({
          DBInstanceIdentifier: instance.dbInstanceIdentifier,
          DBInstanceStatus: 'rebooting',
        });
      },
    }),
  },
};

/**
 * Amazon EFS encryption at rest (reference §11; KMS Developer Guide "How Amazon Elastic File System uses AWS
 * KMS"): EFS generates data keys and decrypts them with `{"aws:elasticfilesystem:filesystem:id": "fs-…"}` as
 * the encryption context; default key `aws/elasticfilesystem`.
 *
 * Simplified (the reference notes the calls come from an EFS-owned account, which KMS Lab does not model):
 * CreateFileSystem → DescribeKey (CreateGrant takes no alias) and CreateGrant by the requester through elasticfilesystem to EFS's service-linked role, then
 * GenerateDataKeyWithoutPlaintext as that role; a client mounting the file system (an NFS mount, not an API
 * call, IAM action elasticfilesystem:ClientMount) → Decrypt as that role. A KMS failure is passed through under its KMS exception name.
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

export interface EfsFileSystem {
  fileSystemId: string;
  creationToken: string;
  kmsKeyId: string;
  encryptedDataKey: Uint8Array;
  encryptionContext: Record<string, string>;
  mounts: number;
  creationTimeMs: number;
}

export interface EfsState {
  fileSystems: Record<string, EfsFileSystem>;
}

export const efsServiceLinkedRole = (accountId: string) =>
  serviceLinkedRole(accountId, 'elasticfilesystem.amazonaws.com', 'AWSServiceRoleForAmazonElasticFileSystem');

const passThrough = (kms: { name: string; message: string }) =>
  fail(kms.name, kms.message, 'simplified', kms);

const action = actionsFor<EfsState>();

export const efs: ServiceDeclaration<EfsState> = {
  id: 'elasticfilesystem',
  name: 'Amazon EFS',
  managedKey: MANAGED_KEY_SERVICES.find(
    (s) => s.alias === 'elasticfilesystem',
  ) as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['aws:elasticfilesystem:filesystem:id'],
  fidelity: 'simplified',
  initialState: () => ({ fileSystems: {} }),
  actions: {
    CreateFileSystem: action({
      params: {
        CreationToken: { type: 'string', min: 1, max: 64 },
        KmsKeyId: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['DescribeKey', 'CreateGrant', 'GenerateDataKeyWithoutPlaintext'],
      async run(ctx, state, p) {
        const fileSystemId = ctx.resourceId('fs');
        const encryptionContext = { 'aws:elasticfilesystem:filesystem:id': fileSystemId };
        const role = efsServiceLinkedRole(ctx.accountId);
        // CreateGrant takes a key ID or ARN only: the alias is resolved first (DescribeKey is allowed on it).
        const described = await ctx.kms('DescribeKey', { KeyId: keyIdFor(ctx, p.KmsKeyId) });
        if (!described.ok) return passThrough(kmsErrorOf(described));
        const keyArn = described.response.KeyMetadata.Arn as string;
        const grant = await ctx.kms('CreateGrant', {
          KeyId: keyArn,
          GranteePrincipal: role.role,
          Operations: ['GenerateDataKeyWithoutPlaintext', 'Decrypt'],
          Constraints: { EncryptionContextSubset: encryptionContext },
        });
        if (!grant.ok) return passThrough(kmsErrorOf(grant));
        const generated = await ctx.kms(
          'GenerateDataKeyWithoutPlaintext',
          { KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: encryptionContext },
          { principal: role.session, direct: true },
        );
        if (!generated.ok) return passThrough(kmsErrorOf(generated));
        state.fileSystems[fileSystemId] = {
          fileSystemId,
          creationToken: p.CreationToken,
          kmsKeyId: keyArn,
          encryptedDataKey: generated.response.CiphertextBlob,
          encryptionContext,
          mounts: 0,
          creationTimeMs: ctx.nowMs,
        };
        return succeed({
          FileSystemId: fileSystemId,
          CreationToken: p.CreationToken,
          Encrypted: true,
          KmsKeyId: keyArn,
          LifeCycleState: 'creating',
        });
      },
    }),
    /** An NFS client mounting the file system (IAM action elasticfilesystem:ClientMount; not an API call). */
    ClientMount: action({
      params: { FileSystemId: { type: 'string', min: 1, max: 128 } },
      kmsCalls: ['Decrypt'],
      async run(ctx, state, p) {
        const fileSystem = state.fileSystems[p.FileSystemId];
        if (!fileSystem)
          return fail('FileSystemNotFound', `File system '${p.FileSystemId}' does not exist.`, 'simplified');
        const decrypted = await ctx.kms(
          'Decrypt',
          { CiphertextBlob: fileSystem.encryptedDataKey, EncryptionContext: fileSystem.encryptionContext },
          { principal: efsServiceLinkedRole(ctx.accountId).session, direct: true },
        );
        if (!decrypted.ok) return passThrough(kmsErrorOf(decrypted));
        zeroize(decrypted.response.Plaintext);
        fileSystem.mounts += 1;
        return succeed({ FileSystemId: fileSystem.fileSystemId, Mounted: true });
      },
    }),
  },
};

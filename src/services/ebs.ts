/**
 * Amazon EBS volume encryption (reference §11; EBS User Guide "How Amazon EBS encryption works"; KMS Developer
 * Guide "How Amazon EBS uses AWS KMS" and its CloudTrail example "Amazon EC2 example two"):
 * - CreateVolume → GenerateDataKeyWithoutPlaintext by the requester through ec2, context `{"aws:ebs:id": "vol-…"}`,
 *   64 bytes (AES-256-XTS takes two 256-bit keys, KMS cryptographic details "Amazon EBS volume encryption");
 *   the encrypted key is stored with the volume.
 * - AttachVolume → CreateGrant (requester through ec2; grantee the instance's `aws:ec2-infrastructure` session,
 *   Decrypt only, constrained to the volume's context) → Decrypt by that session; the plaintext volume key stays
 *   in the host's memory (zero-filled here at once: KMS Lab simulates no disk I/O).
 * - A key that is not usable breaks create and attach; EC2 reports `Client.InvalidKMSKey.InvalidState` as the
 *   instance's state reason (seen in public deployment logs); KMS Lab shows it as the operation's error.
 */
import { zeroize } from '../crypto';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import { actionsFor, fail, keyIdFor, kmsErrorOf, type ServiceDeclaration, succeed } from './service';

export interface EbsVolume {
  volumeId: string;
  size: number;
  availabilityZone: string;
  kmsKeyId: string;
  /** The 64-byte volume key, encrypted under the KMS key (stored with the volume metadata). */
  encryptedVolumeKey: Uint8Array;
  state: 'available' | 'in-use';
  attachedTo?: string;
  grantId?: string;
  createTimeMs: number;
}

export interface EbsState {
  volumes: Record<string, EbsVolume>;
}

/** AES-256-XTS volume key: two 256-bit keys (KMS cryptographic details; NumberOfBytes 64 in the CloudTrail example). */
export const VOLUME_KEY_BYTES = 64;

/** The role session EC2 uses for an instance's volumes (KMS Developer Guide, Amazon EC2 example two). */
export const ec2InfrastructureSession = (accountId: string, instanceId: string) =>
  `arn:aws:sts::${accountId}:assumed-role/aws:ec2-infrastructure/${instanceId}`;

const invalidKmsKey = (kms: { name: string; message: string }) =>
  fail(
    'Client.InvalidKMSKey.InvalidState',
    'The KMS key provided is in an incorrect state',
    'simplified',
    kms,
  );

const action = actionsFor<EbsState>();

export const ebs: ServiceDeclaration<EbsState> = {
  id: 'ebs',
  name: 'Amazon EBS',
  managedKey: MANAGED_KEY_SERVICES.find((s) => s.alias === 'ebs') as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['aws:ebs:id'],
  fidelity: 'documented',
  initialState: () => ({ volumes: {} }),
  actions: {
    CreateVolume: action({
      params: {
        Size: { type: 'integer', min: 1, max: 16_384 },
        KmsKeyId: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['GenerateDataKeyWithoutPlaintext'],
      async run(ctx, state, p) {
        const volumeId = ctx.resourceId('vol');
        const generated = await ctx.kms('GenerateDataKeyWithoutPlaintext', {
          KeyId: keyIdFor(ctx, p.KmsKeyId),
          EncryptionContext: { 'aws:ebs:id': volumeId },
          NumberOfBytes: VOLUME_KEY_BYTES,
        });
        if (!generated.ok) return invalidKmsKey(kmsErrorOf(generated));
        const availabilityZone = `${ctx.region}a`;
        state.volumes[volumeId] = {
          volumeId,
          size: p.Size,
          availabilityZone,
          kmsKeyId: generated.response.KeyId,
          encryptedVolumeKey: generated.response.CiphertextBlob,
          state: 'available',
          createTimeMs: ctx.nowMs,
        };
        return succeed({
          VolumeId: volumeId,
          Size: p.Size,
          AvailabilityZone: availabilityZone,
          Encrypted: true,
          KmsKeyId: generated.response.KeyId,
          State: 'creating',
        });
      },
    }),
    AttachVolume: action({
      params: {
        VolumeId: { type: 'string', min: 1, max: 64 },
        InstanceId: {
          type: 'string',
          min: 1,
          max: 64,
          pattern: /^i-[0-9a-f]{8,17}$/,
          patternName: 'an instance ID',
        },
        Device: { type: 'string', min: 1, max: 64 },
      },
      kmsCalls: ['CreateGrant', 'Decrypt'],
      async run(ctx, state, p) {
        const volume = state.volumes[p.VolumeId];
        if (!volume)
          return fail('InvalidVolume.NotFound', `The volume '${p.VolumeId}' does not exist.`, 'documented');
        if (volume.state === 'in-use')
          return fail('VolumeInUse', `${p.VolumeId} is already attached to an instance`, 'simplified');
        const session = ec2InfrastructureSession(ctx.accountId, p.InstanceId);
        const context = { 'aws:ebs:id': volume.volumeId };
        const grant = await ctx.kms('CreateGrant', {
          KeyId: volume.kmsKeyId,
          GranteePrincipal: session,
          Operations: ['Decrypt'],
          Constraints: { EncryptionContextSubset: context },
        });
        if (!grant.ok) return invalidKmsKey(kmsErrorOf(grant));
        // EC2 calls as the instance's infrastructure session, allowed by the grant just made.
        const decrypted = await ctx.kms(
          'Decrypt',
          { CiphertextBlob: volume.encryptedVolumeKey, EncryptionContext: context },
          { principal: session, direct: true },
        );
        if (!decrypted.ok) return invalidKmsKey(kmsErrorOf(decrypted));
        zeroize(decrypted.response.Plaintext);
        volume.state = 'in-use';
        volume.attachedTo = p.InstanceId;
        volume.grantId = grant.response.GrantId;
        return succeed({
          VolumeId: volume.volumeId,
          InstanceId: p.InstanceId,
          Device: p.Device,
          State: 'attaching',
        });
      },
    }),
  },
};

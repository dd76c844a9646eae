/**
 * ReplicateKey and UpdatePrimaryRegion (reference §8). A replica has the primary's key ID, key material, spec,
 * usage, origin and rotation setting, but its own ARN, policy, aliases, grants, tags, description and state. It
 * starts in `Creating` and becomes Enabled when the clock passes `replicaReadyMs`.
 */
import { KmsError } from '../errors';
import { isRegion, keyArn } from '../identifiers';
import { checkNewKeyPolicy } from '../keyPolicyRules';
import { newKeyRecord } from '../keys';
import { keyMetadata } from '../metadata';
import { defineOperation } from '../operation';
import { apiDefaultKeyPolicy } from '../policy/templates';
import { boolean, structure } from '../shapes';
import { relatedMultiRegionKeys } from '../world';
import { DescriptionType, KeyIdType, PolicyType, RegionType, TagList } from './common';
import { mergeTags } from './tagging';

/** How long a new replica stays in `Creating` (AWS: "usually" seconds to minutes; not documented exactly). */
export const REPLICA_CREATION_MS = 60_000;

const notPrimary = (arn: string) =>
  new KmsError('UnsupportedOperationException', `${arn} is not a multi-region primary key.`);

export const ReplicateKey = defineOperation({
  name: 'ReplicateKey',
  input: structure(
    {
      KeyId: KeyIdType,
      ReplicaRegion: RegionType,
      Policy: PolicyType,
      BypassPolicyLockoutSafetyCheck: boolean,
      Description: DescriptionType,
      Tags: TagList,
    },
    ['KeyId', 'ReplicaRegion'],
  ),
  iamAction: 'kms:ReplicateKey',
  additionalIamActions: ['kms:CreateKey'],
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'replicate',
  async run(ctx, req) {
    const primary = ctx.accessKey(req.KeyId, { conditions: { 'kms:ReplicaRegion': req.ReplicaRegion } });
    if (!primary.multiRegion || primary.region !== primary.primaryRegion) throw notPrimary(primary.arn);
    const related = relatedMultiRegionKeys(ctx.world, primary);
    if (!isRegion(req.ReplicaRegion) || related.some((k) => k.region === req.ReplicaRegion))
      throw new KmsError(
        'AlreadyExistsException',
        `Replica key ${keyArn(req.ReplicaRegion, primary.accountId, primary.keyId)} already exists.`,
      );
    // The caller also needs kms:CreateKey (IAM) in the replica's Region (API_ReplicateKey "Required permissions").
    ctx.authorizeOrThrow({ action: 'kms:CreateKey', conditions: { 'kms:MultiRegionKeyType': 'REPLICA' } });
    if (req.Policy !== undefined) checkNewKeyPolicy(ctx, req.Policy, req.BypassPolicyLockoutSafetyCheck);
    const replica = newKeyRecord(ctx.drbg, ctx.nowMs, {
      accountId: primary.accountId,
      region: req.ReplicaRegion,
      keySpec: primary.keySpec,
      keyUsage: primary.keyUsage,
      multiRegion: true,
      keyId: primary.keyId,
      versions: primary.versions,
      primaryRegion: primary.region,
      keyState: 'Creating',
      rotation: { ...primary.rotation },
      description: req.Description ?? '',
      policy: req.Policy ?? apiDefaultKeyPolicy(primary.accountId),
      tags: mergeTags([], req.Tags ?? []),
    });
    replica.replicaReadyMs = ctx.nowMs + REPLICA_CREATION_MS;
    ctx.world.keys[replica.arn] = replica;
    return {
      ReplicaKeyMetadata: keyMetadata(ctx.world, replica),
      ReplicaPolicy: replica.policy,
      ReplicaTags: replica.tags.map((t) => ({ ...t })),
    };
  },
});

export const UpdatePrimaryRegion = defineOperation({
  name: 'UpdatePrimaryRegion',
  input: structure({ KeyId: KeyIdType, PrimaryRegion: RegionType }, ['KeyId', 'PrimaryRegion']),
  iamAction: 'kms:UpdatePrimaryRegion',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'replicate',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { conditions: { 'kms:PrimaryRegion': req.PrimaryRegion } });
    if (!key.multiRegion || key.region !== key.primaryRegion) throw notPrimary(key.arn);
    const related = relatedMultiRegionKeys(ctx.world, key);
    if (!related.some((k) => k.region === req.PrimaryRegion))
      throw new KmsError(
        'NotFoundException',
        `Key '${keyArn(req.PrimaryRegion, key.accountId, key.keyId)}' does not exist`,
      );
    for (const k of related) k.primaryRegion = req.PrimaryRegion;
    return {};
  },
});

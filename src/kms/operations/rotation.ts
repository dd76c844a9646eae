/**
 * Key rotation (reference §5): EnableKeyRotation (RotationPeriodInDays 90–2560, default 365; the first rotation
 * one period after enabling), DisableKeyRotation, GetKeyRotationStatus (false while pending deletion; AWS managed
 * keys always true), RotateKeyOnDemand (at most 25 per key; does not move the automatic schedule;
 * ConflictException when an automatic rotation is due within 20 minutes) and ListKeyRotations. Only symmetric
 * keys with KMS-generated material rotate; multi-Region rotation is set on the primary and shared.
 */

import type { OperationContext } from '../context';
import { KmsError, onDemandRotationLimit, originNotValid } from '../errors';
import { rotate } from '../keyMaterial';
import { DEFAULT_ROTATION_PERIOD_DAYS } from '../keys';
import { defineOperation } from '../operation';
import { integer, string, structure } from '../shapes';
import { currentVersion, DAY_MS, type KeyRecord, relatedMultiRegionKeys } from '../world';
import { KeyIdType, LimitType, MarkerType, page } from './common';

/** "25 on-demand rotations per key" (current API reference and quota table, reference §5). */
export const ON_DEMAND_ROTATION_LIMIT = 25;
/** ConflictException window before a scheduled automatic rotation (API_RotateKeyOnDemand). */
export const ROTATION_CONFLICT_WINDOW_MS = 20 * 60_000;

/** HMAC and asymmetric keys cannot rotate: UnsupportedOperationException with an empty message [rec]. */
function requireRotatable(key: KeyRecord): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw new KmsError('UnsupportedOperationException', '');
}

/**
 * Keys with imported material have no automatic rotation (reference §2 footnotes 6 and 7): the rotation settings
 * and status refuse them with footnote 6's message.
 */
function requireKmsMaterial(key: KeyRecord): void {
  if (key.origin === 'EXTERNAL') throw originNotValid(key.arn, key.origin);
}

/** Rotation settings live on the primary of a multi-Region key. */
function requirePrimary(key: KeyRecord): void {
  if (key.multiRegion && key.region !== key.primaryRegion)
    throw new KmsError('UnsupportedOperationException', `${key.arn} is not a multi-region primary key.`);
}

function setRotation(ctx: OperationContext, key: KeyRecord, rotation: KeyRecord['rotation']): void {
  for (const k of relatedMultiRegionKeys(ctx.world, key)) k.rotation = { ...rotation };
}

const keyOnly = { input: structure({ KeyId: KeyIdType }, ['KeyId']) };

export const EnableKeyRotation = defineOperation({
  name: 'EnableKeyRotation',
  input: structure({ KeyId: KeyIdType, RotationPeriodInDays: integer(90, 2560) }, ['KeyId']),
  iamAction: 'kms:EnableKeyRotation',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'rotation-configuration',
  async run(ctx, req) {
    const periodInDays = req.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
    const key = ctx.accessKey(req.KeyId, { conditions: { 'kms:RotationPeriodInDays': periodInDays } });
    requireKmsMaterial(key);
    requireRotatable(key);
    requirePrimary(key);
    setRotation(ctx, key, { enabled: true, periodInDays, nextRotationMs: ctx.nowMs + periodInDays * DAY_MS });
    return {};
  },
});

export const DisableKeyRotation = defineOperation({
  ...keyOnly,
  name: 'DisableKeyRotation',
  iamAction: 'kms:DisableKeyRotation',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'rotation-configuration',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    requireKmsMaterial(key);
    requireRotatable(key);
    requirePrimary(key);
    setRotation(ctx, key, { enabled: false, periodInDays: key.rotation.periodInDays });
    return {};
  },
});

export const GetKeyRotationStatus = defineOperation({
  ...keyOnly,
  name: 'GetKeyRotationStatus',
  iamAction: 'kms:GetKeyRotationStatus',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: true,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    requireKmsMaterial(key);
    requireRotatable(key);
    const pending = key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion';
    const enabled = key.rotation.enabled && !pending;
    return {
      KeyRotationEnabled: enabled,
      KeyId: key.arn,
      ...(enabled
        ? {
            RotationPeriodInDays: key.rotation.periodInDays,
            NextRotationDate:
              key.rotation.nextRotationMs === undefined ? undefined : new Date(key.rotation.nextRotationMs),
          }
        : {}),
    };
  },
});

export const RotateKeyOnDemand = defineOperation({
  ...keyOnly,
  name: 'RotateKeyOnDemand',
  iamAction: 'kms:RotateKeyOnDemand',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'cryptographic',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    requireRotatable(key);
    requirePrimary(key);
    if (key.keyManager !== 'CUSTOMER') throw new KmsError('UnsupportedOperationException', '');
    // Imported material rotates on demand only after new material was imported for it (reference §5), which
    // KMS Lab does not simulate yet: every such key answers as one with nothing pending [rec].
    if (key.origin === 'EXTERNAL')
      throw new KmsError(
        'KMSInvalidStateException',
        `No available key material pending rotation for the key: ${key.arn}.`,
      );
    if (key.onDemandRotations >= ON_DEMAND_ROTATION_LIMIT) throw onDemandRotationLimit(key.arn);
    const next = key.rotation.enabled ? key.rotation.nextRotationMs : undefined;
    if (next !== undefined && next - ctx.nowMs <= ROTATION_CONFLICT_WINDOW_MS)
      throw new KmsError(
        'ConflictException',
        `An automatic rotation of ${key.arn} is in progress or scheduled to begin within the next 20 minutes.`,
      );
    rotate(ctx.world, ctx.drbg, key, 'ON_DEMAND', ctx.trace);
    for (const k of relatedMultiRegionKeys(ctx.world, key)) k.onDemandRotations++;
    return { KeyId: key.arn };
  },
});

export const ListKeyRotations = defineOperation({
  name: 'ListKeyRotations',
  input: structure(
    {
      KeyId: KeyIdType,
      IncludeKeyMaterial: string({ enum: ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] }),
      Limit: LimitType,
      Marker: MarkerType,
    },
    ['KeyId'],
  ),
  iamAction: 'kms:ListKeyRotations',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    requireRotatable(key);
    const current = currentVersion(key);
    const all = req.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
    const versions = all ? key.versions : key.versions.slice(1);
    const entries = versions.map((v) => ({
      KeyId: key.arn,
      KeyMaterialId: v.keyMaterialId,
      KeyMaterialState: v === current ? 'CURRENT' : 'NON_CURRENT',
      ...(v.rotationType ? { RotationDate: new Date(v.createdMs), RotationType: v.rotationType } : {}),
    }));
    const { items, ...rest } = page(entries, req.Limit, req.Marker);
    return { Rotations: items, ...rest };
  },
});

/**
 * ScheduleKeyDeletion and CancelKeyDeletion (reference §2). The waiting period is 7–30 days (default 30); the
 * model allows 1–365, so the service's own bounds are checked here. A multi-Region primary with replicas waits
 * in PendingReplicaDeletion until its last replica is deleted. Cancelling leaves the key Disabled.
 */

import { defineOperation } from '../operation';
import { integer, structure, validateShape } from '../shapes';
import { DAY_MS, relatedMultiRegionKeys } from '../world';
import { KeyIdType } from './common';
import { changeKeyState } from './enableDisableKey';

export const DEFAULT_PENDING_WINDOW_DAYS = 30;
const serviceWindow = structure({ PendingWindowInDays: integer(7, 30) });

export const ScheduleKeyDeletion = defineOperation({
  name: 'ScheduleKeyDeletion',
  input: structure({ KeyId: KeyIdType, PendingWindowInDays: integer(1, 365) }, ['KeyId']),
  iamAction: 'kms:ScheduleKeyDeletion',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'schedule-deletion',
  validate: (req) => validateShape(serviceWindow, req),
  async run(ctx, req) {
    const days = req.PendingWindowInDays ?? DEFAULT_PENDING_WINDOW_DAYS;
    const key = ctx.accessKey(req.KeyId, {
      conditions: { 'kms:ScheduleKeyDeletionPendingWindowInDays': days },
    });
    const waitsForReplicas =
      key.multiRegion &&
      key.region === key.primaryRegion &&
      relatedMultiRegionKeys(ctx.world, key).length > 1;
    changeKeyState(ctx, key, waitsForReplicas ? 'PendingReplicaDeletion' : 'PendingDeletion');
    key.pendingWindowInDays = days;
    key.deletionScheduledMs = ctx.nowMs;
    if (!waitsForReplicas) key.deletionMs = ctx.nowMs + days * DAY_MS;
    return {
      KeyId: key.arn,
      DeletionDate: key.deletionMs === undefined ? undefined : new Date(key.deletionMs),
      KeyState: key.keyState,
      PendingWindowInDays: days,
    };
  },
});

export const CancelKeyDeletion = defineOperation({
  name: 'CancelKeyDeletion',
  input: structure({ KeyId: KeyIdType }, ['KeyId']),
  iamAction: 'kms:CancelKeyDeletion',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'cancel-deletion',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    changeKeyState(ctx, key, 'Disabled');
    delete key.deletionMs;
    delete key.pendingWindowInDays;
    delete key.deletionScheduledMs;
    return { KeyId: key.arn };
  },
});

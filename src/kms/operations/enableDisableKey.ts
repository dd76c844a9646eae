/**
 * EnableKey and DisableKey (reference §2): Enabled ↔ Disabled, each idempotent. Automatic rotation pauses while
 * a key is disabled; "on re-enable, if more than one rotation period has elapsed KMS rotates immediately".
 */
import { rotateAutomatically } from '../clock';
import type { OperationContext } from '../context';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import type { KeyRecord, KeyState } from '../world';
import { KeyIdType } from './common';

export function changeKeyState(ctx: OperationContext, key: KeyRecord, to: KeyState): void {
  if (key.keyState === to) return;
  ctx.trace.push({ code: 'key-state-changed', keyArn: key.arn, from: key.keyState, to });
  key.keyState = to;
}

const shared = {
  input: structure({ KeyId: KeyIdType }, ['KeyId']),
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'enable-disable',
} as const;

export const EnableKey = defineOperation({
  ...shared,
  name: 'EnableKey',
  iamAction: 'kms:EnableKey',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    changeKeyState(ctx, key, 'Enabled');
    const due =
      key.rotation.enabled &&
      key.rotation.nextRotationMs !== undefined &&
      key.rotation.nextRotationMs <= ctx.nowMs;
    if (due && (!key.multiRegion || key.region === key.primaryRegion))
      rotateAutomatically(ctx.world, ctx.drbg, key);
    return {};
  },
});

export const DisableKey = defineOperation({
  ...shared,
  name: 'DisableKey',
  iamAction: 'kms:DisableKey',
  async run(ctx, req) {
    changeKeyState(ctx, ctx.accessKey(req.KeyId), 'Disabled');
    return {};
  },
});

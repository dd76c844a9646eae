// The PutKeyPolicy / CreateKey lockout safety check (API_PutKeyPolicy, BypassPolicyLockoutSafetyCheck):
// "The new key policy will not allow you to update the key policy in the future."
import { authorize } from './authorize';
import type { ConditionValue } from './types';

export const LOCKOUT_MESSAGE =
  'The new key policy will not allow you to update the key policy in the future.';

/**
 * True when, under the new key policy (and the caller's IAM policies), the caller could not call
 * kms:PutKeyPolicy on the key. PutKeyPolicy is never cross-account, so the key is in the caller's account;
 * without `keyArn` only statements with Resource "*" (the form key policies use) can apply.
 */
export function wouldLockOut(
  policyText: string,
  callerArn: string,
  callerAccount: string,
  identityPolicies: readonly { name: string; document: string }[],
  options: { keyArn?: string; context?: Readonly<Record<string, ConditionValue | undefined>> } = {},
): boolean {
  return !authorize({
    action: 'kms:PutKeyPolicy',
    principalArn: callerArn,
    principalAccount: callerAccount,
    resourceArn: options.keyArn ?? '*',
    resourceAccount: callerAccount,
    keyPolicy: policyText,
    identityPolicies,
    grants: [],
    context: options.context ?? {},
  }).allowed;
}

/**
 * The checks KMS applies to a new key policy in CreateKey, PutKeyPolicy and ReplicateKey (reference §7): the
 * document must be accepted by the policy validator (32 KB limit → LimitExceededException; syntax errors and
 * principals that do not exist → MalformedPolicyDocumentException), and, unless BypassPolicyLockoutSafetyCheck
 * is true, it must still let the caller call PutKeyPolicy (the lockout safety check).
 */
import { identityPoliciesOf, principalExists } from './callers';
import type { OperationContext } from './context';
import { KmsError } from './errors';
import { LOCKOUT_MESSAGE, wouldLockOut } from './policy/lockout';
import { policyDocumentError, validatePolicyDocument } from './policy/validate';

export function checkNewKeyPolicy(
  ctx: OperationContext,
  policy: string,
  bypassLockoutCheck: boolean | undefined,
  keyArn?: string,
): void {
  const problems = validatePolicyDocument(policy, {
    kind: 'key',
    principalExists: (arn: string) => principalExists(ctx.world, arn),
  });
  const error = policyDocumentError(problems);
  if (error) throw new KmsError(error.name, error.message);
  const { principal, accountId } = ctx.caller;
  if (
    !bypassLockoutCheck &&
    wouldLockOut(policy, principal, accountId, identityPoliciesOf(ctx.world, principal), { keyArn })
  )
    throw new KmsError('MalformedPolicyDocumentException', LOCKOUT_MESSAGE);
}

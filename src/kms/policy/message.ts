// AccessDeniedException message text. IAM's format (IAM User Guide, "Troubleshoot access denied error
// messages"): "User: <principal> is not authorized to perform: <action> on resource: <resource> because no
// identity-based policy allows the <action> action" / "… with an explicit deny in a resource-based policy".
import type { AuthorizationRequest, AuthorizationResult, ExplanationCode } from './types';

/** Implicit denials whose missing piece is an identity-based (IAM) policy; the rest miss the key policy. */
const MISSING_IDENTITY_POLICY: ReadonlySet<ExplanationCode> = new Set([
  'denied-iam-missing',
  'denied-identity-policy-conditions-not-met',
  'denied-no-identity-policy-allow',
  'denied-cross-account-iam-missing',
]);

export function accessDeniedMessage(req: AuthorizationRequest, result: AuthorizationResult): string {
  if (result.allowed) throw new RangeError('accessDeniedMessage: the request was allowed');
  const head = `User: ${req.principalArn} is not authorized to perform: ${req.action} on resource: ${req.resourceArn}`;
  if (result.decision === 'ExplicitDeny') {
    const ref = result.decidedBy;
    const where =
      ref?.kind === 'statement' && ref.policy.kind === 'identity-policy'
        ? 'an identity-based'
        : 'a resource-based';
    return `${head} with an explicit deny in ${where} policy`;
  }
  const kind = MISSING_IDENTITY_POLICY.has(result.summary) ? 'identity-based' : 'resource-based';
  return `${head} because no ${kind} policy allows the ${req.action} action`;
}

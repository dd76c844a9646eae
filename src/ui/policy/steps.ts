/**
 * The scenario steps the policy section appends: every change to a key policy, an IAM policy or a grant is a
 * step, so it replays, scrubs and travels in links (ui-common.md). Declared once here; the editor, the fix
 * list and the grants panel use these builders.
 */

import type { FixTarget, PolicyFix } from '../../kms/policy';
import { identityArn } from '../../kms/policy/principal';
import type { Caller } from '../../scenario/steps/fields';
import type { NewStep } from '../../state/scenario';

const withCaller = (caller: Caller | undefined) => (caller ? { caller } : {});

export function putKeyPolicyStep(keyArn: string, policy: string, caller?: Caller): NewStep {
  return {
    kind: 'kms.call',
    op: 'PutKeyPolicy',
    request: { KeyId: keyArn, Policy: policy },
    ...withCaller(caller),
  };
}

export function putPrincipalPolicyStep(
  principal: string,
  policyName: string,
  policyDocument: string,
): NewStep {
  return { kind: 'iam.putPrincipalPolicy', principal, policyName, policyDocument };
}

export interface GrantDraft {
  granteePrincipal: string;
  operations: readonly string[];
  retiringPrincipal?: string;
  name?: string;
  constraint?: { type: 'EncryptionContextEquals' | 'EncryptionContextSubset'; pairs: Record<string, string> };
}

export function createGrantStep(keyArn: string, draft: GrantDraft, caller?: Caller): NewStep {
  return {
    kind: 'kms.call',
    op: 'CreateGrant',
    request: {
      KeyId: keyArn,
      GranteePrincipal: draft.granteePrincipal,
      Operations: [...draft.operations],
      ...(draft.retiringPrincipal ? { RetiringPrincipal: draft.retiringPrincipal } : {}),
      ...(draft.name ? { Name: draft.name } : {}),
      ...(draft.constraint && Object.keys(draft.constraint.pairs).length > 0
        ? { Constraints: { [draft.constraint.type]: { ...draft.constraint.pairs } } }
        : {}),
    },
    ...withCaller(caller),
  };
}

export function retireGrantStep(keyArn: string, grantId: string, caller?: Caller): NewStep {
  return {
    kind: 'kms.call',
    op: 'RetireGrant',
    request: { KeyId: keyArn, GrantId: grantId },
    ...withCaller(caller),
  };
}

export function revokeGrantStep(keyArn: string, grantId: string, caller?: Caller): NewStep {
  return {
    kind: 'kms.call',
    op: 'RevokeGrant',
    request: { KeyId: keyArn, GrantId: grantId },
    ...withCaller(caller),
  };
}

export interface FixContext {
  keyArn: string;
  /** The denied caller: identity-policy edits go to this principal (its IAM policies are the ones evaluated). */
  principal: string;
  /** Who changes the key policy: a key administrator, not the denied caller. */
  keyAdministrator?: Caller;
}

export const fixTargetLabel = (target: FixTarget): string =>
  target === 'key-policy' ? 'key-policy' : `identity:${target.identityPolicy}`;

/** The steps that apply a suggested fix, in the fix's order (a cross-account fix changes both sides). */
export function fixSteps(fix: PolicyFix, ctx: FixContext): NewStep[] {
  return fix.edits.map((edit) =>
    edit.target === 'key-policy'
      ? putKeyPolicyStep(ctx.keyArn, edit.newDocument, ctx.keyAdministrator)
      : putPrincipalPolicyStep(identityArn(ctx.principal), edit.target.identityPolicy, edit.newDocument),
  );
}

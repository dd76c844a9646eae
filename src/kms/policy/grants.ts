// Grant evaluation (KMS Developer Guide "Grants in AWS KMS"; API_GrantConstraints).
import { ENCRYPTION_CONTEXT_GRANT_OPERATIONS } from './catalogue';
import { matchGrantee } from './principal';
import type {
  AuthorizationRequest,
  GrantConstraintExplanation,
  GrantExplanation,
  GrantForEvaluation,
} from './types';

/**
 * Does this grant allow the request? `identityPolicyAllows` is consulted only for an account grantee, which
 * (like the account principal in a key policy) lets the account's IAM policies delegate the permission.
 */
export function evaluateGrant(
  grant: GrantForEvaluation,
  req: AuthorizationRequest,
  identityPolicyAllows: boolean,
): GrantExplanation {
  const via = matchGrantee(grant.granteePrincipal, req.principalArn, req.principalAccount);
  const operationMatched = req.grantOperation !== undefined && grant.operations.includes(req.grantOperation);
  const applicable =
    req.grantOperation !== undefined && ENCRYPTION_CONTEXT_GRANT_OPERATIONS.has(req.grantOperation);
  const ec = req.encryptionContext ?? {};
  const constraints: GrantConstraintExplanation[] = [];
  const c = grant.constraints;
  if (c?.EncryptionContextEquals)
    constraints.push(checkConstraint('EncryptionContextEquals', c.EncryptionContextEquals, ec, applicable));
  if (c?.EncryptionContextSubset)
    constraints.push(checkConstraint('EncryptionContextSubset', c.EncryptionContextSubset, ec, applicable));
  const requiresIdentityPolicy = via === 'account';
  const applies =
    via !== null &&
    operationMatched &&
    constraints.every((x) => x.matched) &&
    (!requiresIdentityPolicy || identityPolicyAllows);
  return {
    ref: { kind: 'grant', grantId: grant.grantId, ...(grant.name !== undefined ? { name: grant.name } : {}) },
    granteePrincipal: grant.granteePrincipal,
    granteeMatched: via !== null,
    ...(via !== null ? { granteeVia: via } : {}),
    ...(req.grantOperation !== undefined ? { grantOperation: req.grantOperation } : {}),
    operationMatched,
    constraints,
    requiresIdentityPolicy,
    applies,
  };
}

/** "In a grant constraint, the key in each key-value pair is not case sensitive, but the value is case
 *  sensitive" (API_GrantConstraints). */
function checkConstraint(
  type: GrantConstraintExplanation['type'],
  constraint: Record<string, string>,
  ec: Readonly<Record<string, string>>,
  applicable: boolean,
): GrantConstraintExplanation {
  const request = new Map(Object.entries(ec).map(([k, v]) => [k.toLowerCase(), v]));
  const wanted = new Map(Object.entries(constraint).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const missingKeys: string[] = [];
  const mismatchedKeys: string[] = [];
  for (const [lower, { k, v }] of wanted) {
    const actual = request.get(lower);
    if (actual === undefined) missingKeys.push(k);
    else if (actual !== v) mismatchedKeys.push(k);
  }
  const unexpectedKeys =
    type === 'EncryptionContextEquals' ? Object.keys(ec).filter((k) => !wanted.has(k.toLowerCase())) : [];
  const holds = missingKeys.length === 0 && mismatchedKeys.length === 0 && unexpectedKeys.length === 0;
  return { type, applicable, matched: !applicable || holds, missingKeys, mismatchedKeys, unexpectedKeys };
}

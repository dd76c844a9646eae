// The KMS authorisation decision (KMS Developer Guide "Policy evaluation" / "Determining access to a KMS key";
// reference §7): an explicit Deny anywhere wins; otherwise the key policy must allow the caller directly, or
// allow the caller's account (delegating to IAM) while an IAM policy allows, or a grant must allow. For a caller
// in another account, the key policy and the caller's IAM policy must both allow.
import type { EvaluationTarget } from './evaluate';
import { evaluatePolicy } from './evaluate';
import { evaluateGrant } from './grants';
import { accountOfArn, identityArn } from './principal';
import type {
  AuthorizationBasis,
  AuthorizationRequest,
  AuthorizationResult,
  ConditionValue,
  ExplanationCode,
  GrantExplanation,
  GrantRef,
  PolicyExplanation,
  StatementExplanation,
  StatementRef,
} from './types';

export function authorize(req: AuthorizationRequest): AuthorizationResult {
  const target: EvaluationTarget = {
    action: req.action,
    resourceArn: req.resourceArn,
    principalArn: req.principalArn,
    principalAccount: req.principalAccount,
    lookup: requestLookup(req),
  };
  const iamOnly = req.keyPolicy === undefined;
  const keyPolicy = iamOnly ? undefined : evaluatePolicy(req.keyPolicy ?? '', { kind: 'key-policy' }, target);
  const identity = req.identityPolicies.map((p) =>
    evaluatePolicy(p.document, { kind: 'identity-policy', name: p.name }, target),
  );
  const explanation: PolicyExplanation[] = keyPolicy ? [keyPolicy, ...identity] : identity;

  const identityAllow = firstWith(identity, 'allow');
  const grants: GrantExplanation[] = iamOnly
    ? []
    : req.grants.map((g) => evaluateGrant(g, req, identityAllow !== undefined));
  const resourceAccount = req.resourceAccount ?? accountOfArn(req.resourceArn);
  const keyPolicyAllow = keyPolicy ? firstWith([keyPolicy], 'allow') : undefined;
  const keyPolicyDelegate = keyPolicy ? firstWith([keyPolicy], 'delegate-to-iam') : undefined;
  const grantAllow = grants.find((g) => g.applies);
  const basis: AuthorizationBasis = {
    iamOnly,
    sameAccount: resourceAccount === undefined || resourceAccount === req.principalAccount,
    keyPolicyAllowsDirectly: keyPolicyAllow !== undefined,
    keyPolicyDelegatesToAccount: keyPolicyDelegate !== undefined,
    identityPolicyAllows: identityAllow !== undefined,
    grantAllows: grantAllow !== undefined,
  };
  const common = {
    explanation,
    grants,
    basis,
    params: {
      action: req.action,
      principalArn: req.principalArn,
      resourceArn: req.resourceArn,
      principalAccount: req.principalAccount,
      ...(resourceAccount !== undefined ? { resourceAccount } : {}),
    },
  };

  const deny = firstWith(explanation, 'deny');
  if (deny)
    return {
      ...common,
      decision: 'ExplicitDeny',
      allowed: false,
      decidedBy: deny.ref,
      summary: 'denied-explicit',
    };

  const allow = (
    summary: ExplanationCode,
    decidedBy: StatementRef | GrantRef,
    path?: AuthorizationResult['path'],
  ): AuthorizationResult => ({
    ...common,
    decision: 'Allow',
    allowed: true,
    decidedBy,
    summary,
    ...(path ? { path } : {}),
  });

  if (iamOnly) {
    if (identityAllow) return allow('allowed-by-identity-policy', identityAllow.ref);
  } else if (basis.sameAccount) {
    if (keyPolicyAllow) return allow('allowed-by-key-policy', keyPolicyAllow.ref, 'key-policy');
    if (keyPolicyDelegate && identityAllow) {
      return allow('allowed-by-iam-via-root-delegation', identityAllow.ref, 'iam-via-root-delegation');
    }
  } else if (identityAllow) {
    // Cross-account: the IAM policy lives in the caller's account and is always required.
    if (keyPolicyAllow) return allow('allowed-cross-account', keyPolicyAllow.ref, 'key-policy');
    if (keyPolicyDelegate)
      return allow('allowed-cross-account', identityAllow.ref, 'iam-via-root-delegation');
  }
  if (grantAllow) return allow('allowed-by-grant', grantAllow.ref, 'grant');

  const [summary, closestMiss] = implicitDenyReason(basis, keyPolicy, identity, grants);
  return {
    ...common,
    decision: 'ImplicitDeny',
    allowed: false,
    summary,
    ...(closestMiss ? { closestMiss } : {}),
  };
}

function implicitDenyReason(
  basis: AuthorizationBasis,
  keyPolicy: PolicyExplanation | undefined,
  identity: readonly PolicyExplanation[],
  grants: readonly GrantExplanation[],
): [ExplanationCode, (StatementRef | GrantRef)?] {
  const identityMiss = nearMiss(identity);
  const missingIam = (code: ExplanationCode): [ExplanationCode, StatementRef?] =>
    identityMiss ? ['denied-identity-policy-conditions-not-met', identityMiss] : [code];
  if (basis.iamOnly) return missingIam('denied-no-identity-policy-allow');

  const grantMiss = grants.find(
    (g) => g.granteeMatched && g.operationMatched && g.constraints.some((c) => !c.matched),
  );
  if (grantMiss) return ['denied-grant-constraints-not-met', grantMiss.ref];

  const keyPolicyAllowsCaller = basis.keyPolicyAllowsDirectly || basis.keyPolicyDelegatesToAccount;
  const keyPolicyMiss = keyPolicy ? nearMiss([keyPolicy]) : undefined;
  if (!keyPolicyAllowsCaller) {
    if (keyPolicyMiss) return ['denied-key-policy-conditions-not-met', keyPolicyMiss];
    return [
      basis.sameAccount
        ? 'denied-no-key-policy-allow-and-no-root-delegation'
        : 'denied-cross-account-key-policy-missing',
    ];
  }
  return missingIam(basis.sameAccount ? 'denied-iam-missing' : 'denied-cross-account-iam-missing');
}

/** An Allow statement that matched everything except its conditions. */
function nearMiss(policies: readonly PolicyExplanation[]): StatementRef | undefined {
  for (const p of policies) {
    const s = p.statements.find(
      (x) =>
        x.effect === 'Allow' &&
        x.principal.matched &&
        x.action.matched &&
        x.resource.matched &&
        !x.conditionsMatched,
    );
    if (s) return s.ref;
  }
  return undefined;
}

function firstWith(policies: readonly PolicyExplanation[], outcome: StatementExplanation['outcome']) {
  for (const p of policies) {
    const s = p.statements.find((x) => x.outcome === outcome);
    if (s) return s;
  }
  return undefined;
}

/**
 * Case-insensitive condition-key lookup over the request context, with values KMS always knows filled in
 * when the caller of `authorize` didn't supply them (IAM global keys; KMS conditions-kms).
 */
function requestLookup(req: AuthorizationRequest): (key: string) => ConditionValue | undefined {
  const values = new Map<string, ConditionValue>();
  for (const [k, v] of Object.entries(req.context)) if (v !== undefined) values.set(k.toLowerCase(), v);
  const fill = (k: string, v: ConditionValue) => {
    if (!values.has(k)) values.set(k, v);
  };
  fill('aws:principalarn', identityArn(req.principalArn));
  fill('aws:principalaccount', req.principalAccount);
  fill('kms:calleraccount', req.principalAccount);
  const ec = req.encryptionContext;
  const hasEcKeys = [...values.keys()].some((k) => k.startsWith('kms:encryptioncontext'));
  if (ec && !hasEcKeys) {
    for (const [k, v] of Object.entries(ec)) values.set(`kms:encryptioncontext:${k.toLowerCase()}`, v);
    if (Object.keys(ec).length > 0) values.set('kms:encryptioncontextkeys', Object.keys(ec));
  }
  return (key) => values.get(key.toLowerCase());
}

/**
 * The explanation of one authorisation decision as rows to draw: every statement of the key policy and of the
 * caller's IAM policies, every grant, and the three paths to an Allow (KMS Developer Guide, "Determining
 * access to a KMS key"; reference §7) with the pieces each path needs. Pure data from `authorize`'s result;
 * the words come from the i18n catalogue.
 */
import type {
  AuthorizationResult,
  ConditionExplanation,
  ConditionValue,
  GrantExplanation,
  GrantRef,
  PolicySource,
  StatementExplanation,
  StatementRef,
} from '../../kms/policy';

/** Why a row is highlighted: it decided the request, or it came closest to allowing it. */
export type RowRole = 'decided' | 'closest' | 'none';

/** The first element of a statement that kept it from applying. */
export type FailedElement = 'effect' | 'principal' | 'action' | 'resource' | 'condition';

export interface ConditionRow {
  operator: string;
  key: string;
  policyValues: readonly string[];
  /** The request's value as text (list values joined by ", "); undefined when the request has no such key. */
  requestValue: string | undefined;
  matched: boolean;
  reason: ConditionExplanation['reason'];
}

export interface StatementRow {
  /** Stable across renders: source + index. */
  id: string;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny' | null;
  principal: StatementExplanation['principal'];
  action: StatementExplanation['action'];
  resource: StatementExplanation['resource'];
  conditions: ConditionRow[];
  applies: boolean;
  outcome: StatementExplanation['outcome'];
  failedAt?: FailedElement;
  role: RowRole;
}

export interface DocumentView {
  id: string;
  source: PolicySource;
  parsed: boolean;
  verdict: StatementExplanation['outcome'];
  statements: StatementRow[];
}

export interface GrantRow {
  id: string;
  name?: string;
  grantee: string;
  granteeMatched: boolean;
  operationMatched: boolean;
  grantOperation?: string;
  constraints: GrantExplanation['constraints'];
  requiresIdentityPolicy: boolean;
  applies: boolean;
  role: RowRole;
}

/** What a path to Allow needs (reference §7): the key policy naming the caller, delegating to the caller's
 *  account, an IAM policy of the caller allowing the action, or a grant. */
export type PathPiece = 'key-policy-names-caller' | 'key-policy-delegates' | 'identity-policy' | 'grant';

export interface PathView {
  path: 'key-policy' | 'iam-via-root-delegation' | 'grant';
  pieces: { piece: PathPiece; present: boolean }[];
  /** Every piece present. */
  complete: boolean;
  /** The path the engine took to Allow. */
  decided: boolean;
  /** Complete, but an explicit Deny overrides it. */
  overridden: boolean;
}

export interface ExplanationView {
  decision: AuthorizationResult['decision'];
  allowed: boolean;
  summary: AuthorizationResult['summary'];
  params: AuthorizationResult['params'];
  sameAccount: boolean;
  documents: DocumentView[];
  grants: GrantRow[];
  /** Empty for IAM-only actions (no key, no key policy). */
  paths: PathView[];
  /** The statement or grant that decided (Allow or explicit Deny), if any. */
  decidedBy?: StatementRow | GrantRow;
}

export const sourceId = (source: PolicySource): string =>
  source.kind === 'key-policy' ? 'key-policy' : `identity:${source.name}`;

const sameRef = (a: StatementRef | GrantRef | undefined, b: StatementRef | GrantRef): boolean => {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'grant') return a.grantId === (b as GrantRef).grantId;
  const s = b as StatementRef;
  return sourceId(a.policy) === sourceId(s.policy) && a.index === s.index;
};

export function formatConditionValue(value: ConditionValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function failedAt(s: StatementExplanation): FailedElement | undefined {
  if (s.effect === null) return 'effect';
  if (!s.principal.matched) return 'principal';
  if (!s.action.matched) return 'action';
  if (!s.resource.matched) return 'resource';
  if (!s.conditionsMatched) return 'condition';
  return undefined;
}

function roleOf(result: AuthorizationResult, ref: StatementRef | GrantRef): RowRole {
  if (sameRef(result.decidedBy, ref)) return 'decided';
  if (sameRef(result.closestMiss, ref)) return 'closest';
  return 'none';
}

function statementRow(result: AuthorizationResult, s: StatementExplanation): StatementRow {
  const failed = failedAt(s);
  return {
    id: `${sourceId(s.ref.policy)}/${s.ref.index}`,
    index: s.ref.index,
    ...(s.ref.sid !== undefined ? { sid: s.ref.sid } : {}),
    effect: s.effect,
    principal: s.principal,
    action: s.action,
    resource: s.resource,
    conditions: s.conditions.map((c) => ({
      operator: c.operator,
      key: c.key,
      policyValues: c.policyValues,
      requestValue: formatConditionValue(c.requestValue),
      matched: c.matched,
      reason: c.reason,
    })),
    applies: s.applies,
    outcome: s.outcome,
    ...(failed ? { failedAt: failed } : {}),
    role: roleOf(result, s.ref),
  };
}

function grantRow(result: AuthorizationResult, g: GrantExplanation): GrantRow {
  return {
    id: `grant:${g.ref.grantId}`,
    ...(g.ref.name !== undefined ? { name: g.ref.name } : {}),
    grantee: g.granteePrincipal,
    granteeMatched: g.granteeMatched,
    operationMatched: g.operationMatched,
    ...(g.grantOperation !== undefined ? { grantOperation: g.grantOperation } : {}),
    constraints: g.constraints,
    requiresIdentityPolicy: g.requiresIdentityPolicy,
    applies: g.applies,
    role: roleOf(result, g.ref),
  };
}

function pathsOf(result: AuthorizationResult): PathView[] {
  const b = result.basis;
  if (b.iamOnly) return [];
  const denied = result.decision === 'ExplicitDeny';
  const make = (path: PathView['path'], pieces: PathView['pieces']): PathView => {
    const complete = pieces.every((p) => p.present);
    return { path, pieces, complete, decided: result.path === path, overridden: denied && complete };
  };
  return [
    // Same account: the key policy alone; another account: the caller's IAM policy is always needed too.
    make('key-policy', [
      { piece: 'key-policy-names-caller', present: b.keyPolicyAllowsDirectly },
      ...(b.sameAccount ? [] : [{ piece: 'identity-policy' as const, present: b.identityPolicyAllows }]),
    ]),
    make('iam-via-root-delegation', [
      { piece: 'key-policy-delegates', present: b.keyPolicyDelegatesToAccount },
      { piece: 'identity-policy', present: b.identityPolicyAllows },
    ]),
    make('grant', [{ piece: 'grant', present: b.grantAllows }]),
  ];
}

export function explanationView(result: AuthorizationResult): ExplanationView {
  const documents = result.explanation.map((p) => ({
    id: sourceId(p.source),
    source: p.source,
    parsed: p.parsed,
    verdict: p.verdict,
    statements: p.statements.map((s) => statementRow(result, s)),
  }));
  const grants = result.grants.map((g) => grantRow(result, g));
  const decidedBy = [...documents.flatMap((d) => d.statements), ...grants].find((r) => r.role === 'decided');
  return {
    decision: result.decision,
    allowed: result.allowed,
    summary: result.summary,
    params: result.params,
    sameAccount: result.basis.sameAccount,
    documents,
    grants,
    paths: pathsOf(result),
    ...(decidedBy ? { decidedBy } : {}),
  };
}

// Evaluates one policy document against a request and explains every statement
// (IAM User Guide, "Policy evaluation logic"; KMS Developer Guide, "Troubleshooting key access").
import { evaluateCondition, type RequestContext } from './conditions';
import { type ParsedStatement, type PrincipalSpec, parsePolicy } from './document';
import { matchPrincipal } from './principal';
import type {
  ConditionValue,
  ElementMatch,
  PolicyExplanation,
  PolicySource,
  PrincipalMatch,
  StatementExplanation,
  StatementOutcome,
} from './types';
import { substitute, VARIABLES_VERSION } from './variables';
import { matchesAction, matchesGlob } from './wildcard';

export interface EvaluationTarget {
  action: string;
  resourceArn: string;
  principalArn: string;
  principalAccount: string;
  /** Case-insensitive condition-key lookup. */
  lookup(key: string): ConditionValue | undefined;
}

const OUTCOME_RANK: Record<StatementOutcome, number> = {
  'not-applicable': 0,
  'delegate-to-iam': 1,
  allow: 2,
  deny: 3,
};

export function evaluatePolicy(
  text: string,
  source: PolicySource,
  target: EvaluationTarget,
): PolicyExplanation {
  const policy = parsePolicy(text);
  if (policy === null) return { source, parsed: false, statements: [], verdict: 'not-applicable' };
  const ctx: RequestContext = { get: target.lookup, variablesEnabled: policy.version === VARIABLES_VERSION };
  const statements = policy.statements.map((s) => evaluateStatement(s, source, target, ctx));
  const verdict = statements.reduce<StatementOutcome>(
    (best, s) => (OUTCOME_RANK[s.outcome] > OUTCOME_RANK[best] ? s.outcome : best),
    'not-applicable',
  );
  return { source, parsed: true, statements, verdict };
}

function evaluateStatement(
  s: ParsedStatement,
  source: PolicySource,
  target: EvaluationTarget,
  ctx: RequestContext,
): StatementExplanation {
  const principal = matchStatementPrincipal(s, source, target, s.effect);
  const action = matchElement(s.action, s.notAction, 'Action', (p) => matchesAction(p, target.action));
  const resource = matchElement(s.resource, s.notResource, 'Resource', (p) => {
    const pattern = substitute(p, (k) => single(target.lookup(k)), ctx.variablesEnabled);
    return pattern !== null && matchesGlob(pattern, target.resourceArn);
  });
  const conditions = s.conditions.map((c) => evaluateCondition(c, ctx));
  const conditionsMatched = conditions.every((c) => c.matched);
  const applies =
    s.effect !== null && principal.matched && action.matched && resource.matched && conditionsMatched;
  const outcome: StatementOutcome = !applies
    ? 'not-applicable'
    : s.effect === 'Deny'
      ? 'deny'
      : principal.delegatesToIam
        ? 'delegate-to-iam'
        : 'allow';
  return {
    ref: {
      kind: 'statement',
      policy: source,
      index: s.index,
      ...(s.sid !== undefined ? { sid: s.sid } : {}),
    },
    effect: s.effect,
    principal,
    action,
    resource,
    conditions,
    conditionsMatched,
    applies,
    outcome,
  };
}

function matchStatementPrincipal(
  s: ParsedStatement,
  source: PolicySource,
  target: EvaluationTarget,
  effect: 'Allow' | 'Deny' | null,
): PrincipalMatch {
  // Identity policies apply to the identity they are attached to; they have no Principal element.
  if (source.kind === 'identity-policy') return { element: 'implicit', matched: true, delegatesToIam: false };
  const spec: PrincipalSpec | undefined = s.principal ?? s.notPrincipal;
  if (spec === undefined) return { element: 'missing', matched: false, delegatesToIam: false };
  const hit = matchPrincipal(spec, target.principalArn, target.principalAccount);
  if (s.principal !== undefined) {
    // The account principal in an Allow delegates to IAM: "the policy statement doesn't give any IAM users or
    // roles permission … it allows the account to use IAM policies to delegate" (key-policy-default).
    const delegatesToIam = hit?.via === 'account' && effect === 'Allow';
    return hit === null
      ? { element: 'Principal', matched: false, delegatesToIam: false }
      : { element: 'Principal', matched: true, via: hit.via, entry: hit.entry, delegatesToIam };
  }
  return hit === null
    ? { element: 'NotPrincipal', matched: true, delegatesToIam: false }
    : { element: 'NotPrincipal', matched: false, via: hit.via, entry: hit.entry, delegatesToIam: false };
}

/** Action/NotAction or Resource/NotResource. A statement with neither never matches (reference §7). */
function matchElement(
  positive: readonly string[] | undefined,
  negative: readonly string[] | undefined,
  name: 'Action' | 'Resource',
  test: (pattern: string) => boolean,
): ElementMatch {
  if (positive !== undefined) {
    const entry = positive.find(test);
    return {
      element: name,
      patterns: positive,
      matched: entry !== undefined,
      ...(entry !== undefined ? { entry } : {}),
    };
  }
  if (negative !== undefined) {
    const entry = negative.find(test);
    const element = name === 'Action' ? 'NotAction' : 'NotResource';
    return {
      element,
      patterns: negative,
      matched: entry === undefined,
      ...(entry !== undefined ? { entry } : {}),
    };
  }
  return { element: 'missing', patterns: [], matched: false };
}

function single(value: ConditionValue | undefined): string | undefined {
  return value === undefined || Array.isArray(value) ? undefined : String(value);
}

// Public types of the key-policy / IAM evaluator. The engine (src/kms) calls `authorize` for every request;
// the policy editor reads the explanations. Everything here is data: codes and values, never English text
// (the UI translates codes to ja/en).

/** A request value for a condition key. Arrays are multivalued keys (kms:EncryptionContextKeys, aws:TagKeys …). */
export type ConditionValue = string | boolean | number | readonly string[];

export interface GrantForEvaluation {
  grantId: string;
  /** ARN of the grantee: a user, role, assumed-role session, AWS service principal or an account root. */
  granteePrincipal: string;
  /** Grant operation names: 'Decrypt', 'Encrypt', 'GenerateDataKey', 'ReEncryptFrom', … */
  operations: readonly string[];
  constraints?: {
    EncryptionContextEquals?: Record<string, string>;
    EncryptionContextSubset?: Record<string, string>;
  };
  name?: string;
}

export interface AuthorizationRequest {
  /** IAM action, e.g. 'kms:Encrypt', 'kms:ReEncryptFrom'. */
  action: string;
  /** The grant operation name for this request ('Encrypt', 'ReEncryptFrom'); absent ⇒ grants can't allow it. */
  grantOperation?: string;
  /** Caller, e.g. 'arn:aws:iam::111122223333:role/Admin' or 'arn:aws:sts::…:assumed-role/…/…'. */
  principalArn: string;
  /** 12 digits. */
  principalAccount: string;
  /** Key ARN, or '*' for actions without a resource (kms:CreateKey, kms:GenerateRandom, kms:ListKeys …). */
  resourceArn: string;
  /** The key's account; absent for '*' resources (then read from resourceArn when it is an ARN). */
  resourceAccount?: string;
  /** JSON of the key policy; absent ⇒ IAM-only action (CreateKey, GenerateRandom, ListKeys, ListAliases …). */
  keyPolicy?: string;
  /** IAM policies attached to the caller (they live in the caller's account). */
  identityPolicies: readonly { name: string; document: string }[];
  grants: readonly GrantForEvaluation[];
  grantTokensPresented?: boolean;
  /**
   * Condition keys with their request values ('kms:EncryptionContext:Dept', 'kms:ViaService', 'kms:CallerAccount',
   * 'aws:PrincipalArn' …). Lookup is case-insensitive, as IAM condition key names are. When absent, these are
   * derived from the request: aws:PrincipalArn, aws:PrincipalAccount, kms:CallerAccount, and (from
   * `encryptionContext`) kms:EncryptionContext:<key> and kms:EncryptionContextKeys.
   */
  context: Readonly<Record<string, ConditionValue | undefined>>;
  /** The request's encryption context, for grant constraints. */
  encryptionContext?: Readonly<Record<string, string>>;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Which document a statement came from. */
export type PolicySource = { kind: 'key-policy' } | { kind: 'identity-policy'; name: string };

export interface StatementRef {
  kind: 'statement';
  policy: PolicySource;
  /** 0-based position in the Statement array (0 when Statement is a single object). */
  index: number;
  sid?: string;
}

export interface GrantRef {
  kind: 'grant';
  grantId: string;
  name?: string;
}

/** How the caller matched a Principal entry. 'account' is the account principal: in a key policy it
 *  delegates to IAM instead of allowing by itself (unless the caller is the account's root user). */
export type PrincipalMatchKind = 'wildcard' | 'arn' | 'assumed-role' | 'account' | 'root-user' | 'service';

export interface PrincipalMatch {
  /** 'implicit': identity policies have no Principal, they apply to the caller they are attached to. */
  element: 'Principal' | 'NotPrincipal' | 'implicit' | 'missing';
  matched: boolean;
  /** For Principal: how the matching entry matched. For NotPrincipal: how the excluding entry matched. */
  via?: PrincipalMatchKind;
  /** The entry that matched (Principal) or excluded the caller (NotPrincipal). */
  entry?: string;
  /** True when a key-policy statement only delegates to IAM (account principal, caller not the root user). */
  delegatesToIam: boolean;
}

export interface ElementMatch {
  element: 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'missing';
  /** Patterns as written (after normalising a single string to a list). */
  patterns: readonly string[];
  matched: boolean;
  /** The pattern that matched (Action/Resource) or that excluded the request (NotAction/NotResource). */
  entry?: string;
}

export type ConditionQualifier = 'ForAllValues' | 'ForAnyValue';

/** Why one condition key evaluated as it did. */
export type ConditionReason =
  | 'value-matched' // a request value matched a policy value (negated operators: and so the condition failed)
  | 'value-not-matched' // no request value matched (negated operators: and so the condition held)
  | 'missing-key' // key absent from the request ⇒ false
  | 'missing-key-if-exists' // …IfExists and the key is absent ⇒ true
  | 'missing-key-negated' // negated operator and the key is absent ⇒ true
  | 'for-all-values-empty' // ForAllValues and the key is absent or empty ⇒ true
  | 'for-all-values-outlier' // ForAllValues: some request value is not in the policy set
  | 'null-check' // the Null operator compared presence
  | 'unknown-operator' // operator not in the IAM reference ⇒ never true
  | 'invalid-value'; // the policy value is not a valid number/date/IP/ARN for the operator ⇒ no match

export interface ConditionExplanation {
  /** Operator as written, e.g. 'ForAllValues:StringEqualsIfExists'. */
  operator: string;
  /** Operator without qualifier and IfExists, e.g. 'StringEquals'; undefined when unknown. */
  baseOperator?: string;
  qualifier?: ConditionQualifier;
  ifExists: boolean;
  /** Condition key as written. */
  key: string;
  /** Policy values as written (JSON scalars turned into strings). */
  policyValues: readonly string[];
  /** Policy values after policy-variable substitution; null where a variable could not be resolved. */
  resolvedPolicyValues: readonly (string | null)[];
  requestValue?: ConditionValue;
  matched: boolean;
  reason: ConditionReason;
  /** For ForAllValues failures: the request values outside the policy set. */
  outliers?: readonly string[];
}

/** What a statement contributes to the decision. */
export type StatementOutcome = 'allow' | 'delegate-to-iam' | 'deny' | 'not-applicable';

export interface StatementExplanation {
  ref: StatementRef;
  /** null when Effect is missing or neither Allow nor Deny (such a statement never applies). */
  effect: 'Allow' | 'Deny' | null;
  principal: PrincipalMatch;
  action: ElementMatch;
  resource: ElementMatch;
  conditions: readonly ConditionExplanation[];
  conditionsMatched: boolean;
  /** Effect valid and principal, action, resource and all conditions matched. */
  applies: boolean;
  outcome: StatementOutcome;
}

export interface PolicyExplanation {
  source: PolicySource;
  /** False when the document is not valid JSON or has no usable Statement (it then contributes nothing). */
  parsed: boolean;
  statements: readonly StatementExplanation[];
  /** Strongest contribution of this document: deny > allow > delegate-to-iam > not-applicable. */
  verdict: StatementOutcome;
}

export interface GrantConstraintExplanation {
  type: 'EncryptionContextEquals' | 'EncryptionContextSubset';
  /** Grant constraints apply only to operations that take an encryption context (API_GrantConstraints). */
  applicable: boolean;
  matched: boolean;
  /** Constraint keys missing from the request's encryption context. */
  missingKeys: readonly string[];
  /** Constraint keys present with another value. */
  mismatchedKeys: readonly string[];
  /** EncryptionContextEquals only: request keys the constraint doesn't list. */
  unexpectedKeys: readonly string[];
}

export interface GrantExplanation {
  ref: GrantRef;
  granteePrincipal: string;
  granteeMatched: boolean;
  granteeVia?: PrincipalMatchKind;
  /** The request's grant operation, if any. */
  grantOperation?: string;
  operationMatched: boolean;
  constraints: readonly GrantConstraintExplanation[];
  /** An account grantee delegates to the caller's IAM policies, like the account principal in a key policy. */
  requiresIdentityPolicy: boolean;
  applies: boolean;
}

/** Machine codes for the outcome; the UI turns them into ja/en sentences. */
export type ExplanationCode =
  | 'allowed-by-key-policy'
  | 'allowed-by-iam-via-root-delegation'
  | 'allowed-by-grant'
  | 'allowed-by-identity-policy' // IAM-only action (no key resource)
  | 'allowed-cross-account' // key policy (naming the caller or its account) + the caller's IAM policy
  | 'denied-explicit'
  | 'denied-no-key-policy-allow-and-no-root-delegation'
  | 'denied-key-policy-conditions-not-met' // a key-policy statement for this caller/action failed only on conditions
  | 'denied-iam-missing' // the key policy delegates to the caller's account but no IAM policy allows
  | 'denied-identity-policy-conditions-not-met' // …and an IAM statement failed only on conditions
  | 'denied-no-identity-policy-allow' // IAM-only action and no identity policy allows it
  | 'denied-cross-account-key-policy-missing'
  | 'denied-cross-account-iam-missing'
  | 'denied-grant-constraints-not-met'; // a grant for this caller/operation exists but its constraints fail

/** The facts the decision was built from (for the UI's flow diagram and for fix suggestions). */
export interface AuthorizationBasis {
  iamOnly: boolean;
  sameAccount: boolean;
  keyPolicyAllowsDirectly: boolean;
  keyPolicyDelegatesToAccount: boolean;
  identityPolicyAllows: boolean;
  grantAllows: boolean;
}

export interface AuthorizationResult {
  decision: Decision;
  allowed: boolean;
  /** The statement/grant that decided: for Allow the allowing one, for ExplicitDeny the deny statement. */
  decidedBy?: StatementRef | GrantRef;
  /** How an Allow was reached. */
  path?: 'key-policy' | 'iam-via-root-delegation' | 'grant';
  /** For ImplicitDeny: the statement or grant that came closest (everything matched but conditions). */
  closestMiss?: StatementRef | GrantRef;
  /** Key policy first (if any), then each identity policy in order. */
  explanation: PolicyExplanation[];
  grants: GrantExplanation[];
  summary: ExplanationCode;
  basis: AuthorizationBasis;
  /** Values the UI needs to render the messages. */
  params: {
    action: string;
    principalArn: string;
    resourceArn: string;
    principalAccount: string;
    resourceAccount?: string;
  };
}

// Fix suggestions for a denied request: the smallest policy edits that would allow it. Every suggestion is
// verified by re-running `authorize` on the edited documents, and its side effects ("broadens") are found by
// probing the edited documents with other actions, other principals and other encryption contexts.
import { authorize } from './authorize';
import { KMS_ACTIONS } from './catalogue';
import { parseOperator } from './conditions';
import { accountOfArn, accountRootArn, identityArn, isServicePrincipal } from './principal';
import { enableIamPolicies } from './templates';
import type { AuthorizationRequest, AuthorizationResult, StatementRef } from './types';

export type Statement = Record<string, unknown>;
export type FixTarget = 'key-policy' | { identityPolicy: string };

export type FixKind =
  | 'add-key-policy-statement' // an Allow naming the caller for exactly this action
  | 'add-root-delegation' // the account principal statement that delegates to IAM
  | 'add-identity-policy-statement' // an IAM Allow for this action on this key (caller's account)
  | 'add-condition-value' // widen a failing condition of the statement that almost allowed
  | 'exempt-principal-from-deny' // add ArnNotEquals aws:PrincipalArn to the deny statement
  | 'remove-deny-statement';

export interface PolicyEdit {
  target: FixTarget;
  newDocument: string;
  statementAdded?: Statement;
}

export type BroadeningWarning =
  | { code: 'delegates-to-iam'; account: string }
  | { code: 'removes-deny'; statement: StatementRef }
  | { code: 'condition-value-added'; key: string; value: string }
  /** Verified by probing: the caller may now also perform these actions. */
  | { code: 'allows-other-actions'; actions: string[] }
  /** Verified by probing: these stand-in principals (with an IAM policy allowing kms:*) are now allowed too. */
  | { code: 'allows-other-principals'; principals: string[] }
  /** Verified by probing: the action is now allowed with another encryption context too. */
  | { code: 'allows-other-encryption-context' };

export interface PolicyFix {
  /** The first (or only) document to change. */
  target: FixTarget;
  kind: FixKind;
  newDocument: string;
  statementAdded?: Statement;
  /** Every document change the fix needs, in order; cross-account fixes change both sides. */
  edits: PolicyEdit[];
  /** The existing statement the fix changes or removes. */
  changes?: StatementRef;
  broadens?: BroadeningWarning[];
}

interface Candidate {
  kind: FixKind;
  edits: PolicyEdit[];
  changes?: StatementRef;
  warnings: BroadeningWarning[];
}

const KIND_ORDER: FixKind[] = [
  'add-condition-value',
  'exempt-principal-from-deny',
  'add-key-policy-statement',
  'add-identity-policy-statement',
  'add-root-delegation',
  'remove-deny-statement',
];
/**
 * Successive explicit denies we are willing to work through. Each step removes or narrows one deny, so a
 * request blocked by several (even identical) deny statements needs as many steps; after the first step the
 * chain keeps to that step's kind ("remove every deny" / "exempt the caller from every deny"), which keeps the
 * search linear in the number of denies instead of exponential.
 */
const MAX_DENY_DEPTH = 16;
type DenyKind = 'remove-deny-statement' | 'exempt-principal-from-deny';
const PROBE_OTHER_ACCOUNT = '999999999999';
const PROBE_SECOND_ACCOUNT = '888888888888';

export function suggestFixes(req: AuthorizationRequest, result: AuthorizationResult): PolicyFix[] {
  if (result.allowed) return [];
  const fixes: PolicyFix[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates(req, result, 0)) {
    const edited = applyEdits(req, candidate.edits);
    if (!authorize(edited).allowed) continue;
    const signature = JSON.stringify(candidate.edits);
    if (seen.has(signature)) continue;
    seen.add(signature);
    const [first] = candidate.edits as [PolicyEdit, ...PolicyEdit[]];
    const broadens = [...candidate.warnings, ...probe(req, edited, candidate.edits)];
    fixes.push({
      target: first.target,
      kind: candidate.kind,
      newDocument: first.newDocument,
      ...(first.statementAdded ? { statementAdded: first.statementAdded } : {}),
      edits: candidate.edits,
      ...(candidate.changes ? { changes: candidate.changes } : {}),
      ...(broadens.length > 0 ? { broadens } : {}),
    });
  }
  return fixes.sort(
    (a, b) =>
      (a.broadens?.length ?? 0) - (b.broadens?.length ?? 0) ||
      a.edits.length - b.edits.length ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

function candidates(
  req: AuthorizationRequest,
  result: AuthorizationResult,
  depth: number,
  denyKind?: DenyKind,
): Candidate[] {
  if (result.decision === 'ExplicitDeny')
    return depth < MAX_DENY_DEPTH ? denyCandidates(req, result, depth, denyKind) : [];
  return allowCandidates(req, result);
}

/** Remove or narrow the deny that decided, then finish with whatever the edited request still lacks. */
function denyCandidates(
  req: AuthorizationRequest,
  result: AuthorizationResult,
  depth: number,
  denyKind?: DenyKind,
): Candidate[] {
  const ref = result.decidedBy;
  if (ref?.kind !== 'statement') return [];
  const target: FixTarget =
    ref.policy.kind === 'key-policy' ? 'key-policy' : { identityPolicy: ref.policy.name };
  const text = documentOf(req, target);
  if (text === undefined) return [];
  const steps: Candidate[] = [];
  const removed = editStatements(text, (list) => list.filter((_, i) => i !== ref.index));
  if (removed && denyKind !== 'exempt-principal-from-deny')
    steps.push({
      kind: 'remove-deny-statement',
      edits: [{ target, newDocument: removed }],
      changes: ref,
      warnings: [{ code: 'removes-deny', statement: ref }],
    });
  if (!isServicePrincipal(req.principalArn) && denyKind !== 'remove-deny-statement') {
    const exempted = editStatements(text, (list) =>
      list.map((s, i) => (i === ref.index ? exemptPrincipal(s, identityArn(req.principalArn)) : s)),
    );
    if (exempted)
      steps.push({
        kind: 'exempt-principal-from-deny',
        edits: [{ target, newDocument: exempted }],
        changes: ref,
        warnings: [],
      });
  }
  return steps.flatMap((step) => {
    const edited = applyEdits(req, step.edits);
    const after = authorize(edited);
    if (after.allowed) return [step];
    return candidates(edited, after, depth + 1, step.kind as DenyKind).map((rest) => ({
      kind: step.kind,
      edits: mergeEdits([...step.edits, ...rest.edits]),
      changes: step.changes,
      warnings: [...step.warnings, ...rest.warnings],
    }));
  });
}

function allowCandidates(req: AuthorizationRequest, result: AuthorizationResult): Candidate[] {
  const b = result.basis;
  const out: Candidate[] = [];
  const iamEdit = b.identityPolicyAllows ? [] : [identityStatementEdit(req)];
  if (b.iamOnly) return [{ kind: 'add-identity-policy-statement', edits: iamEdit, warnings: [] }];

  const miss = result.closestMiss;
  if (miss?.kind === 'statement') {
    const fix = conditionValueFix(req, result, miss);
    if (fix) out.push(fix);
  }
  const keyPolicy = req.keyPolicy ?? '';
  const crossAccount = !b.sameAccount;
  const named = addStatement(keyPolicy, keyPolicyStatement(req));
  if (named) {
    out.push({
      kind: 'add-key-policy-statement',
      edits: [{ target: 'key-policy', ...named }, ...(crossAccount ? iamEdit : [])],
      warnings: [],
    });
  }
  if (!b.keyPolicyDelegatesToAccount && !isServicePrincipal(req.principalArn)) {
    // Same account: the standard "Enable IAM User Permissions" statement. Cross-account: allow the caller's
    // account for this action only (key-policy-modifying-external-accounts).
    const statement = crossAccount
      ? {
          Sid: `AllowAccount${req.principalAccount}`,
          Effect: 'Allow',
          Principal: { AWS: accountRootArn(req.principalAccount) },
          Action: req.action,
          Resource: '*',
        }
      : enableIamPolicies(req.principalAccount);
    const delegation = addStatement(keyPolicy, statement);
    if (delegation) {
      out.push({
        kind: 'add-root-delegation',
        edits: [{ target: 'key-policy', ...delegation }, ...iamEdit],
        warnings: [{ code: 'delegates-to-iam', account: req.principalAccount }],
      });
    }
  }
  const keyPolicyCoversCaller = b.keyPolicyDelegatesToAccount || (crossAccount && b.keyPolicyAllowsDirectly);
  if (keyPolicyCoversCaller && iamEdit.length > 0)
    out.push({ kind: 'add-identity-policy-statement', edits: iamEdit, warnings: [] });
  return out;
}

/** Add the request's values to the failing conditions of the statement that almost allowed. */
function conditionValueFix(
  req: AuthorizationRequest,
  result: AuthorizationResult,
  ref: StatementRef,
): Candidate | undefined {
  const statement = result.explanation.find((p) => sameSource(p.source, ref.policy))?.statements[ref.index];
  if (!statement) return undefined;
  const failing = statement.conditions.filter((c) => !c.matched);
  const additions: { operator: string; key: string; value: string }[] = [];
  for (const c of failing) {
    const op = parseOperator(c.operator);
    const value = c.requestValue;
    // Only positive, single-valued comparisons can be fixed by listing the request's value.
    if (op === null || op.negated || op.qualifier || value === undefined || Array.isArray(value))
      return undefined;
    if (
      !['String', 'Arn', 'Bool'].includes(op.family) &&
      c.baseOperator !== 'NumericEquals' &&
      c.baseOperator !== 'DateEquals'
    )
      return undefined;
    additions.push({ operator: c.operator, key: c.key, value: String(value) });
  }
  if (additions.length === 0) return undefined;
  const target: FixTarget =
    ref.policy.kind === 'key-policy' ? 'key-policy' : { identityPolicy: ref.policy.name };
  const text = documentOf(req, target);
  const newDocument =
    text === undefined
      ? null
      : editStatements(text, (list) =>
          list.map((s, i) => {
            if (i !== ref.index) return s;
            const condition = jsonRecord(s.Condition);
            for (const a of additions) {
              const block = jsonRecord(condition[a.operator]);
              const current = block[a.key];
              const list = Array.isArray(current) ? current : current === undefined ? [] : [current];
              block[a.key] = a.operator === 'Bool' ? a.value : [...list, a.value];
              condition[a.operator] = block;
            }
            return { ...s, Condition: condition };
          }),
        );
  if (!newDocument) return undefined;
  return {
    kind: 'add-condition-value',
    edits: [{ target, newDocument }],
    changes: ref,
    warnings: additions.map((a) => ({ code: 'condition-value-added' as const, key: a.key, value: a.value })),
  };
}

/** An Allow naming exactly the caller and the action, with the request's encryption context as a condition. */
function keyPolicyStatement(req: AuthorizationRequest): Statement {
  const ec = req.encryptionContext ?? {};
  const pairs = Object.entries(ec).map(([k, v]) => [`kms:EncryptionContext:${k}`, v]);
  return {
    Sid: sidFor(req.action),
    Effect: 'Allow',
    Principal: isServicePrincipal(req.principalArn)
      ? { Service: req.principalArn }
      : { AWS: identityArn(req.principalArn) },
    Action: req.action,
    Resource: '*',
    ...(pairs.length > 0 ? { Condition: { StringEquals: Object.fromEntries(pairs) } } : {}),
  };
}

function identityStatementEdit(req: AuthorizationRequest): PolicyEdit {
  const statement: Statement = {
    Sid: sidFor(req.action),
    Effect: 'Allow',
    Action: req.action,
    Resource: req.keyPolicy === undefined ? '*' : req.resourceArn,
  };
  const existing = req.identityPolicies[0];
  if (existing) {
    const added = addStatement(existing.document, statement);
    if (added) return { target: { identityPolicy: existing.name }, ...added };
  }
  const name = `kms-lab-${req.action.replace(/^kms:/i, '')}`;
  return {
    target: { identityPolicy: name },
    newDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2),
    statementAdded: statement,
  };
}

/** Deny statements are narrowed with `ArnNotEquals aws:PrincipalArn` (NOR over its values). */
function exemptPrincipal(statement: Statement, arn: string): Statement {
  const condition = jsonRecord(statement.Condition);
  const block = jsonRecord(condition.ArnNotEquals);
  const current = block['aws:PrincipalArn'];
  const list = Array.isArray(current) ? current : current === undefined ? [] : [current];
  block['aws:PrincipalArn'] = [...list, arn];
  condition.ArnNotEquals = block;
  return { ...statement, Condition: condition };
}

// ---- document editing ----

/**
 * A deep copy of an object from policy text as a null-prototype record: its keys are policy text, so an
 * operator or condition key named `constructor` must not find Object.prototype's member. Anything that is
 * not an object (a malformed `Condition` or operator block) reads as empty.
 */
function jsonRecord(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [k, v] of Object.entries(structuredClone(value))) out[k] = v;
  return out;
}

function readStatements(text: string): { doc: Record<string, unknown>; list: Statement[] } | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const record = doc as Record<string, unknown>;
  const raw = record.Statement;
  // Entries that are not objects (`"Statement": [null]`) stay as they are; the edits only read objects.
  const list = Array.isArray(raw) ? (raw as Statement[]) : raw === undefined ? [] : [raw as Statement];
  return { doc: record, list };
}

function editStatements(text: string, edit: (list: Statement[]) => Statement[]): string | null {
  const read = readStatements(text);
  if (read === null) return null;
  return JSON.stringify({ ...read.doc, Statement: edit(read.list) }, null, 2);
}

function addStatement(
  text: string,
  statement: Statement,
): { newDocument: string; statementAdded: Statement } | null {
  const read = readStatements(text);
  if (read === null) return null;
  const sids = new Set(read.list.map((s) => (typeof s === 'object' && s !== null ? s.Sid : undefined)));
  let sid = statement.Sid as string;
  for (let n = 2; sids.has(sid); n++) sid = `${statement.Sid}${n}`;
  const statementAdded = { ...statement, Sid: sid };
  return {
    newDocument: JSON.stringify({ ...read.doc, Statement: [...read.list, statementAdded] }, null, 2),
    statementAdded,
  };
}

function sidFor(action: string): string {
  return `Allow${action.replace(/^kms:/i, '').replace(/[^A-Za-z0-9]/g, '')}`;
}

/** Keep the last edit per document (each edit was made on top of the previous one) and the statement added. */
function mergeEdits(edits: PolicyEdit[]): PolicyEdit[] {
  const byTarget = new Map<string, PolicyEdit>();
  for (const e of edits) {
    const key = targetKey(e.target);
    const statementAdded = e.statementAdded ?? byTarget.get(key)?.statementAdded;
    byTarget.delete(key);
    byTarget.set(key, { ...e, ...(statementAdded ? { statementAdded } : {}) });
  }
  return [...byTarget.values()];
}

function targetKey(target: FixTarget): string {
  return target === 'key-policy' ? 'key-policy' : `identity:${target.identityPolicy}`;
}

function documentOf(req: AuthorizationRequest, target: FixTarget): string | undefined {
  if (target === 'key-policy') return req.keyPolicy;
  return req.identityPolicies.find((p) => p.name === target.identityPolicy)?.document;
}

function applyEdits(req: AuthorizationRequest, edits: readonly PolicyEdit[]): AuthorizationRequest {
  let next = req;
  for (const e of edits) {
    if (e.target === 'key-policy') next = { ...next, keyPolicy: e.newDocument };
    else {
      const name = e.target.identityPolicy;
      const exists = next.identityPolicies.some((p) => p.name === name);
      next = {
        ...next,
        identityPolicies: exists
          ? next.identityPolicies.map((p) => (p.name === name ? { name, document: e.newDocument } : p))
          : [...next.identityPolicies, { name, document: e.newDocument }],
      };
    }
  }
  return next;
}

function sameSource(a: StatementRef['policy'], b: StatementRef['policy']): boolean {
  return (
    a.kind === b.kind && (a.kind === 'key-policy' || (b.kind === 'identity-policy' && a.name === b.name))
  );
}

// ---- probing what else an edit allows ----

const PRINCIPAL_KEYS = ['aws:principalarn', 'aws:principalaccount', 'kms:calleraccount'];

function probe(
  before: AuthorizationRequest,
  after: AuthorizationRequest,
  edits: readonly PolicyEdit[],
): BroadeningWarning[] {
  const warnings: BroadeningWarning[] = [];
  const newlyAllowed = (variant: (r: AuthorizationRequest) => AuthorizationRequest) =>
    authorize(variant(after)).allowed && !authorize(variant(before)).allowed;

  const iamOnly = before.keyPolicy === undefined;
  const actions = KMS_ACTIONS.filter(
    (a) => (a.resource === 'none') === iamOnly && a.action.toLowerCase() !== before.action.toLowerCase(),
  )
    .filter((a) =>
      newlyAllowed((r) => ({
        ...r,
        action: a.action,
        grantOperation: a.grantOperation ? a.action.slice(4) : undefined,
      })),
    )
    .map((a) => a.action);
  if (actions.length > 0) warnings.push({ code: 'allows-other-actions', actions });

  if (edits.some((e) => e.target === 'key-policy')) {
    const keyAccount = before.resourceAccount ?? accountOfArn(before.resourceArn) ?? before.principalAccount;
    const otherAccount = keyAccount === PROBE_OTHER_ACCOUNT ? PROBE_SECOND_ACCOUNT : PROBE_OTHER_ACCOUNT;
    const standIns = [
      { arn: `arn:aws:iam::${keyAccount}:user/AnotherUser`, account: keyAccount },
      { arn: `arn:aws:iam::${otherAccount}:role/AnotherRole`, account: otherAccount },
    ].filter((p) => p.arn !== before.principalArn);
    const context = Object.fromEntries(
      Object.entries(before.context).filter(([k]) => !PRINCIPAL_KEYS.includes(k.toLowerCase())),
    );
    const principals = standIns
      .filter((p) =>
        newlyAllowed((r) => ({
          ...r,
          principalArn: p.arn,
          principalAccount: p.account,
          context,
          grants: [],
          identityPolicies: [
            {
              name: 'probe',
              document:
                '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}',
            },
          ],
        })),
      )
      .map((p) => p.arn);
    if (principals.length > 0) warnings.push({ code: 'allows-other-principals', principals });
  }

  const ec = before.encryptionContext;
  if (ec && Object.keys(ec).length > 0) {
    const variants: Record<string, string>[] = [
      {},
      ...Object.keys(ec).map((k) => ({ ...ec, [k]: `${ec[k]}-other` })),
    ];
    const noEcContext = Object.fromEntries(
      Object.entries(before.context).filter(([k]) => !k.toLowerCase().startsWith('kms:encryptioncontext')),
    );
    if (variants.some((v) => newlyAllowed((r) => ({ ...r, encryptionContext: v, context: noEcContext })))) {
      warnings.push({ code: 'allows-other-encryption-context' });
    }
  }
  return warnings;
}

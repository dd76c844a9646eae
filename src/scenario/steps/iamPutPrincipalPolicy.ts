/**
 * `iam.putPrincipalPolicy`: attaches an inline IAM policy to a principal (IAM PutUserPolicy/PutRolePolicy in
 * spirit). The engine evaluates it together with key policies and grants (reference §7).
 *
 * Like IAM, it refuses a malformed document (the policy editor blocks them, but a link can carry one): the
 * grammar is the KMS policy validator's in its identity-policy mode (no Principal; Action and Resource required;
 * alphanumeric Sids), plus IAM's own action-name rules. The answer is IAM's: error code `MalformedPolicyDocument`
 * (the SDKs' MalformedPolicyDocumentException) with IAM's message for the first problem, or `ValidationError`
 * for characters outside the PolicyDocument pattern (IAM API Reference, PutRolePolicy/PutUserPolicy).
 */
import { type PolicyProblem, validatePolicyDocument } from '../../kms/policy/validate';
import { string } from '../validate';
import { PRINCIPAL_ARN } from './fields';
import type { Caption, StepKind } from './kind';

export interface IamPutPrincipalPolicyStep {
  id: string;
  kind: 'iam.putPrincipalPolicy';
  principal: string;
  policyName: string;
  /** The policy document as text, exactly as the learner wrote it. */
  policyDocument: string;
}

export const iamPutPrincipalPolicy: StepKind<'iam.putPrincipalPolicy', IamPutPrincipalPolicyStep> = {
  kind: 'iam.putPrincipalPolicy',
  fields: ['principal', 'policyName', 'policyDocument'],
  captions: ['iamPolicy', 'iamPolicyFailed'],
  validate: (raw, path) => ({
    principal: string(raw.principal, `${path}.principal`, {
      max: 2048,
      pattern: PRINCIPAL_ARN,
      patternName: 'an IAM principal ARN',
    }),
    // IAM policy names: 1–128 of [\w+=,.@-] (IAM API Reference, PutRolePolicy PolicyName).
    policyName: string(raw.policyName, `${path}.policyName`, {
      min: 1,
      max: 128,
      pattern: /^[\w+=,.@-]+$/,
      patternName: 'an IAM policy name',
    }),
    // Inline role policies are limited to 10,240 characters (IAM quotas); user policies to 2,048.
    policyDocument: string(raw.policyDocument, `${path}.policyDocument`, { min: 1, max: 10_240 }),
  }),
  refs: () => [],
  async run(ctx, step) {
    const refusal = iamPolicyDocumentError(step.policyDocument);
    if (refusal) return { ok: false, error: { source: 'iam', ...refusal }, detail: undefined };
    ctx.sim.iam.putPrincipalPolicy(step.principal, step.policyName, step.policyDocument);
    return { ok: true, detail: undefined };
  },
  caption: (step, outcome): Caption =>
    outcome && !outcome.ok
      ? {
          code: 'iamPolicyFailed',
          params: {
            policyName: step.policyName,
            errorName: outcome.error.name,
            message: outcome.error.message,
          },
        }
      : { code: 'iamPolicy', params: { principal: step.principal, policyName: step.policyName } },
};

export type IamPolicyError = { name: 'MalformedPolicyDocument' | 'ValidationError'; message: string };

/**
 * IAM's messages, as IAM returns them for PutRolePolicy/PutUserPolicy/CreatePolicy (each seen in the thread
 * cited; none is in AWS's documentation). Problems without a message on record get IAM's generic one.
 */
function messageFor(problem: PolicyProblem): string {
  switch (problem.code) {
    // aws/aws-cdk#7615
    case 'action-missing':
      return 'Policy statement must contain actions.';
    // trussworks/terraform-aws-s3-anti-virus#28, hashicorp/terraform#17987
    case 'resource-missing':
      return 'Policy statement must contain resources.';
    // hashicorp/terraform#13449, hashicorp/terraform-provider-aws#10419
    case 'principal-not-allowed':
      return 'Policy document should not specify a principal.';
    // felipefrizzo/terraform-aws-transfer-server#6
    case 'invalid-resource':
      return `Resource ${problem.params.value} must be in ARN format or "*".`;
    // aws-cloudformation/cfn-lint#1376
    case 'invalid-sid':
      return 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*';
    // Wolox/carthage_cache#22
    case 'duplicate-sid':
      return 'The Statement Ids in the policy are not unique';
    // awscookbook/security#2 (CreateRole; the same parser reads every IAM policy document)
    case 'json-syntax':
      return 'This policy contains invalid Json';
    // Not on record: the form IAM is widely reported to use for an action without a service prefix.
    case 'invalid-action':
      return 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.';
    // aws-ia/terraform-aws-transfer-family#109, aws/aws-cdk#23014
    default:
      return 'Syntax errors in policy.';
  }
}

/** IAM's own rules for action names, beyond the shared grammar (garnaat/kappa#111; boogy/iam-policy-validator#172). */
function actionNameError(document: string): string | undefined {
  const root = JSON.parse(document) as { Statement?: unknown };
  const statements = Array.isArray(root.Statement) ? root.Statement : [root.Statement];
  for (const statement of statements) {
    if (typeof statement !== 'object' || statement === null) continue;
    for (const element of ['Action', 'NotAction'] as const) {
      const value = (statement as Record<string, unknown>)[element];
      for (const action of Array.isArray(value) ? value : [value]) {
        if (typeof action !== 'string' || action === '*') continue;
        if (action.split(':').length > 2) return 'Actions/Condition can contain only one colon.';
        if (/[*?]/.test(action.slice(0, action.indexOf(':'))))
          return 'Action vendors (e.g., aws, ec2, etc.) must not contain wildcards';
      }
    }
  }
  return undefined;
}

/** Why IAM would refuse this inline policy document, or undefined when it accepts it. */
export function iamPolicyDocumentError(document: string): IamPolicyError | undefined {
  const errors = validatePolicyDocument(document, { kind: 'identity' }).filter((p) => p.severity === 'error');
  // IAM API Reference, PutRolePolicy/PutUserPolicy PolicyDocument: Pattern [\u0009\u000A\u000D\u0020-\u00FF]+,
  // checked before the document is parsed. (The message follows AWS's usual validation form; not on record.)
  if (errors.some((p) => p.code === 'invalid-character'))
    return {
      name: 'ValidationError',
      message:
        "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    };
  const first = errors[0];
  if (first) return { name: 'MalformedPolicyDocument', message: messageFor(first) };
  const action = actionNameError(document);
  return action ? { name: 'MalformedPolicyDocument', message: action } : undefined;
}

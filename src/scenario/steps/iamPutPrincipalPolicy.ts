/**
 * `iam.putPrincipalPolicy`: attaches an inline IAM policy to a principal (IAM PutUserPolicy/PutRolePolicy in
 * spirit). The engine evaluates it together with key policies and grants (reference §7).
 */
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
    try {
      ctx.sim.iam.putPrincipalPolicy(step.principal, step.policyName, step.policyDocument);
      return { ok: true, detail: undefined };
    } catch (error) {
      // IAM refuses a document it cannot parse (MalformedPolicyDocument); the engine says so with a named error.
      if (!(error instanceof Error)) throw error;
      return {
        ok: false,
        error: { source: 'iam', name: error.name, message: error.message },
        detail: undefined,
      };
    }
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

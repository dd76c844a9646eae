/**
 * Small builders for lesson and practice scenarios, so each reads like the API calls it makes. They produce
 * ordinary steps of the step catalogue (src/scenario/steps): validation, replay and links treat a lesson like
 * anything a learner makes.
 */
import { toBase64, utf8Encode } from '../../crypto/index';
import type { OperationName } from '../../kms/index';
import type { ServiceId } from '../../services/index';
import { DAY_MS } from '../steps/clockAdvance';
import type { Caller } from '../steps/fields';
import type { Step } from '../steps/index';
import { servicesRef } from '../steps/serviceCall';
import type { JsonObject } from '../validate';

export const ACCOUNT = '111122223333';
/** Another account, for cross-account questions. */
export const PARTNER_ACCOUNT = '444455556666';
export const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Admin`;
/** An application role with no permissions until a step gives it some. */
export const APP = `arn:aws:iam::${ACCOUNT}:role/App`;
export const PARTNER = `arn:aws:iam::${PARTNER_ACCOUNT}:role/Partner`;

export const keyIdOf = (stepId: string) => ({ $ref: `${stepId}/KeyMetadata/KeyId` });
export const keyArnOf = (stepId: string) => ({ $ref: `${stepId}/KeyMetadata/Arn` });
export const ciphertextOf = (stepId: string) => ({ $ref: `${stepId}/CiphertextBlob` });
export const base64Text = (text: string) => toBase64(utf8Encode(text));

export function kms(id: string, op: OperationName, request: JsonObject = {}, caller?: Caller): Step {
  return caller ? { id, kind: 'kms.call', op, request, caller } : { id, kind: 'kms.call', op, request };
}

export const as = (principal: string, region?: string): Caller =>
  region ? { principal, region } : { principal };

/** An inline IAM policy allowing `actions` on every KMS key (how an administrator usually starts). */
export function allowIam(id: string, principal: string, actions: readonly string[]): Step {
  return {
    id,
    kind: 'iam.putPrincipalPolicy',
    principal,
    policyName: 'kms-lab',
    policyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    }),
  };
}

/** A key policy statement allowing `principal` the `actions` on this key. */
export const allowStatement = (sid: string, principal: string, actions: readonly string[] | string) => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: actions,
  Resource: '*',
});

/** PutKeyPolicy with exactly these statements (the default one, trusting the account, is replaced). */
export function putKeyPolicy(id: string, keyStep: string, statements: readonly object[]): Step {
  return kms(id, 'PutKeyPolicy', {
    KeyId: keyIdOf(keyStep),
    PolicyName: 'default',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  });
}

/** One service operation, continuing from the services world of `after` (the previous service call). */
export function service(
  id: string,
  name: ServiceId,
  action: string,
  params: JsonObject,
  after?: string,
): Step {
  return {
    id,
    kind: 'service.call',
    service: name,
    action,
    params,
    ...(after ? { services: servicesRef(after) } : {}),
  };
}

/** `n` bytes of text, for the Encrypt limit (every character here is one UTF-8 byte). */
export const textOfBytes = (n: number) => 'KMS Lab '.repeat(Math.ceil(n / 8)).slice(0, n);

/** Candidate outcomes shared by many questions. */
export const ALLOWED_OR_DENIED = ['ok', 'AccessDeniedException'] as const;
/** Monthly bills to choose from, in dollars. */
export const DOLLARS = ['0.00', '1.00', '2.00', '3.00', '4.00'] as const;

export const scheduleDeletion = (id: string, keyStep: string, days: number) =>
  kms(id, 'ScheduleKeyDeletion', { KeyId: keyIdOf(keyStep), PendingWindowInDays: days });
export const rotateNow = (id: string, keyStep: string) =>
  kms(id, 'RotateKeyOnDemand', { KeyId: keyIdOf(keyStep) });
export const advanceDays = (id: string, days: number): Step => ({
  id,
  kind: 'clock.advance',
  ms: days * DAY_MS,
});

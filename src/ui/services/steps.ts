/**
 * The steps the services gallery appends: a service operation as a `service.call` step (continuing from the
 * services world of the last service call), and the key-side changes a learner tries (create, disable, enable,
 * deny the service in the key policy) as `kms.call` steps. Pure: the gallery's components call these.
 */
import type { KeyView } from '../../kms/index';
import { apiDefaultKeyPolicy, viaServiceName } from '../../kms/policy';
import type { Step } from '../../scenario/steps/index';
import { type ServiceCallStep, servicesRef } from '../../scenario/steps/serviceCall';
import type { JsonObject } from '../../scenario/validate';
import { type KeyChoice, type ParamValue, SERVICES, type ServiceId } from '../../services/index';
import { stepRange, type Timeline } from '../trail/timeline';

/** The parameters that name the KMS key (each service has its own name for it); the key choice fills them. */
export const KEY_PARAMS = ['KmsKeyId', 'SSEKMSKeyId', 'KeyId', 'KMSKeyArn'] as const;
/** Parameters the key choice sets rather than the form. */
const CHOICE_PARAMS: readonly string[] = [...KEY_PARAMS, 'ServerSideEncryption'];

export interface KeySelection {
  choice: KeyChoice;
  /** The customer managed key's ARN when `choice` is customer-managed. */
  keyArn?: string;
}

/** Whether the form shows this parameter (the key choice sets the others). */
export const isFormParam = (name: string) => !CHOICE_PARAMS.includes(name);

/** The operations the gallery offers as forms (the batch belongs to the Bucket Keys comparison). */
export const formActions = (service: ServiceId) =>
  Object.keys(SERVICES[service].actions).filter((action) => action !== 'PutObjectBatch');

/** The form's values plus what the key choice means for this action's parameters. */
export function withKey(
  service: ServiceId,
  action: string,
  values: Record<string, ParamValue | undefined>,
  key: KeySelection,
): Record<string, ParamValue> {
  const specs = SERVICES[service].actions[action]?.params ?? {};
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(values))
    if (name in specs && isFormParam(name) && value !== undefined && value !== '') params[name] = value;
  const keyParam = KEY_PARAMS.find((name) => name in specs);
  if (keyParam && key.choice === 'customer-managed' && key.keyArn) params[keyParam] = key.keyArn;
  if ('ServerSideEncryption' in specs)
    params.ServerSideEncryption = key.choice === 'aws-owned' ? 'AES256' : 'aws:kms';
  return params;
}

/** The id of the last service call, whose services world the next one continues from. */
export function lastServiceStepId(steps: readonly Step[]): string | undefined {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]?.kind === 'service.call') return steps[i]?.id;
  return undefined;
}

/** A service call as the next step (without its id: the store gives it one). */
export function serviceCallStep(
  steps: readonly Step[],
  call: { service: ServiceId; action: string; params: Record<string, ParamValue>; principal?: string },
): Omit<ServiceCallStep, 'id'> {
  const previous = lastServiceStepId(steps);
  return {
    kind: 'service.call',
    service: call.service,
    action: call.action,
    params: call.params as JsonObject,
    ...(call.principal ? { principal: call.principal } : {}),
    ...(previous ? { services: servicesRef(previous) } : {}),
  };
}

/** Customer managed symmetric encryption keys a service can use (AWS managed keys are chosen by alias). */
export const customerKeys = (keys: readonly KeyView[], region: string) =>
  keys.filter(
    (k) =>
      k.metadata.KeyManager === 'CUSTOMER' &&
      k.metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
      k.region === region &&
      k.metadata.KeyState !== 'PendingDeletion',
  );

export const DENY_SID_PREFIX = 'KmsLabDeny-';

/**
 * The default key policy (delegating to IAM) plus, when `denied`, a statement that denies every KMS action
 * through the service's endpoint (`kms:ViaService`, reference §7): what breaking a service in the key policy
 * looks like. Applying it replaces the key's policy, as PutKeyPolicy does.
 */
export function keyPolicyDenying(
  service: ServiceId,
  accountId: string,
  region: string,
  denied: boolean,
): string {
  const policy = JSON.parse(apiDefaultKeyPolicy(accountId)) as { Statement: unknown[] };
  if (denied)
    policy.Statement.push({
      Sid: `${DENY_SID_PREFIX}${service}`,
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': viaServiceName(SERVICES[service].managedKey, region) } },
    });
  return JSON.stringify(policy, null, 2);
}

/** Whether the latest PutKeyPolicy for `keyArn` among `steps` denies `service`. */
export function isServiceDenied(steps: readonly Step[], keyArn: string, service: ServiceId): boolean {
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step?.kind !== 'kms.call' || step.op !== 'PutKeyPolicy' || step.request.KeyId !== keyArn) continue;
    return (
      typeof step.request.Policy === 'string' &&
      step.request.Policy.includes(`"${DENY_SID_PREFIX}${service}"`)
    );
  }
  return false;
}

/** One batch of PutObject requests and the KMS requests it made (its CloudTrail records). */
export interface BatchRun {
  stepIndex: number;
  bucket: string;
  objects: number;
  bucketKeys: boolean;
  requests: number;
}

/** The PutObject batches of the scenario up to the timeline's step, oldest first. */
export function batchRuns(timeline: Timeline): BatchRun[] {
  const runs: BatchRun[] = [];
  timeline.scenario.steps.slice(0, timeline.upTo + 1).forEach((step, index) => {
    if (step.kind !== 'service.call' || step.action !== 'PutObjectBatch') return;
    const [first, end] = stepRange(timeline, index);
    runs.push({
      stepIndex: index,
      bucket: String(step.params.Bucket),
      objects: Number(step.params.Count),
      bucketKeys: step.params.BucketKeyEnabled === true,
      requests: end - first,
    });
  });
  return runs;
}

/** KMS's symmetric request price beyond the monthly free tier (reference §1), as the engine bills it. */
export { USD_PER_REQUEST } from '../../kms/billing';

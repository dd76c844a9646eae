/**
 * CloudTrail records shaped like AWS's (reference §9): eventVersion 1.08, userIdentity by principal type,
 * eventSource kms.amazonaws.com, requestParameters in camelCase with the encryption context, responseElements
 * null for cryptographic operations, errorCode/errorMessage on failure, resources with the key ARN, and
 * AwsServiceEvent records for KMS's own actions (automatic rotation, key deletion). Never plaintext, data keys
 * or ciphertext (blobs are dropped by shapes.ts `trailParameters`).
 */
import type { Drbg } from '../crypto';
import { type Caller, ensurePrincipal } from './callers';
import type { KeyRecord, TrailRecord, World } from './world';

const EVENT_SOURCE = 'kms.amazonaws.com';
/** The documentation address range of RFC 5737 (TEST-NET-1): the simulated caller's source IP. */
const CALLER_SOURCE_IP = '192.0.2.0';
const CALLER_USER_AGENT = 'KMS Lab simulated client';
/** Session name of the role sessions KMS Lab starts for a role ARN caller. */
const SESSION_NAME = 'kms-lab';

/** CloudTrail time format: ISO 8601 UTC to the second, e.g. 2022-11-24T18:57:43Z. */
export const trailTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** `userIdentity` by principal type (CloudTrail userIdentity element). */
export function userIdentity(world: World, drbg: Drbg, caller: Caller): Record<string, unknown> {
  const record = ensurePrincipal(world, drbg, caller.principal);
  const accountId = caller.accountId;
  const invokedBy = caller.invokedBy ? { invokedBy: caller.invokedBy } : {};
  const resource = caller.principal.split(':').slice(5).join(':');
  if (resource === 'root')
    return {
      type: 'Root',
      principalId: accountId,
      arn: caller.principal,
      accountId,
      accessKeyId: record.accessKeyId,
      ...invokedBy,
    };
  if (resource.startsWith('user/'))
    return {
      type: 'IAMUser',
      principalId: record.principalId,
      arn: caller.principal,
      accountId,
      accessKeyId: record.accessKeyId,
      userName: resource.split('/').pop(),
      ...invokedBy,
    };
  // A role is used through a session: AssumedRole with the role as session issuer.
  const [, roleName, sessionName = SESSION_NAME] = resource.startsWith('assumed-role/')
    ? resource.split('/')
    : ['role', resource.split('/').pop() ?? '', SESSION_NAME];
  return {
    type: 'AssumedRole',
    principalId: `${record.principalId}:${sessionName}`,
    arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
    accountId,
    accessKeyId: record.accessKeyId,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: record.principalId,
        arn: record.arn,
        accountId,
        userName: roleName,
      },
      attributes: { mfaAuthenticated: 'false' },
    },
    ...invokedBy,
  };
}

const resourcesOf = (keys: readonly KeyRecord[]) =>
  keys.map((k) => ({ accountId: k.accountId, type: 'AWS::KMS::Key', ARN: k.arn }));

export interface ApiCallEvent {
  eventName: string;
  caller: Caller;
  readOnly: boolean;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  error?: { name: string; message: string };
  resources: readonly KeyRecord[];
  requestId: string;
}

/**
 * Appends the records of one API call and returns the index of the caller's record. Cross-account calls are
 * logged in both accounts, except access-denied ones, logged only in the caller's account (reference §9).
 */
export function recordApiCall(world: World, drbg: Drbg, event: ApiCallEvent): number {
  const identity = userIdentity(world, drbg, event.caller);
  const recipients = [event.caller.accountId];
  if (event.error?.name !== 'AccessDeniedException')
    for (const k of event.resources) if (!recipients.includes(k.accountId)) recipients.push(k.accountId);
  const index = world.trail.length;
  for (const recipientAccountId of recipients) {
    const via = event.caller.invokedBy;
    world.trail.push({
      eventVersion: '1.08',
      userIdentity: identity,
      eventTime: trailTime(world.nowMs),
      eventSource: EVENT_SOURCE,
      eventName: event.eventName,
      awsRegion: event.caller.region,
      sourceIPAddress: via ?? CALLER_SOURCE_IP,
      userAgent: via ?? CALLER_USER_AGENT,
      ...(event.error ? { errorCode: event.error.name, errorMessage: event.error.message } : {}),
      requestParameters: event.requestParameters,
      responseElements: event.error ? null : event.responseElements,
      requestID: event.requestId,
      eventID: drbg.uuid(),
      readOnly: event.readOnly,
      resources: resourcesOf(event.resources),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId,
      eventCategory: 'Management',
    });
  }
  return index;
}

/** KMS's own actions: `RotateKey` (automatic rotation) and `DeleteKey` (end of the waiting period), reference §5, §2. */
export function recordServiceEvent(
  world: World,
  drbg: Drbg,
  /** DeleteExpiredKeyMaterial: KMS deleting imported material at its ValidTo (Developer Guide, CloudTrail events). */
  eventName: 'RotateKey' | 'DeleteKey' | 'DeleteExpiredKeyMaterial',
  key: KeyRecord,
): void {
  const record: TrailRecord = {
    eventVersion: '1.08',
    userIdentity: { accountId: key.accountId, invokedBy: 'AWS Internal' },
    eventTime: trailTime(world.nowMs),
    eventSource: EVENT_SOURCE,
    eventName,
    awsRegion: key.region,
    sourceIPAddress: 'AWS Internal',
    userAgent: 'AWS Internal',
    requestParameters: null,
    responseElements: null,
    eventID: drbg.uuid(),
    readOnly: false,
    resources: resourcesOf([key]),
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: key.accountId,
    serviceEventDetails: { keyId: key.keyId },
    eventCategory: 'Management',
  };
  world.trail.push(record);
}

/**
 * GetKeyLastUsage (API_GetKeyLastUsage, 2025): the last successful cryptographic operation that used the key,
 * with the CloudTrail event ID and KMS request ID of that call. KMS Lab answers from its own CloudTrail records,
 * which hold every call of the scenario, so tracking starts when the key was created.
 */
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { KeyIdType } from './common';

/** The operations KMS tracks (API model KeyLastUsageTrackingOperation). */
const TRACKED_OPERATIONS: ReadonlySet<string> = new Set([
  'Decapsulate',
  'Decrypt',
  'DeriveSharedSecret',
  'Encapsulate',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'ReEncrypt',
  'Sign',
  'Verify',
  'VerifyMac',
]);

export const GetKeyLastUsage = defineOperation({
  name: 'GetKeyLastUsage',
  input: structure({ KeyId: KeyIdType }, ['KeyId']),
  iamAction: 'kms:GetKeyLastUsage',
  readOnly: true,
  resource: 'key',
  // "Alias names are not supported" (API_GetKeyLastUsage KeyId, reference §4).
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    const trail = ctx.world.trail;
    let last: (typeof trail)[number] | undefined;
    for (let i = trail.length - 1; i >= 0 && !last; i--) {
      const record = trail[i];
      const resources = record.resources as { ARN: string }[] | undefined;
      if (
        TRACKED_OPERATIONS.has(record.eventName as string) &&
        record.errorCode === undefined &&
        record.recipientAccountId === key.accountId &&
        resources?.some((r) => r.ARN === key.arn)
      )
        last = record;
    }
    const created = new Date(key.creationMs);
    return {
      KeyId: key.arn,
      ...(last
        ? {
            KeyLastUsage: {
              Operation: last.eventName as string,
              Timestamp: new Date(last.eventTime as string),
              CloudTrailEventId: last.eventID as string,
              KmsRequestId: last.requestID as string,
            },
          }
        : {}),
      TrackingStartDate: created,
      KeyCreationDate: created,
    };
  },
});

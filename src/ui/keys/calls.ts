/**
 * The KMS calls the keys, rotation and cost views make, each as the `kms.call` step it appends to the scenario
 * (so it replays, shares by URL and scrubs). The request is the JSON an AWS SDK sends; bytes an earlier step
 * produced are named with `{ "$ref": "<stepId>/<Field>" }`, never copied.
 */
import type { OperationName } from '../../kms/index';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';
import type { JsonObject } from '../../scenario/validate';
import { type Actor, actorStore, callerFor } from '../../state/actor';
import { type StepChange, scenarioStore } from '../../state/scenario';

export interface KmsCall {
  op: OperationName;
  request: JsonObject;
}

/** The Regions the views offer (keys are regional, reference §8). */
export const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1'] as const;

export const HMAC_KEY_SPECS = ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512'] as const;
export type NewKeySpec = 'SYMMETRIC_DEFAULT' | (typeof HMAC_KEY_SPECS)[number];

export interface NewKey {
  keySpec: NewKeySpec;
  multiRegion: boolean;
  description: string;
  tag?: { key: string; value: string };
}

const ref = (stepId: string, field: string) => ({ $ref: `${stepId}/${field}` });

/** A key named by its ID or ARN, or as the key an earlier CreateKey step made. */
export type KeyTarget = string | { stepId: string };
const keyOf = (target: KeyTarget, field: 'KeyId' | 'Arn' = 'KeyId') =>
  typeof target === 'string' ? target : ref(target.stepId, `KeyMetadata/${field}`);

/** UTF-8 text as the base64 a KMS request carries. */
function base64Text(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const calls = {
  createKey(key: NewKey): KmsCall {
    const hmac = key.keySpec !== 'SYMMETRIC_DEFAULT';
    return {
      op: 'CreateKey',
      request: {
        ...(key.description ? { Description: key.description } : {}),
        ...(hmac ? { KeySpec: key.keySpec, KeyUsage: 'GENERATE_VERIFY_MAC' } : {}),
        ...(key.multiRegion ? { MultiRegion: true } : {}),
        ...(key.tag?.key ? { Tags: [{ TagKey: key.tag.key, TagValue: key.tag.value }] } : {}),
      },
    };
  },
  createAlias: (aliasName: string, target: KeyTarget): KmsCall => ({
    op: 'CreateAlias',
    request: { AliasName: aliasName, TargetKeyId: keyOf(target) },
  }),
  updateAlias: (aliasName: string, targetKeyId: string): KmsCall => ({
    op: 'UpdateAlias',
    request: { AliasName: aliasName, TargetKeyId: targetKeyId },
  }),
  deleteAlias: (aliasName: string): KmsCall => ({ op: 'DeleteAlias', request: { AliasName: aliasName } }),
  enableKey: (keyId: string): KmsCall => ({ op: 'EnableKey', request: { KeyId: keyId } }),
  disableKey: (keyId: string): KmsCall => ({ op: 'DisableKey', request: { KeyId: keyId } }),
  scheduleKeyDeletion: (keyId: string, days: number): KmsCall => ({
    op: 'ScheduleKeyDeletion',
    request: { KeyId: keyId, PendingWindowInDays: days },
  }),
  cancelKeyDeletion: (keyId: string): KmsCall => ({ op: 'CancelKeyDeletion', request: { KeyId: keyId } }),
  replicateKey: (key: KeyTarget, replicaRegion: string): KmsCall => ({
    op: 'ReplicateKey',
    request: { KeyId: keyOf(key, 'Arn'), ReplicaRegion: replicaRegion },
  }),
  /** DescribeKey of `alias/aws/<service>` makes KMS create that AWS managed key (reference §1). */
  describeKey: (keyId: string): KmsCall => ({ op: 'DescribeKey', request: { KeyId: keyId } }),
  enableKeyRotation: (keyId: string, periodInDays: number): KmsCall => ({
    op: 'EnableKeyRotation',
    request: { KeyId: keyId, RotationPeriodInDays: periodInDays },
  }),
  disableKeyRotation: (keyId: string): KmsCall => ({ op: 'DisableKeyRotation', request: { KeyId: keyId } }),
  rotateKeyOnDemand: (keyId: string): KmsCall => ({ op: 'RotateKeyOnDemand', request: { KeyId: keyId } }),
  encrypt: (key: KeyTarget, text: string): KmsCall => ({
    op: 'Encrypt',
    request: { KeyId: keyOf(key), Plaintext: base64Text(text) },
  }),
  /** Decrypts the ciphertext an earlier step made; KMS finds the key (and version) in the blob's header. */
  decrypt: (ciphertextStepId: string): KmsCall => ({
    op: 'Decrypt',
    request: { CiphertextBlob: ref(ciphertextStepId, 'CiphertextBlob') },
  }),
  reEncrypt: (ciphertextStepId: string, destinationKeyId: string): KmsCall => ({
    op: 'ReEncrypt',
    request: { CiphertextBlob: ref(ciphertextStepId, 'CiphertextBlob'), DestinationKeyId: destinationKeyId },
  }),
} as const satisfies Record<string, (...args: never[]) => KmsCall>;

/** Who makes the call: the "acting as" principal, in `region` when it is not the scenario's own Region. */
export function callerIn(
  actor: Actor,
  settings: Pick<ScenarioSettings, 'accountId' | 'region'>,
  region: string,
): Caller | undefined {
  const caller = callerFor(actor, { accountId: settings.accountId, region });
  return region === settings.region ? caller : { ...caller, region };
}

/** Appends the call as the next step (the cursor moves to it) and returns the store's verdict. */
export function appendCall(call: KmsCall, region: string): StepChange {
  const { scenario, appendStep } = scenarioStore.getState();
  const caller = callerIn(actorStore.getState(), scenario.settings, region);
  return appendStep({ kind: 'kms.call', op: call.op, request: call.request, ...(caller ? { caller } : {}) });
}

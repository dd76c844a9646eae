/**
 * The KMS calls the keys, rotation and cost views make, each as the `kms.call` step it appends to the scenario
 * (so it replays, shares by URL and scrubs). The request is the JSON an AWS SDK sends; bytes an earlier step
 * produced are named with `{ "$ref": "<stepId>/<Field>" }`, never copied.
 */
import type { OperationName } from '../../kms/index';
import type { SimulatedKeySpec, SimulatedKeyUsage } from '../../kms/world';
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

/** Where a new key's material comes from: KMS makes it, or the customer imports it (bring your own key). */
export type NewKeyOrigin = 'AWS_KMS' | 'EXTERNAL';

export interface NewKey {
  keySpec: SimulatedKeySpec;
  /** Needed by every spec but SYMMETRIC_DEFAULT (KMS refuses the request without it, as AWS does). */
  keyUsage?: SimulatedKeyUsage;
  /** Default AWS_KMS. */
  origin?: NewKeyOrigin;
  multiRegion: boolean;
  description: string;
  tag?: { key: string; value: string };
}

const ref = (stepId: string, field: string) => ({ $ref: `${stepId}/${field}` });

/** A key named by its ID or ARN, or as the key an earlier CreateKey step made. */
export type KeyTarget = string | { stepId: string };
const keyOf = (target: KeyTarget, field: 'KeyId' | 'Arn' = 'KeyId') =>
  typeof target === 'string' ? target : ref(target.stepId, `KeyMetadata/${field}`);

/** Bytes as the base64 a KMS request carries. */
export function base64Bytes(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
const base64Text = (text: string) => base64Bytes(new TextEncoder().encode(text));

export const calls = {
  createKey(key: NewKey): KmsCall {
    // The request a learner would write: KeySpec and KeyUsage only when they are not the defaults.
    const symmetric = key.keySpec === 'SYMMETRIC_DEFAULT';
    return {
      op: 'CreateKey',
      request: {
        ...(key.description ? { Description: key.description } : {}),
        ...(symmetric ? {} : { KeySpec: key.keySpec }),
        ...(symmetric || !key.keyUsage ? {} : { KeyUsage: key.keyUsage }),
        ...(key.origin === 'EXTERNAL' ? { Origin: 'EXTERNAL' } : {}),
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
  getPublicKey: (keyId: string): KmsCall => ({ op: 'GetPublicKey', request: { KeyId: keyId } }),
  /** `message` is the text's UTF-8 bytes (RAW) or their digest (DIGEST), already in base64. */
  sign: (keyId: string, message: string, messageType: string, algorithm: string): KmsCall => ({
    op: 'Sign',
    request: { KeyId: keyId, Message: message, MessageType: messageType, SigningAlgorithm: algorithm },
  }),
  /** Verifies the signature an earlier Sign step made, over the message given now. */
  verify: (
    keyId: string,
    message: string,
    messageType: string,
    algorithm: string,
    signStepId: string,
  ): KmsCall => ({
    op: 'Verify',
    request: {
      KeyId: keyId,
      Message: message,
      MessageType: messageType,
      SigningAlgorithm: algorithm,
      Signature: ref(signStepId, 'Signature'),
    },
  }),
  /** The wrapping key the page's own RSA-OAEP SHA-256 wraps with (import.wrapKeyMaterial). */
  getParametersForImport: (keyId: string): KmsCall => ({
    op: 'GetParametersForImport',
    request: { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' },
  }),
  /** Imports what the wrap step made with the token of its GetParametersForImport step; `validTo` in epoch seconds. */
  importKeyMaterial: (
    keyId: string,
    parametersStepId: string,
    wrapStepId: string,
    validTo?: number,
  ): KmsCall => ({
    op: 'ImportKeyMaterial',
    request: {
      KeyId: keyId,
      ImportToken: ref(parametersStepId, 'ImportToken'),
      EncryptedKeyMaterial: ref(wrapStepId, 'EncryptedKeyMaterial'),
      ...(validTo === undefined
        ? { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }
        : { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: validTo }),
    },
  }),
  deleteImportedKeyMaterial: (keyId: string): KmsCall => ({
    op: 'DeleteImportedKeyMaterial',
    request: { KeyId: keyId },
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

/** Appends the client-side wrap of fresh key material under the wrapping key of `parametersStepId`. */
export function appendWrap(parametersStepId: string): StepChange {
  return scenarioStore.getState().appendStep({
    kind: 'import.wrapKeyMaterial',
    parameters: parametersStepId,
    wrappingAlgorithm: 'RSAES_OAEP_SHA_256',
  });
}

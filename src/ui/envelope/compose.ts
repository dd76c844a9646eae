/**
 * The scenario steps the studio appends for what the learner does: the four encrypt steps of the notes, the
 * decrypt step, the direct `Encrypt` of "why envelope", a key to work with, and the file steps. Built from the
 * step catalogue (src/scenario/steps) with explicit ids, so later steps can name earlier ones.
 */
import { toBase64, utf8Encode } from '../../crypto/index';
import { FILE_FRAME_LENGTH } from '../../envelope/index';
import { nextStepId } from '../../scenario/schema';
import type { FileFingerprint } from '../../scenario/steps/envelopeEncrypt';
import type { Caller, ObjectLocation } from '../../scenario/steps/fields';
import type { Step } from '../../scenario/steps/index';
import type { EsdkSuiteName } from '../../scenario/steps/kmsCall';
import type { JsonObject } from '../../scenario/validate';

/** The extension of a downloaded envelope: the AWS Encryption CLI's default suffix for its output. */
export const ENVELOPE_SUFFIX = '.encrypted';
/** The simulated bucket the studio stores envelopes in (S3 bucket naming rules). */
export const STUDIO_BUCKET = 'kms-lab-studio';
/** The alias of the key the studio creates when the scenario has none it can use. */
export const STUDIO_ALIAS = 'alias/kms-lab-studio';
/** ESDK default frame length (reference §12), used for text. */
export const TEXT_FRAME_LENGTH = 4096;
/** Frames of 1 MiB for files: far fewer AES-GCM calls (see DEFAULT_FRAME_LENGTH's comment). */
export { FILE_FRAME_LENGTH } from '../../envelope/index';

/** Hands out the ids the store would give: s<n+1>, s<n+2>, … after the existing steps. */
export function stepIds(steps: readonly Step[]): () => string {
  let n = Number(nextStepId(steps).slice(1));
  return () => `s${n++}`;
}

const withCaller = <S extends Step>(step: S, caller: Caller | undefined): S =>
  caller ? { ...step, caller } : step;

const contextField = (encryptionContext: Record<string, string>): { EncryptionContext?: JsonObject } =>
  Object.keys(encryptionContext).length > 0 ? { EncryptionContext: { ...encryptionContext } } : {};

/** `algorithmSuite`: the ESDK suite the data key is for (kmsCall.ts); left out, 0x0478's (as older links). */
export function generateDataKeyStep(
  id: string,
  keyId: string,
  encryptionContext: Record<string, string>,
  caller?: Caller,
  algorithmSuite?: EsdkSuiteName,
): Step {
  return withCaller(
    {
      id,
      kind: 'kms.call',
      op: 'GenerateDataKey',
      request: { KeyId: keyId, KeySpec: 'AES_256', ...contextField(encryptionContext) },
      ...(algorithmSuite && { algorithmSuite }),
    },
    caller,
  );
}

export interface TextFlowInput {
  readonly steps: readonly Step[];
  /** Alias name or key ARN, as the learner picked it. */
  readonly keyId: string;
  readonly text: string;
  readonly encryptionContext: Record<string, string>;
  readonly caller?: Caller;
  readonly algorithmSuite?: EsdkSuiteName;
}

/** The notes' four encrypt steps for text: GenerateDataKey, encrypt, discard the plaintext key, store. */
export function encryptFlowSteps(input: TextFlowInput): Step[] {
  const next = stepIds(input.steps);
  const dataKey = next();
  const envelope = next();
  const discard = next();
  const store = next();
  const object: ObjectLocation = { bucket: STUDIO_BUCKET, key: `notes/${dataKey}.txt` };
  return [
    generateDataKeyStep(dataKey, input.keyId, input.encryptionContext, input.caller, input.algorithmSuite),
    { id: envelope, kind: 'envelope.encrypt', dataKey, text: input.text },
    { id: discard, kind: 'envelope.discardDataKey', dataKey },
    { id: store, kind: 'envelope.store', envelope, object },
  ];
}

/** The notes' decrypt flow (KMS Decrypt of the data key, then the data) as one step. */
export function decryptStep(id: string, object: ObjectLocation, caller?: Caller): Step {
  return withCaller({ id, kind: 'envelope.decrypt', object: { ...object } }, caller);
}

/** KMS `Encrypt` of the text itself: fails over 4,096 bytes with `ValidationException` (reference §3). */
export function directEncryptStep(id: string, keyId: string, text: string, caller?: Caller): Step {
  return withCaller(
    { id, kind: 'kms.call', op: 'Encrypt', request: { KeyId: keyId, Plaintext: toBase64(utf8Encode(text)) } },
    caller,
  );
}

/** A symmetric customer managed key with the studio's alias (when the scenario has no usable key). */
export function createKeySteps(steps: readonly Step[], caller?: Caller): Step[] {
  const next = stepIds(steps);
  const key = next();
  return [
    withCaller(
      { id: key, kind: 'kms.call', op: 'CreateKey', request: { Description: 'KMS Lab envelope studio key' } },
      caller,
    ),
    withCaller(
      {
        id: next(),
        kind: 'kms.call',
        op: 'CreateAlias',
        request: { AliasName: STUDIO_ALIAS, TargetKeyId: { $ref: `${key}/KeyMetadata/KeyId` } },
      },
      caller,
    ),
  ];
}

/** The fields of a file step that decide its envelope: the worker run before the step uses the same. */
export const fileStepFields = (dataKey: string) => ({ dataKey, frameLength: FILE_FRAME_LENGTH });

/** The file steps after the worker has encrypted it: the fingerprint (never the bytes), then the discard. */
export function fileEncryptSteps(steps: readonly Step[], dataKey: string, file: FileFingerprint): Step[] {
  const next = stepIds(steps);
  return [
    { id: next(), kind: 'envelope.encrypt', ...fileStepFields(dataKey), file: { ...file } },
    { id: next(), kind: 'envelope.discardDataKey', dataKey },
  ];
}

/**
 * KMS `Decrypt` of an envelope's encrypted data key, as the ESDK's KMS keyring calls it: the key ARN from the
 * EDK's provider info as `KeyId` and the encryption context from the header (reference §12).
 */
export function decryptDataKeyStep(
  id: string,
  edk: { keyArn: string; ciphertext: Uint8Array },
  encryptionContext: Record<string, string>,
  caller?: Caller,
): Step {
  return withCaller(
    {
      id,
      kind: 'kms.call',
      op: 'Decrypt',
      request: {
        CiphertextBlob: toBase64(edk.ciphertext),
        KeyId: edk.keyArn,
        ...contextField(encryptionContext),
      },
    },
    caller,
  );
}

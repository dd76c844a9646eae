/**
 * `envelope.decrypt`: the notes' decrypt flow. Read the stored envelope, then (as the AWS Encryption SDK's KMS
 * keyring does) call KMS Decrypt on each `aws-kms` encrypted data key in turn, as `caller`, with the KMS key
 * ARN from the EDK's provider info as `KeyId` and the encryption context from the message header, until one
 * succeeds; then check the key commitment and the header tag and decrypt the frames. The returned plaintext
 * data key is zero-filled by the envelope layer as soon as the message keys are derived from it.
 */
import { utf8Decode } from '../../crypto/index';
import {
  AWS_KMS_PROVIDER_ID,
  type DecryptTrace,
  decryptMessage,
  isEnvelopeError,
} from '../../envelope/index';
import type { Invocation } from '../../kms/index';
import { optional } from '../validate';
import { envelopeFailure } from './envelopeFailure';
import { type Caller, caller, type ObjectLocation, objectLocation, objectName } from './fields';
import { type Caption, type StepFailure, type StepKind, scenarioFailure } from './kind';

export interface EnvelopeDecryptStep {
  id: string;
  kind: 'envelope.decrypt';
  object: ObjectLocation;
  caller?: Caller;
}

export interface EnvelopeDecryptDetail {
  /** The KMS Decrypt calls made for the encrypted data keys, in order (with their traces). */
  kmsCalls: Invocation[];
  trace?: DecryptTrace;
  plaintext?: Uint8Array;
  /** The plaintext as text when it is valid UTF-8 (text steps). */
  text?: string;
}

/** Raised inside `decryptDataKey` so the KMS error (not a wrapper) becomes the step's failure. */
class KmsDecryptFailed extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

export const envelopeDecrypt: StepKind<'envelope.decrypt', EnvelopeDecryptStep, EnvelopeDecryptDetail> = {
  kind: 'envelope.decrypt',
  fields: ['object', 'caller'],
  captions: ['envelopeDecrypt', 'envelopeDecryptKmsFailed', 'envelopeDecryptFailed'],
  validate: (raw, path) => {
    const location = objectLocation(raw.object, `${path}.object`);
    const who = optional(raw.caller, (v) => caller(v, `${path}.caller`));
    return who === undefined ? { object: location } : { object: location, caller: who };
  },
  refs: () => [],
  async run(ctx, step) {
    const stored = ctx.client.objects[objectName(step.object)];
    if (!stored) return scenarioFailure('NoSuchObject', { object: objectName(step.object) });
    const kmsCalls: Invocation[] = [];
    try {
      const { plaintext, trace } = await decryptMessage({
        provider: ctx.provider,
        message: stored.message,
        async decryptDataKey({ encryptedDataKeys, encryptionContext }) {
          let failure: StepFailure | undefined;
          for (const edk of encryptedDataKeys) {
            if (edk.providerId !== AWS_KMS_PROVIDER_ID) continue;
            const invocation = await ctx.sim.invoke(
              'Decrypt',
              {
                CiphertextBlob: edk.ciphertext,
                KeyId: utf8Decode(edk.providerInfo, { fatal: false }),
                EncryptionContext: { ...encryptionContext },
              },
              step.caller,
            );
            kmsCalls.push(invocation);
            if (invocation.ok) return new Uint8Array(invocation.response.Plaintext as Uint8Array);
            failure = {
              source: 'kms',
              name: invocation.error.name,
              message: invocation.error.message,
              stage: 'data-key',
            };
          }
          throw new KmsDecryptFailed(
            failure ?? {
              source: 'envelope',
              name: 'data-key-unavailable',
              message: 'no aws-kms encrypted data key',
              stage: 'data-key',
            },
          );
        },
      });
      const text = (() => {
        try {
          return utf8Decode(plaintext);
        } catch {
          return undefined;
        }
      })();
      return { ok: true, detail: { kmsCalls, trace, plaintext, ...(text === undefined ? {} : { text }) } };
    } catch (error) {
      const cause = isEnvelopeError(error) ? error.cause : undefined;
      if (cause instanceof KmsDecryptFailed) return { ok: false, error: cause.failure, detail: { kmsCalls } };
      if (error instanceof KmsDecryptFailed) return { ok: false, error: error.failure, detail: { kmsCalls } };
      return { ok: false, error: envelopeFailure(error), detail: { kmsCalls } };
    }
  },
  caption: (step, outcome): Caption => {
    const object = objectName(step.object);
    if (!outcome) return { code: 'envelopeDecrypt', params: { object, length: 0 } };
    if (outcome.ok)
      return { code: 'envelopeDecrypt', params: { object, length: outcome.detail.plaintext?.length ?? 0 } };
    const { error } = outcome;
    return error.source === 'kms'
      ? {
          code: 'envelopeDecryptKmsFailed',
          params: { object, errorName: error.name, message: error.message },
        }
      : {
          code: 'envelopeDecryptFailed',
          params: { object, stage: error.stage ?? 'input', code: error.name, frame: error.frame ?? 0 },
        };
  },
};

/**
 * `envelope.encrypt`: step 2 of the study notes' flow. The client encrypts its data with the plaintext data
 * key that an earlier GenerateDataKey step returned, producing an AWS Encryption SDK v2 message (header with the
 * encryption context and the encrypted data key, then framed AES-256-GCM body).
 *
 * Text is kept in the scenario, so a link reproduces the envelope byte for byte. Files are never put in links:
 * a file step records only its name, size and SHA-256, and replay says the content is not in the scenario
 * unless the same file is supplied again (checked against the SHA-256).
 */
import { utf8Encode } from '../../crypto/index';
import {
  awsKmsEncryptedDataKey,
  DEFAULT_FRAME_LENGTH,
  type EnvelopeTrace,
  encryptMessage,
  MAX_FRAME_LENGTH,
} from '../../envelope/index';
import { fail, integer, object, optional, string, stringMap } from '../validate';
import { envelopeFailure } from './envelopeFailure';
import { stepRef } from './fields';
import { type Caption, type StepKind, scenarioFailure } from './kind';

export interface FileFingerprint {
  name: string;
  size: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface EnvelopeEncryptStep {
  id: string;
  kind: 'envelope.encrypt';
  /** The `kms.call` GenerateDataKey step whose plaintext data key encrypts the data. */
  dataKey: string;
  text?: string;
  file?: FileFingerprint;
  /** Defaults to the encryption context of the GenerateDataKey request, as the ESDK's KMS keyring passes it. */
  encryptionContext?: Record<string, string>;
  /** Bytes per frame; the ESDK default is 4,096 (reference §12). */
  frameLength?: number;
}

/** Text is carried in links; 256 Ki characters keeps a decoded scenario well under the codec's caps. */
const MAX_TEXT_LENGTH = 262_144;

function fingerprint(value: unknown, path: string): FileFingerprint {
  const raw = object(value, path, ['name', 'size', 'sha256']);
  return {
    name: string(raw.name, `${path}.name`, { min: 1, max: 255 }),
    size: integer(raw.size, `${path}.size`, 0, Number.MAX_SAFE_INTEGER),
    sha256: string(raw.sha256, `${path}.sha256`, {
      max: 64,
      pattern: /^[0-9a-f]{64}$/,
      patternName: 'hex SHA-256',
    }),
  };
}

export interface EnvelopeEncryptDetail {
  trace: EnvelopeTrace;
  messageLength: number;
}

/** ESDK message IDs are 32 random bytes in format v2 (data-format/message-header.md). */
const MESSAGE_ID_LENGTH = 32;

export const envelopeEncrypt: StepKind<'envelope.encrypt', EnvelopeEncryptStep, EnvelopeEncryptDetail> = {
  kind: 'envelope.encrypt',
  fields: ['dataKey', 'text', 'file', 'encryptionContext', 'frameLength'],
  captions: ['envelopeEncryptText', 'envelopeEncryptFile', 'envelopeEncryptFailed'],
  validate: (raw, path) => {
    if ((raw.text === undefined) === (raw.file === undefined))
      fail(path, 'needs exactly one of text or file');
    const out: Omit<EnvelopeEncryptStep, 'id' | 'kind'> = {
      dataKey: stepRef(raw.dataKey, `${path}.dataKey`),
    };
    const text = optional(raw.text, (v) => string(v, `${path}.text`, { max: MAX_TEXT_LENGTH }));
    const file = optional(raw.file, (v) => fingerprint(v, `${path}.file`));
    const ec = optional(raw.encryptionContext, (v) => stringMap(v, `${path}.encryptionContext`));
    const frameLength = optional(raw.frameLength, (v) =>
      integer(v, `${path}.frameLength`, 1, MAX_FRAME_LENGTH),
    );
    if (text !== undefined) out.text = text;
    if (file !== undefined) out.file = file;
    if (ec !== undefined) out.encryptionContext = ec;
    if (frameLength !== undefined) out.frameLength = frameLength;
    return out;
  },
  refs: (step, path) => [{ at: `${path}.dataKey`, stepId: step.dataKey }],
  async run(ctx, step) {
    const dataKey = ctx.client.dataKeys[step.dataKey];
    if (!dataKey) return scenarioFailure('DataKeyUnavailable', { dataKey: step.dataKey });
    if (dataKey.handle.discarded) return scenarioFailure('DataKeyDiscarded', { dataKey: step.dataKey });
    const plaintext = step.file ? await ctx.fileContent(step.file) : utf8Encode(step.text ?? '');
    if (!plaintext) {
      return scenarioFailure('FileNotInScenario', {
        name: step.file?.name ?? '',
        size: step.file?.size ?? 0,
      });
    }
    const encryptionContext = step.encryptionContext ?? dataKey.encryptionContext;
    const frameLength = step.frameLength ?? DEFAULT_FRAME_LENGTH;
    try {
      const { message, trace } = await encryptMessage({
        provider: ctx.provider,
        dataKey: dataKey.handle,
        encryptedDataKeys: [awsKmsEncryptedDataKey(dataKey.keyId, dataKey.ciphertextBlob)],
        encryptionContext,
        messageId: ctx.clientDrbg.bytes(MESSAGE_ID_LENGTH),
        frameLength,
        plaintext,
        // The text demo shows the derived key; a file's keys stay out of the trace.
        revealSecrets: !step.file,
      });
      ctx.client.envelopes[step.id] = {
        stepId: step.id,
        dataKey: step.dataKey,
        source: step.file ? { kind: 'file', ...step.file } : { kind: 'text', length: plaintext.length },
        encryptionContext: { ...encryptionContext },
        frameLength,
        message,
      };
      return { ok: true, detail: { trace, messageLength: message.length } };
    } catch (error) {
      return { ok: false, error: envelopeFailure(error), detail: undefined };
    }
  },
  caption: (step, outcome): Caption => {
    if (outcome && !outcome.ok) {
      return { code: 'envelopeEncryptFailed', params: { code: outcome.error.name } };
    }
    return step.file
      ? { code: 'envelopeEncryptFile', params: { name: step.file.name, size: step.file.size } }
      : {
          code: 'envelopeEncryptText',
          params: { length: step.text?.length ?? 0, frames: outcome?.detail.trace.frameCount ?? 0 },
        };
  },
};

/**
 * `envelope.encrypt`: step 2 of the study notes' flow. The client encrypts its data with the plaintext data
 * key that an earlier GenerateDataKey step returned, producing an AWS Encryption SDK v2 message (header with the
 * encryption context and the encrypted data key, then framed AES-256-GCM body).
 *
 * Text is kept in the scenario, so a link reproduces the envelope byte for byte. Files are never put in links:
 * a file step records only its name, size and SHA-256, and replay says the content is not in the scenario
 * unless the same file is supplied again (checked against the SHA-256).
 */
import { fail, integer, object, optional, string, stringMap } from '../validate';
import { stepRef } from './fields';
import type { Caption, StepKind } from './kind';

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

/** ESDK encrypt spec: the frame length MUST be between 1 and 2^32 - 1 (client-apis/encrypt.md). */
const MAX_FRAME_LENGTH = 2 ** 32 - 1;
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

export const envelopeEncrypt: StepKind<'envelope.encrypt', EnvelopeEncryptStep> = {
  kind: 'envelope.encrypt',
  fields: ['dataKey', 'text', 'file', 'encryptionContext', 'frameLength'],
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
  caption: (step): Caption =>
    step.file
      ? {
          code: 'envelope.encrypt.file',
          params: { name: step.file.name, size: step.file.size, dataKey: step.dataKey },
        }
      : { code: 'envelope.encrypt.text', params: { length: step.text?.length ?? 0, dataKey: step.dataKey } },
};

/**
 * `envelope.encrypt`: step 2 of the study notes' flow. The client encrypts its data with the plaintext data
 * key that an earlier GenerateDataKey step returned, producing an AWS Encryption SDK v2 message (header with the
 * encryption context and the encrypted data key, then framed AES-256-GCM body).
 *
 * Text is kept in the scenario, so a link reproduces the envelope byte for byte. Files are never put in links:
 * a file step records only its name, size and SHA-256. The step asks the session for the file's envelope
 * (`StepContext.encryptFile`: the learner's file, encrypted by the envelope worker, never on the main thread);
 * a session without that file gets `FileNotInScenario`. Either way the client DRBG advances the same (a file's
 * message ID is derived, see `fileMessageId`), so every later step has the same bytes on every machine.
 */
import {
  type CryptoProvider,
  type CryptoProviderName,
  concatBytes,
  utf8Encode,
  writeUint32BE,
} from '../../crypto/index';
import {
  ALGORITHM_SUITE,
  awsKmsEncryptedDataKey,
  type DataKeyHandle,
  DEFAULT_FRAME_LENGTH,
  type EncryptedDataKey,
  type EnvelopeTrace,
  encryptMessage,
  isEnvelopeError,
  MAX_FRAME_LENGTH,
  PUBLIC_KEY_CONTEXT_KEY,
  SIGNED_ALGORITHM_SUITE,
  type WritableSuiteId,
} from '../../envelope/index';
import type { ClientDataKey, ClientWorld } from '../clientWorld';
import { fail, integer, object, optional, string, stringMap } from '../validate';
import { envelopeFailure } from './envelopeFailure';
import { stepRef } from './fields';
import { type Caption, type StepContext, type StepFailure, type StepKind, scenarioFailure } from './kind';

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

/** Every input of a file's encryption except the file and the plaintext data key. */
export interface FileEncryption {
  encryptedDataKeys: EncryptedDataKey[];
  encryptionContext: Record<string, string>;
  frameLength: number;
  messageId: Uint8Array;
  /** 0x0578 when the data key was made for the signing suite (kmsCall.ts), with its private key; else 0x0478. */
  algorithmSuiteId: WritableSuiteId;
  signingKey?: Uint8Array;
}

/**
 * What a file step asks the session for (`StepContext.encryptFile`). `dataKey` is the client world's own
 * handle: copy its bytes for the worker, never discard it (discarding is the scenario's step 3).
 */
export interface FileEncryptRequest extends FileEncryption {
  fingerprint: FileFingerprint;
  dataKey: DataKeyHandle;
  provider: CryptoProviderName;
}

/** The session's answer: the trace of the envelope it made (or had made) and the envelope's header bytes. */
export interface EncryptedFile {
  trace: EnvelopeTrace;
  header: Uint8Array;
}

/**
 * The message ID of a file's envelope: SHA-256("kms-lab/file-message-id/" ‖ encrypted data key ‖ UInt32BE(n)),
 * n = how many envelope.encrypt steps used this data key before.
 *
 * Why not the client DRBG, as text does: the worker encrypts a file before its step exists (the step records
 * the SHA-256, hashed alongside), so the step's place in the DRBG stream is unknown then; and a session without
 * the file must draw exactly what one with it draws. Why it is safe: ESDK v2 derives each message's key with
 * HKDF(data key, salt = message ID) and numbers its frame IVs from 1 (data-format/message-body.md), so a
 * message ID must never repeat under one data key. The encrypted data key is unique per GenerateDataKey call
 * (a fresh data key under a fresh IV from the engine's DRBG), and n separates messages under the same key.
 * It is deterministic: the same scenario gives the same ID on every machine.
 */
export async function fileMessageId(
  provider: CryptoProvider,
  encryptedDataKey: Uint8Array,
  previousMessages: number,
): Promise<Uint8Array> {
  const n = new Uint8Array(4);
  writeUint32BE(n, previousMessages);
  const id = await provider.digest('SHA-256', concatBytes(FILE_MESSAGE_ID_DOMAIN, encryptedDataKey, n));
  return id.subarray(0, MESSAGE_ID_LENGTH);
}
const FILE_MESSAGE_ID_DOMAIN = utf8Encode('kms-lab/file-message-id/');

/**
 * How `step` encrypts its file, from the client world before the step (declared once: the step uses it, and
 * so does the studio when it hands the file to the envelope worker before the step is appended, so the two
 * envelopes are the same bytes). Undefined when the step's data key is not there.
 */
export async function fileEncryption(
  client: { dataKeys: Record<string, ClientDataKey>; messagesPerDataKey: Record<string, number> },
  step: Pick<EnvelopeEncryptStep, 'dataKey' | 'encryptionContext' | 'frameLength'>,
  provider: CryptoProvider,
): Promise<FileEncryption | undefined> {
  const dataKey = client.dataKeys[step.dataKey];
  if (!dataKey) return undefined;
  return {
    ...messageSettings(dataKey, step),
    messageId: await fileMessageId(
      provider,
      dataKey.ciphertextBlob,
      client.messagesPerDataKey[step.dataKey] ?? 0,
    ),
  };
}

/**
 * What text and files share: the EDK beside the data, the encryption context, the frame length, the suite.
 * The suite follows the data key: one made for the signing suite carries its private key, and the context it
 * was generated with carries the public key, which the encryptor adds back to the header (the ESDK's CMM puts
 * it there once, for both).
 */
function messageSettings(
  dataKey: ClientDataKey,
  step: Pick<EnvelopeEncryptStep, 'encryptionContext' | 'frameLength'>,
): Omit<FileEncryption, 'messageId'> {
  const { [PUBLIC_KEY_CONTEXT_KEY]: _publicKey, ...requested } = dataKey.encryptionContext;
  return {
    encryptedDataKeys: [awsKmsEncryptedDataKey(dataKey.keyId, dataKey.ciphertextBlob)],
    // The ESDK's KMS keyring passes the GenerateDataKey request's context unless the step names another.
    encryptionContext: { ...(step.encryptionContext ?? requested) },
    frameLength: step.frameLength ?? DEFAULT_FRAME_LENGTH,
    ...(dataKey.signingKey
      ? { algorithmSuiteId: SIGNED_ALGORITHM_SUITE.id, signingKey: dataKey.signingKey }
      : { algorithmSuiteId: ALGORITHM_SUITE.id }),
  };
}

/** A failure of the session's file encryption (a file removed from the disk since it was chosen, …). */
function fileFailure(error: unknown): StepFailure {
  if (isEnvelopeError(error)) return envelopeFailure(error);
  const e = error instanceof Error ? error : new Error(String(error));
  return { source: 'envelope', name: e.name, message: e.message, stage: 'input' };
}

async function encryptFile(ctx: StepContext, step: EnvelopeEncryptStep, file: FileFingerprint) {
  const encryption = await fileEncryption(ctx.client, step, ctx.provider);
  const dataKey = ctx.client.dataKeys[step.dataKey];
  if (!encryption || !dataKey) return scenarioFailure('DataKeyUnavailable', { dataKey: step.dataKey });
  countMessage(ctx.client, step.dataKey);
  let encrypted: EncryptedFile | undefined;
  try {
    encrypted = await ctx.encryptFile({
      ...encryption,
      fingerprint: file,
      dataKey: dataKey.handle,
      provider: ctx.provider.name,
    });
  } catch (error) {
    return { ok: false as const, error: fileFailure(error), detail: undefined };
  }
  if (!encrypted) return scenarioFailure('FileNotInScenario', { name: file.name, size: file.size });
  const { trace, header } = encrypted;
  ctx.client.envelopes[step.id] = {
    stepId: step.id,
    dataKey: step.dataKey,
    source: { kind: 'file', ...file },
    encryptionContext: { ...encryption.encryptionContext },
    frameLength: encryption.frameLength,
    messageLength: trace.messageLength,
    header: new Uint8Array(header),
  };
  return { ok: true as const, detail: { trace, messageLength: trace.messageLength } };
}

async function encryptText(ctx: StepContext, step: EnvelopeEncryptStep, text: string) {
  const dataKey = ctx.client.dataKeys[step.dataKey];
  if (!dataKey) return scenarioFailure('DataKeyUnavailable', { dataKey: step.dataKey });
  countMessage(ctx.client, step.dataKey);
  const plaintext = utf8Encode(text);
  const settings = messageSettings(dataKey, step);
  try {
    const { message, trace } = await encryptMessage({
      provider: ctx.provider,
      dataKey: dataKey.handle,
      ...settings,
      messageId: ctx.clientDrbg.bytes(MESSAGE_ID_LENGTH),
      plaintext,
      // The text demo shows the derived key (a file's keys stay out of its trace).
      revealSecrets: true,
    });
    ctx.client.envelopes[step.id] = {
      stepId: step.id,
      dataKey: step.dataKey,
      source: { kind: 'text', length: plaintext.length },
      encryptionContext: settings.encryptionContext,
      frameLength: settings.frameLength,
      messageLength: message.length,
      message,
    };
    return { ok: true as const, detail: { trace, messageLength: message.length } };
  } catch (error) {
    return { ok: false as const, error: envelopeFailure(error), detail: undefined };
  }
}

const countMessage = (client: ClientWorld, dataKey: string) => {
  client.messagesPerDataKey[dataKey] = (client.messagesPerDataKey[dataKey] ?? 0) + 1;
};

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
    return step.file ? encryptFile(ctx, step, step.file) : encryptText(ctx, step, step.text ?? '');
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

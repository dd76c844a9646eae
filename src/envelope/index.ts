/**
 * Client-side envelope encryption (the centre of the study notes): the AWS Encryption SDK message format v2
 * with suite 0x0478 or 0x0578 (signed), driven by a plaintext data key from GenerateDataKey; every ESDK suite
 * (formats 1.0 and 2.0) is read. Pure and deterministic: every random
 * byte (the message ID) comes from the caller; runs in Node, the browser main thread and Web Workers.
 */
export {
  ALGORITHM_SUITE,
  ALGORITHM_SUITES,
  type AlgorithmSuite,
  DEFAULT_FRAME_LENGTH,
  decryptRefusedByDefaultPolicy,
  ESDK_SUITE_NAMES,
  FILE_FRAME_LENGTH,
  MAX_FRAME_LENGTH,
  PUBLIC_KEY_CONTEXT_KEY,
  SIGNED_ALGORITHM_SUITE,
  WRITABLE_SUITE_IDS,
  type WritableSuiteId,
} from './algorithmSuite';
export { DataKeyHandle, type DataKeySnapshot } from './dataKey';
export { describeMessage, type MessageLayout } from './describe';
export {
  assertEncryptableContext,
  type EncryptionContext,
  RESERVED_ENCRYPTION_CONTEXT_PREFIX,
  serializeEncryptionContext,
} from './encryptionContext';
export {
  EnvelopeError,
  type EnvelopeErrorCode,
  type EnvelopeStep,
  isEnvelopeError,
} from './errors';
export type { Field } from './fieldReader';
export {
  AWS_KMS_PROVIDER_ID,
  awsKmsEncryptedDataKey,
  type EncryptedDataKey,
  type MessageHeader,
  parseHeader,
} from './header';
export {
  type DecryptMessageResult,
  decryptMessage,
  type EncryptMessageResult,
  encryptMessage,
} from './message';
export {
  type DataKeyRequest,
  DEFAULT_MAX_FRAME_LENGTH,
  type DecryptDataKey,
  type DecryptOptions,
  MessageDecryptor,
} from './messageDecryptor';
export { type EncryptOptions, MessageEncryptor } from './messageEncryptor';
export { publicKeyContext, SIGNING_KEY_SEED_LENGTH, signingKeyFromSeed } from './signature';
export { createDecryptStream, createEncryptStream, type EnvelopeStream, type StreamOptions } from './stream';
export type { DecryptTrace, EnvelopeTrace, FrameTrace, KeyDerivationTrace, Progress } from './trace';

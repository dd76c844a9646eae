import { toHex } from '../../crypto/encoding';
import type { FileEncryption } from './envelopeEncrypt';

/**
 * Which envelope of a file this is: the file's SHA-256 and the inputs that decide its bytes (the message ID
 * stands for the data key, being derived from its encrypted copy). A step's trace carries the same inputs,
 * so the studio finds the envelope a step shows.
 */
export function fileEnvelopeId(
  sha256: string,
  encryption: Pick<FileEncryption, 'messageId' | 'frameLength' | 'encryptionContext'>,
): string {
  const context = Object.entries(encryption.encryptionContext).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return JSON.stringify([sha256, toHex(encryption.messageId), encryption.frameLength, context]);
}

import type { EncryptionContext } from './encryptionContext';
import type { MessageHeader } from './header';
import { type DecryptOptions, MessageDecryptor } from './messageDecryptor';
import { type EncryptOptions, MessageEncryptor } from './messageEncryptor';
import type { DecryptTrace, EnvelopeTrace } from './trace';

/**
 * Joins many parts into one buffer. Not `concatBytes(...parts)`: a message in small frames has more parts
 * (256 MiB in 4 KiB frames: 131,073) than an engine accepts as call arguments ("Maximum call stack size").
 */
function joinParts(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface EncryptMessageResult {
  /** The envelope: header (with the encrypted data key) + framed ciphertext, AWS Encryption SDK format v2. */
  readonly message: Uint8Array<ArrayBuffer>;
  readonly trace: EnvelopeTrace;
}

/**
 * Step 2 (and 4) of envelope encryption for data held in memory (text, small files): encrypts `plaintext`
 * with the plaintext data key into an ESDK v2 message that stores the encrypted data key beside the data.
 * Deterministic: the same inputs (data key, message ID, …) give the same bytes. The data key is not
 * discarded here; discarding it is the caller's next step (`DataKeyHandle.discard()`).
 */
export async function encryptMessage(
  options: EncryptOptions & { readonly plaintext: Uint8Array },
): Promise<EncryptMessageResult> {
  const encryptor = await MessageEncryptor.create(options);
  try {
    const frames = await encryptor.push(options.plaintext);
    const final = await encryptor.end();
    return { message: joinParts([encryptor.header, ...frames, ...final]), trace: encryptor.trace() };
  } finally {
    encryptor.dispose();
  }
}

export interface DecryptMessageResult {
  readonly plaintext: Uint8Array<ArrayBuffer>;
  /** From the verified header: what the message was bound to. */
  readonly encryptionContext: EncryptionContext;
  readonly header: MessageHeader;
  readonly trace: DecryptTrace;
}

/**
 * The decrypt flow for a message held in memory: parse the header, get the plaintext data key from KMS
 * (`decryptDataKey`), check the key commitment and the header tag, decrypt every frame. Nothing is returned
 * unless every step succeeded (decrypt.md: non-streamed output is released only after all steps); any failure
 * is an `EnvelopeError` naming the step.
 */
export async function decryptMessage(
  options: DecryptOptions & { readonly message: Uint8Array },
): Promise<DecryptMessageResult> {
  const decryptor = new MessageDecryptor(options);
  try {
    const parts = await decryptor.push(options.message);
    await decryptor.end();
    const header = decryptor.header as MessageHeader;
    return {
      plaintext: joinParts(parts),
      encryptionContext: header.encryptionContext,
      header,
      trace: decryptor.trace(),
    };
  } finally {
    decryptor.dispose();
  }
}

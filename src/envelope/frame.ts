import {
  AuthenticationFailed,
  type CryptoProvider,
  readUint32BE,
  utf8Encode,
  writeUint32BE,
} from '../crypto';
import { ALGORITHM_SUITE } from './algorithmSuite';
import { EnvelopeError } from './errors';
import { type Field, FieldReader } from './fieldReader';

/**
 * Framed message body (data-format/message-body.md "Framed Data") and its per-frame AAD
 * (data-format/message-body-aad.md).
 */

/** "Sequence Number End": the 4 bytes that mark the final frame. */
export const SEQUENCE_NUMBER_END = 0xffff_ffff;
/** The largest sequence number (message-body.md: at most 2^32 - 1 frames). */
export const MAX_SEQUENCE_NUMBER = 0xffff_ffff;

const REGULAR_FRAME_LABEL = utf8Encode('AWSKMSEncryptionClient Frame');
const FINAL_FRAME_LABEL = utf8Encode('AWSKMSEncryptionClient Final Frame');

/**
 * Frames are independent (own IV and AAD), so several are encrypted or decrypted concurrently: at most this
 * many (small frames: enough to amortise each call's round trip to WebCrypto's thread) …
 */
export const FRAMES_IN_FLIGHT = 64;
/**
 * … holding at most this many bytes of content (large frames: a few 1 MiB frames keep the crypto thread
 * busy while the next input is read and the last output is stored; more would only hold more memory).
 */
export const BYTES_IN_FLIGHT = 4 * 1024 * 1024;

/** Bytes before the encrypted content: regular = sequence number + IV; final adds the marker and length. */
export const REGULAR_FRAME_PREFIX = 4 + ALGORITHM_SUITE.ivLength;
export const FINAL_FRAME_PREFIX = 4 + 4 + ALGORITHM_SUITE.ivLength + 4;

/**
 * Frame IV: the sequence number, big-endian, left-padded with zeros to the IV length (client-apis/encrypt.md
 * "Construct a frame": "The IV is the sequence number … padded to the IV length"). Unique per frame within a
 * message; the message's HKDF-derived key is unique per message ID, so (key, IV) never repeats.
 */
export function frameIv(sequenceNumber: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(ALGORITHM_SUITE.ivLength);
  writeUint32BE(iv, sequenceNumber, ALGORITHM_SUITE.ivLength - 4);
  return iv;
}

/**
 * Message body AAD: message ID || body AAD content string || UInt32 sequence number || UInt64 content length.
 * Spec ambiguity: message-body-aad.md gives the Message ID field a length of 16 (written for v1.0 headers); for
 * v2.0 the whole 32-byte message ID is used, as the official SDKs do and as the v2 test vectors require.
 */
export function bodyAad(
  messageId: Uint8Array,
  final: boolean,
  sequenceNumber: number,
  contentLength: number,
): Uint8Array<ArrayBuffer> {
  const label = final ? FINAL_FRAME_LABEL : REGULAR_FRAME_LABEL;
  const aad = new Uint8Array(messageId.length + label.length + 12);
  aad.set(messageId, 0);
  aad.set(label, messageId.length);
  const tail = messageId.length + label.length;
  writeUint32BE(aad, sequenceNumber, tail);
  // UInt64 content length; frame contents are at most 2^32 - 1 bytes, so the high word is zero.
  writeUint32BE(aad, contentLength, tail + 8);
  return aad;
}

export interface SealedFrame {
  readonly sequenceNumber: number;
  readonly final: boolean;
  /** Sequence number (or marker + sequence number), IV, and for the final frame the content length. */
  readonly prefix: Uint8Array<ArrayBuffer>;
  /** Encrypted content || authentication tag, as the provider returned it. */
  readonly sealed: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array;
  readonly contentLength: number;
}

export async function sealFrame(
  provider: CryptoProvider,
  key: Uint8Array,
  messageId: Uint8Array,
  sequenceNumber: number,
  final: boolean,
  plaintext: Uint8Array,
): Promise<SealedFrame> {
  const iv = frameIv(sequenceNumber);
  // Read before encrypting: the envelope worker's crypto pool may move the plaintext's buffer to a helper.
  const contentLength = plaintext.length;
  const aad = bodyAad(messageId, final, sequenceNumber, contentLength);
  const sealed = await provider.aesGcmEncrypt(key, iv, plaintext, aad);
  const prefix = new Uint8Array(final ? FINAL_FRAME_PREFIX : REGULAR_FRAME_PREFIX);
  let offset = 0;
  if (final) {
    writeUint32BE(prefix, SEQUENCE_NUMBER_END, 0);
    offset = 4;
  }
  writeUint32BE(prefix, sequenceNumber, offset);
  prefix.set(iv, offset + 4);
  if (final) writeUint32BE(prefix, contentLength, offset + 4 + iv.length);
  return { sequenceNumber, final, prefix, sealed, iv, contentLength };
}

/** A frame as read from a message: views into the message bytes. */
export interface FrameRecord {
  readonly sequenceNumber: number;
  readonly final: boolean;
  readonly iv: Uint8Array;
  /** Encrypted content || authentication tag. */
  readonly sealed: Uint8Array;
  readonly contentLength: number;
  /** Offset of the frame in the message. */
  readonly offset: number;
  readonly length: number;
}

/**
 * Reads the frame at `bytes[0]`, recording its fields. `base` is the frame's offset in the message and
 * `expected` the sequence number it must carry. Short input throws `truncated` with the absolute offset the
 * frame needs to reach (`needed`), so a streaming reader can wait for exactly that many bytes; a final frame
 * longer than the frame length is rejected as soon as its length field is read, before its content arrives.
 */
export function readFrame(
  bytes: Uint8Array,
  frameLength: number,
  expected: number,
  base: number,
  fields: Field[] = [],
): FrameRecord {
  if (bytes.length < 4) {
    throw new EnvelopeError('truncated', `message ends before frame ${expected}`, {
      step: 'body',
      frame: expected,
      offset: base,
      needed: base + 4,
    });
  }
  const reader = new FieldReader(bytes, 'body', { fields, frame: expected, base });
  const final = readUint32BE(bytes, 0) === SEQUENCE_NUMBER_END;
  return reader.group(
    final ? 'finalFrame' : 'frame',
    () => {
      if (final) reader.u32('sequenceNumberEnd');
      const sequenceNumber = reader.u32('sequenceNumber');
      if (sequenceNumber !== expected) {
        throw new EnvelopeError(
          'frame-out-of-order',
          `frame ${expected} carries sequence number ${sequenceNumber}`,
          { step: 'body', frame: expected, field: 'sequenceNumber', offset: base },
        );
      }
      const iv = reader.take('iv', ALGORITHM_SUITE.ivLength);
      const contentLength = final ? reader.u32('encryptedContentLength') : frameLength;
      if (contentLength > frameLength) {
        reader.fail(
          'malformed',
          'encryptedContentLength',
          `final frame content ${contentLength} > frame length`,
        );
      }
      const start = reader.offset;
      reader.take('encryptedContent', contentLength);
      reader.take('authenticationTag', ALGORITHM_SUITE.tagLength);
      const sealed = bytes.subarray(start, reader.offset);
      return { sequenceNumber, final, iv, sealed, contentLength, offset: base, length: reader.offset };
    },
    (frame) => frame.sequenceNumber,
  );
}

/**
 * Decrypts one frame. The IV is the one stored in the frame: the official SDKs decrypt with it, and the v2
 * test vectors include frames whose IV is not the zero-padded sequence number (spec ambiguity: decrypt.md
 * says the IV "is the sequence number … padded", but every implementation reads it from the frame). A
 * tampered IV therefore surfaces as a tag failure of that frame.
 */
export async function openFrame(
  provider: CryptoProvider,
  key: Uint8Array,
  messageId: Uint8Array,
  frame: FrameRecord,
): Promise<Uint8Array<ArrayBuffer>> {
  const aad = bodyAad(messageId, frame.final, frame.sequenceNumber, frame.contentLength);
  try {
    return await provider.aesGcmDecrypt(key, frame.iv, frame.sealed, aad);
  } catch (error) {
    if (!(error instanceof AuthenticationFailed)) throw error;
    throw new EnvelopeError('frame-auth-failed', `frame ${frame.sequenceNumber} did not authenticate`, {
      step: 'body',
      frame: frame.sequenceNumber,
      offset: frame.offset,
      cause: error,
    });
  }
}

/**
 * Frames being encrypted or decrypted concurrently, released strictly in sequence order. The streaming
 * encoder and decoder add each frame as soon as its input is complete; each result goes to `release` as soon
 * as it and every earlier one are done (never after a failed one). The caller waits only while
 * FRAMES_IN_FLIGHT frames or BYTES_IN_FLIGHT bytes are pending, so the next input is read while earlier
 * frames are still in the crypto provider, and memory stays bounded.
 */
export class FramesInFlight<T> {
  readonly #release: (result: T) => void;
  /** One promise per pending frame: resolves once that frame is released, rejects if it or an earlier one failed. */
  readonly #pending: { readonly released: Promise<void>; readonly bytes: number }[] = [];
  #bytes = 0;
  #last: Promise<void> = Promise.resolve();
  #fail: (error: unknown) => void = () => undefined;
  /**
   * Rejects with the first failure, in sequence order, and never resolves: a stream waiting for more input
   * watches it to error out at once rather than at its next chunk.
   */
  readonly failure: Promise<never>;

  constructor(release: (result: T) => void) {
    this.#release = release;
    this.failure = new Promise<never>((_, reject) => {
      this.#fail = reject;
    });
    this.failure.catch(() => undefined); // watching it is optional
  }

  /** Bytes of content in flight: started but not yet released. */
  get bytes(): number {
    return this.#bytes;
  }

  add(result: Promise<T>, bytes: number): void {
    result.catch(() => undefined); // awaited below only if every earlier frame succeeded
    const released = this.#last.then(async () => {
      const value = await result;
      this.#pending.shift();
      this.#bytes -= bytes;
      this.#release(value);
    });
    // Failures surface through wait() and `failure`; frames after a failed one are abandoned, never released.
    released.catch(this.#fail);
    this.#pending.push({ released, bytes });
    this.#bytes += bytes;
    this.#last = released;
  }

  /**
   * Resolves once no more than the limits are in flight (with `all`: once everything is released); rejects
   * with the first failed frame's error, in sequence order.
   */
  async wait(all = false): Promise<void> {
    for (let head = this.#pending[0]; head; head = this.#pending[0]) {
      const over = this.#pending.length > FRAMES_IN_FLIGHT || this.#bytes > BYTES_IN_FLIGHT;
      if (!all && !over) return;
      await head.released;
    }
  }
}

import { type CryptoProvider, equalBytes, zeroize } from '../crypto';
import { ByteQueue } from './byteQueue';
import { DataKeyHandle } from './dataKey';
import type { EncryptionContext } from './encryptionContext';
import { EnvelopeError, isEnvelopeError } from './errors';
import { type FrameRecord, FramesInFlight, openFrame, readFrame } from './frame';
import { type EncryptedDataKey, type MessageHeader, parseHeader } from './header';
import { cipherProvider, deriveMessageKeys, verifyHeaderAuthTag } from './messageKeys';
import { isSigned, MessageSignature, readFooter, verificationKey } from './signature';
import {
  DEFAULT_TRACE_FRAMES,
  type DecryptTrace,
  envelopeTrace,
  FrameTraceLog,
  type HeaderTrace,
  headerTrace,
} from './trace';

/** What decryption hands to KMS: the message's EDKs and the encryption context from its header. */
export interface DataKeyRequest {
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly encryptionContext: EncryptionContext;
}

/**
 * Calls KMS Decrypt for one of the EDKs (with the message's encryption context, as the AWS KMS keyring does)
 * and resolves to the 32-byte plaintext data key. The returned buffer is taken over: it is zero-filled as soon
 * as the message keys are derived from it.
 */
export type DecryptDataKey = (request: DataKeyRequest) => Promise<Uint8Array>;

export interface DecryptOptions {
  readonly provider: CryptoProvider;
  readonly decryptDataKey: DecryptDataKey;
  /**
   * Pairs the message's encryption context must contain (the ESDK's "reproduced encryption context" check of
   * the default CMM). A missing key or a different value fails with `encryption-context-mismatch`. This lab
   * does not implement the required-encryption-context CMM (pairs authenticated but not stored).
   */
  readonly expectedEncryptionContext?: EncryptionContext;
  /**
   * Largest frame length accepted from a header, bounding the memory a (possibly hostile) message can make
   * the streaming decoder buffer. Default 64 MiB; the format allows up to 2^32 - 1.
   */
  readonly maxFrameLength?: number;
  readonly traceFrames?: number;
  readonly revealSecrets?: boolean;
}

export const DEFAULT_MAX_FRAME_LENGTH = 64 * 1024 * 1024;

type Phase = 'header' | 'body' | 'footer' | 'done';

/**
 * Incremental ESDK message decryption (any of the eleven suites, formats 1.0 and 2.0) in the order
 * client-apis/decrypt.md prescribes: parse the header → get the data key (KMS Decrypt via `decryptDataKey`) →
 * derive keys and check the commit key (2.0) → verify the header tag → decrypt frames in sequence → verify
 * the footer's signature (signing suites). Plaintext is released only after its frame's tag verifies, as
 * decrypt.md says streamed plaintext SHOULD be; for signing suites the stream's success at its end is what
 * says the released plaintext is verified (decrypt.md "Security Considerations"). `decryptMessage` releases
 * nothing before every step succeeded.
 *
 * Input may arrive in any chunking; the reader waits for exactly the bytes the next structure needs. The
 * in-memory `decryptMessage` and the streaming `createDecryptStream` both drive this class.
 */
export class MessageDecryptor {
  readonly #options: DecryptOptions;
  readonly #queue = new ByteQueue();
  readonly #inFlight = new FramesInFlight<{ frame: FrameRecord; plaintext: Uint8Array }>((opened) =>
    this.#release(opened.frame, opened.plaintext),
  );
  /** Plaintext released since the last `push` returned (unless `releaseTo` gave a sink). */
  readonly #outbox: Uint8Array[] = [];
  #sink: ((plaintext: Uint8Array) => void) | undefined;
  readonly #log: FrameTraceLog;
  #phase: Phase = 'header';
  /** Absolute message offset of the first queued byte. */
  #consumed = 0;
  /** Bytes (from `#consumed`) the next parse attempt needs. */
  #needed = 1;
  #sequenceNumber = 1;
  #header: MessageHeader | undefined;
  #encryptionKey: Uint8Array | undefined;
  #headerTrace: HeaderTrace | undefined;
  /** Signing suites: the running hash of the message bytes read so far, and the key from the context. */
  #signature: MessageSignature | undefined;
  #verificationKey: Uint8Array | undefined;
  #footer: DecryptTrace['footer'];

  constructor(options: DecryptOptions) {
    this.#options = options;
    this.#log = new FrameTraceLog(options.traceFrames ?? DEFAULT_TRACE_FRAMES);
  }

  /** The header, once it has been verified (decrypt.md: nothing from it is released before that). */
  get header(): MessageHeader | undefined {
    return this.#headerTrace ? this.#header : undefined;
  }

  get messageBytes(): number {
    return this.#consumed;
  }

  get plaintextLength(): number {
    return this.#log.plaintextLength;
  }

  get frames(): number {
    return this.#log.frameCount;
  }

  /** Takes more message bytes; resolves to the plaintext of every frame that authenticated. */
  async push(chunk: Uint8Array): Promise<Uint8Array[]> {
    this.#queue.push(chunk);
    if (this.#phase === 'header') {
      const header = this.#tryParseHeader();
      if (!header) return [];
      await this.#openHeader(header);
    }
    if (this.#phase === 'done') {
      this.#rejectTrailingBytes();
      return [];
    }
    return this.#decryptAvailable();
  }

  /** The message is complete: fails with `truncated` if it is not. */
  async end(): Promise<void> {
    if (this.#phase === 'done') return;
    try {
      // A frame still in flight that fails to authenticate is the first error, as it would have been had
      // more input followed.
      await this.#inFlight.wait(true);
    } finally {
      this.dispose();
    }
    const inBody = this.#phase === 'body';
    const inFooter = this.#phase === 'footer';
    throw new EnvelopeError(
      'truncated',
      inFooter
        ? 'message ends before its footer (the signature)'
        : inBody
          ? `message ends before its final frame (frame ${this.#sequenceNumber})`
          : 'message ends inside its header',
      {
        step: inFooter ? 'footer' : inBody ? 'body' : 'header',
        frame: inBody ? this.#sequenceNumber : undefined,
        offset: this.#consumed + this.#queue.length,
        needed: this.#consumed + this.#needed,
      },
    );
  }

  /**
   * From now on each frame's plaintext goes to `sink` the moment the frame authenticates (in order),
   * instead of being returned by `push`; plaintext released before is passed on at once.
   */
  releaseTo(sink: (plaintext: Uint8Array) => void): void {
    this.#sink = sink;
    for (const part of this.#outbox.splice(0)) sink(part);
  }

  /** Rejects with the first frame that fails (see FramesInFlight.failure); never resolves. */
  get failure(): Promise<never> {
    return this.#inFlight.failure;
  }

  trace(): DecryptTrace {
    if (!this.#headerTrace || !this.#header) {
      throw new EnvelopeError('invalid-input', 'no verified header yet', { step: 'header' });
    }
    return {
      ...envelopeTrace(this.#headerTrace, this.#log, this.#consumed, this.#footer),
      dataKey: {
        providerIds: this.#header.encryptedDataKeys.map((edk) => edk.providerId),
        discardedAfterDerivation: true,
      },
      commitmentVerified: this.#header.suite.commitKeyLength > 0,
      headerVerified: true,
      signatureVerified: this.#footer !== undefined && this.#phase === 'done',
    };
  }

  /** Zero-fills the derived message key (end, error or cancellation). */
  dispose(): void {
    zeroize(this.#encryptionKey);
  }

  #tryParseHeader(): MessageHeader | undefined {
    if (this.#queue.length < this.#needed) return undefined;
    let header: MessageHeader;
    try {
      header = parseHeader(this.#queue.peek(this.#queue.length));
    } catch (error) {
      if (!isEnvelopeError(error, 'truncated') || error.needed === undefined) throw error;
      this.#needed = error.needed;
      return undefined;
    }
    const maxFrameLength = this.#options.maxFrameLength ?? DEFAULT_MAX_FRAME_LENGTH;
    if (header.frameLength > maxFrameLength) {
      throw new EnvelopeError(
        'frame-length-exceeds-limit',
        `frame length ${header.frameLength} exceeds this decryptor's limit of ${maxFrameLength} bytes`,
        { step: 'header', field: 'frameLength' },
      );
    }
    this.#header = header;
    if (isSigned(header.suite)) {
      // Before any data key is asked for: the default CMM needs the verification key from the context.
      this.#verificationKey = verificationKey(header.suite, header.encryptionContext);
      this.#signature = new MessageSignature(header.suite);
      this.#signature.update(this.#queue.peek(header.headerLength));
    }
    this.#queue.skip(header.headerLength);
    this.#consumed = header.headerLength;
    this.#needed = 4;
    return header;
  }

  async #openHeader(header: MessageHeader): Promise<void> {
    const { decryptDataKey, expectedEncryptionContext, revealSecrets } = this.#options;
    const { suite } = header;
    const provider = cipherProvider(this.#options.provider, suite);
    for (const [key, value] of Object.entries(expectedEncryptionContext ?? {})) {
      if (!Object.hasOwn(header.encryptionContext, key) || header.encryptionContext[key] !== value) {
        throw new EnvelopeError(
          'encryption-context-mismatch',
          `the message's encryption context does not contain ${key}=${value}`,
          { step: 'header', field: 'aad' },
        );
      }
    }
    let dataKey: DataKeyHandle;
    try {
      dataKey = new DataKeyHandle(
        await decryptDataKey({
          encryptedDataKeys: header.encryptedDataKeys,
          encryptionContext: header.encryptionContext,
        }),
      );
    } catch (error) {
      throw new EnvelopeError('data-key-unavailable', `could not decrypt the data key: ${String(error)}`, {
        step: 'data-key',
        cause: error,
      });
    }
    let keys: Awaited<ReturnType<typeof deriveMessageKeys>>;
    try {
      keys = await deriveMessageKeys(
        this.#options.provider,
        dataKey.bytes,
        header.messageId,
        revealSecrets,
        suite,
      );
    } finally {
      // The data key's only use is HKDF: from here on only the derived key exists.
      dataKey.discard();
    }
    this.#encryptionKey = keys.encryptionKey;
    // key-derivation.md: compare the derived commit key with the header's in constant time (format 2.0).
    if (suite.commitKeyLength > 0 && !equalBytes(keys.commitmentKey, header.commitmentKey)) {
      this.dispose();
      throw new EnvelopeError(
        'commitment-mismatch',
        'the commitment key derived from this data key differs from the one in the header',
        { step: 'commitment', field: 'algorithmSuiteData' },
      );
    }
    try {
      await verifyHeaderAuthTag(
        provider,
        keys.encryptionKey,
        header.headerBody,
        header.headerAuthTag,
        header.headerIv,
      );
    } catch (error) {
      this.dispose();
      throw error;
    }
    this.#headerTrace = headerTrace({
      ...header,
      keyDerivation: keys.trace,
      headerBodyLength: header.headerBody.length,
    });
    this.#phase = 'body';
  }

  /** Cuts the next complete frame out of the queue, advancing past it; undefined until it is all there. */
  #readFrame(): FrameRecord | undefined {
    const header = this.#header as MessageHeader;
    while (this.#phase === 'body' && this.#queue.length >= this.#needed) {
      let frame: FrameRecord;
      try {
        frame = readFrame(
          this.#queue.peek(this.#needed),
          header.frameLength,
          this.#sequenceNumber,
          this.#consumed,
        );
      } catch (error) {
        if (!isEnvelopeError(error, 'truncated') || error.needed === undefined) throw error;
        this.#needed = error.needed - this.#consumed;
        continue;
      }
      // decrypt.md: the serialized frame goes into the signature as soon as it is deserialized.
      this.#signature?.update(this.#queue.peek(frame.length));
      this.#queue.skip(frame.length);
      this.#consumed += frame.length;
      this.#needed = frame.final && this.#signature ? 2 : 4;
      this.#sequenceNumber++;
      if (frame.final) this.#phase = this.#signature ? 'footer' : 'done';
      return frame;
    }
    return undefined;
  }

  /**
   * Starts decrypting every complete frame in the queue (frames are independent: several in flight at once)
   * and releases, in order, the plaintext of those that authenticated so far; the first failure in sequence
   * order stops everything. After the final frame, waits for all of them.
   */
  async #decryptAvailable(): Promise<Uint8Array[]> {
    const header = this.#header as MessageHeader;
    const key = this.#encryptionKey as Uint8Array;
    const provider = cipherProvider(this.#options.provider, header.suite);
    try {
      for (let frame = this.#readFrame(); frame; frame = this.#readFrame()) {
        const record = frame;
        this.#inFlight.add(
          openFrame(provider, key, header.messageId, record).then((plaintext) => ({
            frame: record,
            plaintext,
          })),
          record.contentLength,
        );
        await this.#inFlight.wait();
      }
      if (this.#phase === 'footer') {
        // Every frame first: a tampered frame fails as that frame, which is where the flow stops.
        await this.#inFlight.wait(true);
        this.#readFooter();
      }
      if (this.#phase === 'done') {
        await this.#inFlight.wait(true);
        // Reported only after the final frame authenticated, so a tampered length field of the final frame
        // fails as that frame (its tag no longer verifies) rather than as stray bytes.
        this.#rejectTrailingBytes();
        this.dispose();
      }
      return this.#outbox.splice(0);
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  /** Reads and verifies the footer once all of it is queued (decrypt.md "Verify the signature"). */
  #readFooter(): void {
    if (this.#queue.length < this.#needed) return;
    let footer: ReturnType<typeof readFooter>;
    try {
      footer = readFooter(this.#queue.peek(this.#queue.length), this.#consumed);
    } catch (error) {
      if (!isEnvelopeError(error, 'truncated') || error.needed === undefined) throw error;
      this.#needed = error.needed - this.#consumed;
      return;
    }
    const signature = new Uint8Array(footer.signature);
    (this.#signature as MessageSignature).verify(
      signature,
      this.#verificationKey as Uint8Array,
      this.#consumed,
    );
    this.#queue.skip(footer.length);
    this.#consumed += footer.length;
    this.#footer = {
      signature,
      publicKey: (this.#header as MessageHeader).encryptionContext['aws-crypto-public-key'] as string,
      length: footer.length,
    };
    this.#phase = 'done';
  }

  #release(frame: FrameRecord, plaintext: Uint8Array): void {
    this.#log.add({
      sequenceNumber: frame.sequenceNumber,
      final: frame.final,
      offset: frame.offset,
      length: frame.length,
      contentLength: frame.contentLength,
      iv: frame.iv,
      authTag: frame.sealed.subarray(frame.contentLength),
    });
    if (this.#sink) this.#sink(plaintext);
    else this.#outbox.push(plaintext);
  }

  #rejectTrailingBytes(): void {
    if (this.#queue.length === 0) return;
    this.dispose();
    const finalFrame = this.#sequenceNumber - 1;
    throw new EnvelopeError(
      'trailing-bytes',
      `${this.#queue.length} bytes follow the final frame (${finalFrame})`,
      {
        step: 'body',
        frame: finalFrame,
        offset: this.#consumed,
      },
    );
  }
}

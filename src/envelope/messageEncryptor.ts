import { type CryptoProvider, concatBytes } from '../crypto';
import {
  type AlgorithmSuite,
  DEFAULT_FRAME_LENGTH,
  MAX_FRAME_LENGTH,
  PUBLIC_KEY_CONTEXT_KEY,
  type WritableSuiteId,
  writableSuite,
} from './algorithmSuite';
import { ByteQueue } from './byteQueue';
import type { DataKeyHandle } from './dataKey';
import { assertEncryptableContext, type EncryptionContext } from './encryptionContext';
import { EnvelopeError } from './errors';
import { FramesInFlight, MAX_SEQUENCE_NUMBER, type SealedFrame, sealFrame } from './frame';
import { type EncryptedDataKey, serializeHeaderBody } from './header';
import { deriveMessageKeys, headerAuthTag } from './messageKeys';
import { isSigned, MessageSignature, publicKeyContext } from './signature';
import {
  DEFAULT_TRACE_FRAMES,
  type EnvelopeTrace,
  envelopeTrace,
  FrameTraceLog,
  type HeaderTrace,
  headerTrace,
} from './trace';

export interface EncryptOptions {
  readonly provider: CryptoProvider;
  /**
   * 0x0478 (default) or 0x0578. For 0x0578 the encryptor adds `aws-crypto-public-key` (from `signingKey`) to
   * the header's encryption context, as the ESDK's default CMM does: the GenerateDataKey call that made the
   * data key must have had that pair in its context too (`publicKeyContext`), or KMS Decrypt will refuse.
   */
  readonly algorithmSuiteId?: WritableSuiteId;
  /** The ECDSA P-384 private key of a 0x0578 message (`signingKeyFromSeed` over the scenario's DRBG). */
  readonly signingKey?: Uint8Array;
  /** The plaintext data key from GenerateDataKey. Not discarded here: discarding is the caller's step. */
  readonly dataKey: DataKeyHandle;
  /** Usually one `awsKmsEncryptedDataKey(keyArn, CiphertextBlob)`. */
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly encryptionContext?: EncryptionContext;
  /** 32 bytes from the caller's seeded DRBG (the spec asks for a good random source; the lab's is the DRBG). */
  readonly messageId: Uint8Array;
  /** Plaintext bytes per frame, 1..2^32-1; default 4096 (the ESDK default). */
  readonly frameLength?: number;
  /** How many frames keep their IV/tag in the trace (plus the final frame). Default 16. */
  readonly traceFrames?: number;
  /** Put copies of the data key and derived key into the trace for the studio's text demo. Default false. */
  readonly revealSecrets?: boolean;
}

/**
 * Incremental ESDK v2 message encryption (client-apis/encrypt.md): header first, then regular frames as soon
 * as more than one frame of plaintext is buffered, then the final frame at `end()`. Holding back a full frame
 * until more input arrives makes a plaintext whose length is a multiple of the frame length end with a full
 * final frame, which message-body.md says it SHOULD (rather than an empty one).
 *
 * Frames are sealed concurrently (FramesInFlight) and released in sequence order: `push` starts every
 * frame its chunk completes and returns the frames sealed so far, waiting only when too many are in flight,
 * so the caller reads the next chunk while the crypto provider works on the previous ones; a stream takes
 * frames the moment they are sealed with `releaseTo`.
 *
 * The in-memory `encryptMessage` and the streaming `createEncryptStream` both drive this one class, so their
 * output is the same bytes by construction.
 */
export class MessageEncryptor {
  readonly header: Uint8Array;
  readonly #options: EncryptOptions;
  readonly #encryptionKey: Uint8Array;
  readonly #release: () => void;
  readonly #frameLength: number;
  readonly #queue = new ByteQueue();
  readonly #inFlight = new FramesInFlight<SealedFrame>((frame) => this.#emit(frame));
  /** Frame bytes released since the last `push`/`end` returned (unless `releaseTo` gave a sink). */
  readonly #outbox: Uint8Array[] = [];
  #sink: ((part: Uint8Array) => void) | undefined;
  readonly #log: FrameTraceLog;
  readonly #headerTrace: HeaderTrace;
  /** Signing suites: the running hash of every byte released so far. */
  readonly #signature: MessageSignature | undefined;
  #footer: EnvelopeTrace['footer'];
  #sequenceNumber = 1;
  #messageLength: number;
  #ended = false;

  private constructor(
    options: EncryptOptions,
    encryptionKey: Uint8Array,
    release: () => void,
    header: Uint8Array,
    headerTrace: HeaderTrace,
    suite: AlgorithmSuite,
  ) {
    this.#options = options;
    this.#encryptionKey = encryptionKey;
    this.#release = release;
    this.#frameLength = headerTrace.frameLength;
    this.#log = new FrameTraceLog(options.traceFrames ?? DEFAULT_TRACE_FRAMES);
    this.header = header;
    this.#messageLength = header.length;
    this.#headerTrace = headerTrace;
    if (isSigned(suite)) {
      this.#signature = new MessageSignature(suite);
      this.#signature.update(header);
    }
  }

  /** Validates the inputs, derives the message keys and builds the authenticated header. */
  static async create(options: EncryptOptions): Promise<MessageEncryptor> {
    const frameLength = options.frameLength ?? DEFAULT_FRAME_LENGTH;
    if (!Number.isInteger(frameLength) || frameLength < 1 || frameLength > MAX_FRAME_LENGTH) {
      throw new EnvelopeError('invalid-input', `frame length must be an integer in 1..${MAX_FRAME_LENGTH}`, {
        step: 'input',
        field: 'frameLength',
      });
    }
    const suite = writableSuite(options.algorithmSuiteId);
    if (options.algorithmSuiteId !== undefined && options.algorithmSuiteId !== suite.id) {
      throw new EnvelopeError('unknown-suite', 'this lab writes suites 0x0478 and 0x0578', {
        step: 'input',
        field: 'algorithmSuiteId',
      });
    }
    if (options.messageId.length !== suite.messageIdLength) {
      throw new EnvelopeError('invalid-input', `message ID must be ${suite.messageIdLength} bytes`, {
        step: 'input',
        field: 'messageId',
      });
    }
    assertEncryptableContext(options.encryptionContext ?? {});
    let encryptionContext = options.encryptionContext ?? {};
    if (isSigned(suite)) {
      if (!options.signingKey) {
        throw new EnvelopeError('invalid-input', `${suite.name} needs a signing key`, {
          step: 'input',
          field: 'signingKey',
        });
      }
      encryptionContext = { ...encryptionContext, ...publicKeyContext(suite, options.signingKey) };
    }
    const { provider, dataKey, messageId, encryptedDataKeys } = options;
    // `bytes` throws `discarded-data-key` for a discarded key, before any work.
    const keys = await deriveMessageKeys(provider, dataKey.bytes, messageId, options.revealSecrets, suite);
    // Registered with the handle: discarding the data key mid-stream zero-fills this key too.
    const release = dataKey.adoptDerivedKey(keys.encryptionKey);
    try {
      const headerBody = serializeHeaderBody({
        suite,
        messageId,
        encryptionContext,
        encryptedDataKeys,
        frameLength,
        commitmentKey: keys.commitmentKey,
      });
      const tag = await headerAuthTag(provider, keys.encryptionKey, headerBody);
      const trace = headerTrace({
        suite,
        messageId,
        encryptionContext,
        encryptedDataKeys,
        frameLength,
        keyDerivation: keys.trace,
        headerBodyLength: headerBody.length,
        headerAuthTag: tag,
      });
      const header = concatBytes(headerBody, tag);
      return new MessageEncryptor(options, keys.encryptionKey, release, header, trace, suite);
    } catch (error) {
      release();
      throw error;
    }
  }

  get messageLength(): number {
    return this.#messageLength;
  }

  /** Plaintext bytes taken so far (sealed, being sealed, or buffered). */
  get plaintextLength(): number {
    return this.#log.plaintextLength + this.#inFlight.bytes + this.#queue.length;
  }

  get frames(): number {
    return this.#log.frameCount;
  }

  /**
   * Buffers `chunk`, starts sealing every regular frame that is now certain not to be the last, and returns
   * the bytes of the frames sealed so far, in order (later ones come from the next `push` or `end`).
   */
  async push(chunk: Uint8Array): Promise<Uint8Array[]> {
    this.#queue.push(chunk);
    while (this.#queue.length > this.#frameLength) {
      this.#seal(this.#queue.read(this.#frameLength), false);
      await this.#inFlight.wait();
    }
    return this.#outbox.splice(0);
  }

  /**
   * Seals what is left as the final frame, then (signing suites) signs the message into the footer; returns
   * the bytes not yet returned and zero-fills the message key.
   */
  async end(): Promise<Uint8Array[]> {
    if (this.#ended) throw new EnvelopeError('invalid-input', 'encryption already ended', { step: 'body' });
    this.#ended = true;
    try {
      this.#seal(this.#queue.read(this.#queue.length), true);
      await this.#inFlight.wait(true);
      if (this.#signature) {
        const { footer, signature } = this.#signature.sign(this.#options.signingKey as Uint8Array);
        this.#footer = {
          signature,
          publicKey: this.#headerTrace.encryptionContext[PUBLIC_KEY_CONTEXT_KEY] as string,
          length: footer.length,
        };
        this.#messageLength += footer.length;
        this.#output(footer);
      }
      return this.#outbox.splice(0);
    } finally {
      this.dispose();
    }
  }

  /**
   * From now on each frame's bytes go to `sink` the moment the frame is sealed (in order), instead of being
   * returned by `push`/`end`; frames sealed before are passed on at once.
   */
  releaseTo(sink: (part: Uint8Array) => void): void {
    this.#sink = sink;
    for (const part of this.#outbox.splice(0)) sink(part);
  }

  /** Rejects with the first frame that fails (see FramesInFlight.failure); never resolves. */
  get failure(): Promise<never> {
    return this.#inFlight.failure;
  }

  trace(): EnvelopeTrace {
    return envelopeTrace(this.#headerTrace, this.#log, this.#messageLength, this.#footer);
  }

  /** Zero-fills the derived message key (end, error or cancellation). */
  dispose(): void {
    this.#release();
  }

  /** Starts sealing the next frame; its result is taken from #inFlight in sequence order. */
  #seal(plaintext: Uint8Array, final: boolean): void {
    const { provider, dataKey, messageId } = this.#options;
    // A discarded data key also zeroed the message key: refuse rather than encrypt under a key of zeros.
    dataKey.assertUsable();
    const sequenceNumber = this.#sequenceNumber;
    // The last regular frame may carry MAX_SEQUENCE_NUMBER - 1 at most: the final frame needs a number too.
    if (sequenceNumber > MAX_SEQUENCE_NUMBER - (final ? 0 : 1)) {
      throw new EnvelopeError('invalid-input', 'a message holds at most 2^32 - 1 frames', { step: 'body' });
    }
    this.#sequenceNumber++;
    const length = plaintext.length; // before sealFrame, which may move the buffer (cryptoPool.ts)
    this.#inFlight.add(
      sealFrame(provider, this.#encryptionKey, messageId, sequenceNumber, final, plaintext),
      length,
    );
  }

  #emit(frame: SealedFrame): void {
    const length = frame.prefix.length + frame.sealed.length;
    this.#log.add({
      sequenceNumber: frame.sequenceNumber,
      final: frame.final,
      offset: this.#messageLength,
      length,
      contentLength: frame.contentLength,
      iv: frame.iv,
      authTag: frame.sealed.subarray(frame.contentLength),
    });
    this.#messageLength += length;
    this.#signature?.update(frame.prefix);
    this.#signature?.update(frame.sealed);
    this.#output(frame.prefix);
    this.#output(frame.sealed);
  }

  #output(part: Uint8Array): void {
    if (this.#sink) this.#sink(part);
    else this.#outbox.push(part);
  }
}

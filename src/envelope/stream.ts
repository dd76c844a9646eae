import { abortedError } from './errors';
import { type DecryptOptions, MessageDecryptor } from './messageDecryptor';
import { type EncryptOptions, MessageEncryptor } from './messageEncryptor';
import type { DecryptTrace, EnvelopeTrace, Progress } from './trace';

export interface StreamOptions {
  /** Called after each input chunk is processed. */
  readonly onProgress?: (progress: Progress) => void;
  /**
   * Cancels the operation: the stream errors with `EnvelopeError('aborted')` and the message key is zero-filled.
   * Prefer it to cancelling the readable side: TransformStream gives the transformer no cancel hook in the
   * typed Streams API here, so a bare `readable.cancel()` leaves the zero-fill to `DataKeyHandle.discard()`.
   */
  readonly signal?: AbortSignal;
}

/** A transform stream plus the trace, which resolves when the stream has flushed (or rejects with its error). */
export interface EnvelopeStream<T> extends ReadableWritablePair<Uint8Array, Uint8Array> {
  readonly trace: Promise<T>;
}

/** The operations a stream drives, the same for encryption and decryption. */
interface Processor<T> {
  readonly start: Uint8Array[];
  /** Output goes to `sink` in order, as soon as each frame is done. */
  releaseTo(sink: (part: Uint8Array) => void): void;
  /** Resolves when the input is accepted (frames started; waits while too many are in flight). */
  push(chunk: Uint8Array): Promise<unknown>;
  end(): Promise<unknown>;
  /** Rejects with the first frame that fails, even while the stream waits for input. */
  readonly failure: Promise<never>;
  progress(): Progress;
  trace(): T;
  dispose(): void;
}

/**
 * Input chunks are handed to the processor in slices of at most this many bytes, so a source that delivers
 * huge chunks (Node's Blob.stream() can yield a whole 64 MiB buffer at once) still gets progress reports
 * and prompt cancellation between slices.
 */
const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * Wraps a processor in a TransformStream. Memory is bounded: a chunk is accepted once the processor has
 * started its frames and fewer than FRAMES_IN_FLIGHT / BYTES_IN_FLIGHT (frame.ts) are still being encrypted
 * or decrypted, so backpressure reaches the source, and the processors hold at most those frames plus one
 * frame and one chunk.
 */
function envelopeStream<T>(create: () => Promise<Processor<T>>, options: StreamOptions): EnvelopeStream<T> {
  const { onProgress, signal } = options;
  let processor: Processor<T> | undefined;
  let settle: { resolve: (t: T) => void; reject: (e: unknown) => void } | undefined;
  const trace = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  trace.catch(() => undefined); // the stream reports the error; an unobserved trace must not be "unhandled"
  let failed = false;
  const fail = (error: unknown) => {
    failed = true;
    processor?.dispose();
    settle?.reject(error);
    signal?.removeEventListener('abort', onAbort);
    return error;
  };
  let controller: TransformStreamDefaultController<Uint8Array> | undefined;
  const onAbort = () => controller?.error(fail(abortedError(signal as AbortSignal)));
  const checkSignal = () => {
    if (signal?.aborted) throw fail(abortedError(signal));
  };
  // Frames still in flight when the stream failed finish later: their output is dropped.
  const enqueue = (part: Uint8Array) => {
    if (!failed) controller?.enqueue(part);
  };
  const report = () => onProgress?.((processor as Processor<T>).progress());
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>({
    async start(c) {
      controller = c;
      checkSignal();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        processor = await create();
      } catch (error) {
        throw fail(error);
      }
      for (const part of processor.start) enqueue(part);
      processor.releaseTo(enqueue);
      // A frame that fails while the stream waits for more input errors the stream now, not at the next chunk.
      processor.failure.catch((error: unknown) => {
        if (!failed) controller?.error(fail(error));
      });
      report();
    },
    async transform(chunk) {
      const p = processor as Processor<T>;
      for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
        checkSignal();
        try {
          await p.push(chunk.subarray(at, at + SLICE_BYTES));
        } catch (error) {
          throw fail(error);
        }
        report();
      }
    },
    async flush() {
      checkSignal();
      try {
        const p = processor as Processor<T>;
        await p.end();
        report();
        signal?.removeEventListener('abort', onAbort);
        settle?.resolve(p.trace());
      } catch (error) {
        throw fail(error);
      }
    },
  });
  return { readable, writable, trace };
}

/**
 * Streaming encryption for data of any size (files): plaintext chunks in, ESDK v2 message bytes out, the
 * same bytes `encryptMessage` produces for the same inputs.
 */
export function createEncryptStream(options: EncryptOptions & StreamOptions): EnvelopeStream<EnvelopeTrace> {
  return envelopeStream(async () => {
    const encryptor = await MessageEncryptor.create(options);
    return {
      start: [encryptor.header],
      releaseTo: (sink) => encryptor.releaseTo(sink),
      push: (chunk) => encryptor.push(chunk),
      end: () => encryptor.end(),
      failure: encryptor.failure,
      progress: () => ({
        plaintextBytes: encryptor.plaintextLength,
        messageBytes: encryptor.messageLength,
        frames: encryptor.frames,
      }),
      trace: () => encryptor.trace(),
      dispose: () => encryptor.dispose(),
    };
  }, options);
}

/**
 * Streaming decryption: message bytes in, plaintext out, each frame released only after its tag verified.
 * A failure errors the stream with the same typed `EnvelopeError` as `decryptMessage`.
 */
export function createDecryptStream(options: DecryptOptions & StreamOptions): EnvelopeStream<DecryptTrace> {
  return envelopeStream(async () => {
    const decryptor = new MessageDecryptor(options);
    return {
      start: [],
      releaseTo: (sink) => decryptor.releaseTo(sink),
      push: (chunk) => decryptor.push(chunk),
      end: () => decryptor.end(),
      failure: decryptor.failure,
      progress: () => ({
        plaintextBytes: decryptor.plaintextLength,
        messageBytes: decryptor.messageBytes,
        frames: decryptor.frames,
      }),
      trace: () => decryptor.trace(),
      dispose: () => decryptor.dispose(),
    };
  }, options);
}

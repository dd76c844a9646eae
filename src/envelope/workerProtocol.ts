import { type CryptoProviderName, type CryptoProviderReason, selectCryptoProvider, zeroize } from '../crypto';
import { DEFAULT_FRAME_LENGTH, type WritableSuiteId } from './algorithmSuite';
import type { CryptoPool } from './cryptoPool';
import { DataKeyHandle } from './dataKey';
import type { EncryptionContext } from './encryptionContext';
import { EnvelopeError, type EnvelopeErrorCode, type EnvelopeStep, isEnvelopeError } from './errors';
import type { EncryptedDataKey } from './header';
import { inspectMessage, type MessageInspection } from './inspect';
import type { DataKeyRequest } from './messageDecryptor';
import { blobOutputs, type OutputSink, type OutputStore, outputFileName } from './outputStore';
import { createDecryptStream, createEncryptStream, type EnvelopeStream } from './stream';
import type { DecryptTrace, EnvelopeTrace, Progress } from './trace';

/**
 * The messages between the main thread and the envelope worker, and the worker's side of them. Kept apart
 * from `worker.ts` (which only binds `self`) so the protocol runs, and is tested, over any MessagePort.
 *
 * Buffers are transferred, never copied: the plaintext data key moves into the worker (and is zero-filled
 * there when the job ends); files travel as Blobs (a reference, not the bytes).
 */

/** What both a Worker and a MessagePort offer. */
export interface MessagePortLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** MessagePort needs it to start delivering to `addEventListener` listeners; a Worker does not have it. */
  start?(): void;
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: EnvelopeErrorCode;
  readonly step?: EnvelopeStep;
  readonly field?: string;
  readonly frame?: number;
  readonly offset?: number;
  readonly needed?: number;
  readonly cause?: { readonly name: string; readonly message: string };
}

export type WorkerRequest =
  | {
      readonly type: 'encrypt';
      readonly id: number;
      readonly provider: CryptoProviderName;
      readonly input: Blob;
      /** The plaintext data key, transferred. */
      readonly dataKey: ArrayBuffer;
      readonly encryptedDataKeys: readonly EncryptedDataKey[];
      readonly encryptionContext: EncryptionContext;
      readonly messageId: Uint8Array;
      readonly frameLength?: number;
      readonly traceFrames?: number;
      readonly algorithmSuiteId?: WritableSuiteId;
      /** 0x0578's ECDSA private key, transferred like the data key and zero-filled when the job ends. */
      readonly signingKey?: ArrayBuffer;
      readonly cryptoThreads?: number;
    }
  | {
      readonly type: 'decrypt';
      readonly id: number;
      readonly provider: CryptoProviderName;
      readonly input: Blob;
      readonly expectedEncryptionContext?: EncryptionContext;
      readonly maxFrameLength?: number;
      readonly traceFrames?: number;
      readonly cryptoThreads?: number;
    }
  /** The main thread's answer to `need-data-key`: the plaintext data key from KMS Decrypt, transferred. */
  | { readonly type: 'data-key'; readonly id: number; readonly dataKey: ArrayBuffer }
  | { readonly type: 'data-key-error'; readonly id: number; readonly error: SerializedError }
  | { readonly type: 'cancel'; readonly id: number }
  /**
   * The page's first message to a worker it started: the OPFS folder the page claimed for its outputs
   * (outputStore.ts), or none (Blobs). worker.ts reads it; serveEnvelopeRequests has no part in it.
   */
  | { readonly type: 'output-folder'; readonly folder?: string }
  /** The page has let go of job `id`'s output (outputStore.ts): its bytes may go. */
  | { readonly type: 'release'; readonly id: number }
  /** The message inspector: read a message file's layout without keys (src/envelope/inspect.ts). */
  | { readonly type: 'inspect'; readonly id: number; readonly input: Blob };

export interface FileProgress extends Progress {
  /** Size of the input Blob. */
  readonly totalBytes: number;
}

export type WorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: FileProgress }
  /** Decryption asks the main thread (where the KMS simulator lives) to decrypt the data key. */
  | { readonly type: 'need-data-key'; readonly id: number; readonly request: DataKeyRequest }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly output: Blob;
      readonly trace: EnvelopeTrace | DecryptTrace;
      readonly provider: { readonly name: CryptoProviderName; readonly reason: CryptoProviderReason };
    }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError }
  | {
      readonly type: 'inspected';
      readonly id: number;
      readonly inspection: Omit<MessageInspection, 'problem'>;
      readonly problem?: SerializedError;
    };

export function serializeError(error: unknown): SerializedError {
  if (isEnvelopeError(error)) {
    const { name, message, code, step, field, frame, offset, needed } = error;
    const cause =
      error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message } : undefined;
    return { name, message, code, step, field, frame, offset, needed, cause };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  const cause = error.cause && Object.assign(new Error(error.cause.message), { name: error.cause.name });
  if (error.code && error.step) {
    const { code, step, field, frame, offset, needed } = error;
    return new EnvelopeError(code, error.message, { step, field, frame, offset, needed, cause });
  }
  return Object.assign(new Error(error.message, { cause }), { name: error.name });
}

/**
 * Reads a Blob in chunks of exactly `chunkSize` bytes (the last one shorter), `readAhead` chunks ahead of the
 * consumer. Bytes come from Blob.stream() read into our own buffers (a BYOB reader: no copy, and in Chromium
 * several times faster than one `slice().arrayBuffer()` per chunk); for encryption the size is a multiple of
 * the frame length, so every frame lies inside one chunk and is encrypted from a view, never reassembled.
 */
function blobChunks(blob: Blob, chunkSize: number, readAhead: number): ReadableStream<Uint8Array> {
  const reader = blob.stream().getReader({ mode: 'byob' });
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk = new Uint8Array(new ArrayBuffer(chunkSize));
        let filled = 0;
        while (filled < chunkSize) {
          // Each read transfers the buffer; go on filling the one it hands back.
          const r = await reader.read(new Uint8Array(chunk.buffer, filled, chunkSize - filled));
          // At the end the buffer comes back too, in an empty view.
          if (r.value) chunk = new Uint8Array(r.value.buffer);
          if (r.done) break;
          filled += r.value.length;
        }
        if (filled > 0) controller.enqueue(chunk.subarray(0, filled));
        if (filled < chunkSize) controller.close();
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: readAhead },
  );
}

const READ_CHUNK_BYTES = 1024 * 1024;
/** Chunks read ahead of the frames being encrypted or decrypted (memory: this many chunks). */
const READ_AHEAD_CHUNKS = 4;

/**
 * About how large a job's output will be, never much less: a decrypted file is smaller than its envelope; an
 * envelope is the file plus a header and each frame's sequence number, IV and tag (message-body.md; at most
 * 36 bytes a frame, a final frame's length field included), and a footer. HEADER_BYTES_HINT covers a header
 * with a large encryption context; a larger one only makes the file grow while it is written.
 */
function expectedOutputBytes(request: Extract<WorkerRequest, { type: 'encrypt' | 'decrypt' }>): number {
  const size = request.input.size;
  if (request.type === 'decrypt') return size;
  const frames = Math.floor(size / (request.frameLength ?? DEFAULT_FRAME_LENGTH)) + 1;
  return size + frames * 36 + HEADER_BYTES_HINT;
}
const HEADER_BYTES_HINT = 64 * 1024;

/** Streams a job's output into its sink, and answers with what the sink made of it. */
async function collect(stream: ReadableStream<Uint8Array>, sink: OutputSink): Promise<Blob> {
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) await sink.write(r.value);
  return sink.close();
}

/**
 * Posts progress at most every 1 MiB or 0.5% of the input (counted in bytes, not time: this layer has no
 * clock), and always at the end.
 */
function progressPoster(port: MessagePortLike, id: number, totalBytes: number) {
  const step = Math.max(1 << 20, Math.floor(totalBytes / 200));
  let next = 0;
  return (progress: Progress) => {
    const done = progress.messageBytes;
    if (done < next && done < totalBytes) return;
    next = done + step;
    port.postMessage(
      { type: 'progress', id, progress: { ...progress, totalBytes } } satisfies WorkerResponse,
      [],
    );
  };
}

/**
 * Serves encrypt/decrypt requests arriving on `port`: each job streams its input Blob through the envelope
 * stream into a sink of `outputs` (Blobs by default; a worker passes the origin private file system) and
 * answers with the output Blob and the trace, or a serialized typed error.
 */
export function serveEnvelopeRequests(
  port: MessagePortLike,
  pool?: CryptoPool,
  outputs: OutputStore | Promise<OutputStore> = blobOutputs,
): void {
  const jobs = new Map<number, { abort: AbortController; dataKey?: (reply: WorkerRequest) => void }>();
  // An output the page released while a job still reads it (as the input of "Decrypt it back") goes when that
  // job ends. An output's File is named after its job (outputStore.ts), so `reading` counts by name.
  const reading = new Map<string, number>();
  const released = new Map<string, number>();
  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    port.postMessage(message, transfer);

  async function run(request: Extract<WorkerRequest, { type: 'encrypt' | 'decrypt' }>) {
    const abort = new AbortController();
    const job: { abort: AbortController; dataKey?: (reply: WorkerRequest) => void } = { abort };
    jobs.set(request.id, job);
    const selected = selectCryptoProvider(request.provider);
    const { reason } = selected;
    const provider = pool ? pool.wrap(selected.provider, request.cryptoThreads) : selected.provider;
    const onProgress = progressPoster(port, request.id, request.input.size);
    const common = { provider, signal: abort.signal, onProgress, traceFrames: request.traceFrames };
    let stream: EnvelopeStream<EnvelopeTrace | DecryptTrace>;
    let dataKey: DataKeyHandle | undefined;
    const signingKey = request.type === 'encrypt' && request.signingKey && new Uint8Array(request.signingKey);
    let chunkSize = READ_CHUNK_BYTES;
    let sink: OutputSink | undefined;
    const inputName = request.input instanceof File ? request.input.name : undefined;
    if (inputName !== undefined) reading.set(inputName, (reading.get(inputName) ?? 0) + 1);
    try {
      if (request.type === 'encrypt') {
        dataKey = new DataKeyHandle(new Uint8Array(request.dataKey));
        const frameLength = request.frameLength ?? DEFAULT_FRAME_LENGTH;
        chunkSize = frameLength * Math.max(1, Math.floor(READ_CHUNK_BYTES / frameLength));
        stream = createEncryptStream({
          ...common,
          dataKey,
          encryptedDataKeys: request.encryptedDataKeys,
          encryptionContext: request.encryptionContext,
          messageId: request.messageId,
          frameLength: request.frameLength,
          algorithmSuiteId: request.algorithmSuiteId,
          signingKey: signingKey || undefined,
        });
      } else {
        stream = createDecryptStream({
          ...common,
          expectedEncryptionContext: request.expectedEncryptionContext,
          maxFrameLength: request.maxFrameLength,
          decryptDataKey: (keyRequest) =>
            new Promise((resolve, reject) => {
              job.dataKey = (reply) => {
                if (reply.type === 'data-key') resolve(new Uint8Array(reply.dataKey));
                else if (reply.type === 'data-key-error') reject(deserializeError(reply.error));
              };
              post({ type: 'need-data-key', id: request.id, request: keyRequest });
            }),
        });
      }
      sink = await (await outputs).open(request.id, expectedOutputBytes(request));
      const output = await collect(
        blobChunks(request.input, chunkSize, READ_AHEAD_CHUNKS).pipeThrough(stream),
        sink,
      );
      sink = undefined;
      post({
        type: 'done',
        id: request.id,
        output,
        trace: await stream.trace,
        provider: { name: provider.name, reason },
      });
    } catch (error) {
      await sink?.abort();
      post({ type: 'error', id: request.id, error: serializeError(error) });
    } finally {
      dataKey?.discard(); // the worker's copy of the plaintext data key: zero-filled when the job ends
      if (signingKey) zeroize(signingKey);
      jobs.delete(request.id);
      if (inputName !== undefined) {
        const left = (reading.get(inputName) ?? 1) - 1;
        if (left > 0) reading.set(inputName, left);
        else {
          reading.delete(inputName);
          const releasedId = released.get(inputName);
          if (releasedId !== undefined) {
            released.delete(inputName);
            void release(releasedId);
          }
        }
      }
    }
  }

  async function release(id: number) {
    const name = outputFileName(id);
    if (reading.has(name)) released.set(name, id);
    else await (await outputs).release(id);
  }

  port.addEventListener('message', (event: MessageEvent) => {
    const request = event.data as WorkerRequest;
    switch (request.type) {
      case 'encrypt':
      case 'decrypt':
        void run(request);
        break;
      case 'data-key':
      case 'data-key-error':
        jobs.get(request.id)?.dataKey?.(request);
        break;
      case 'cancel':
        jobs.get(request.id)?.abort.abort();
        break;
      case 'release':
        void release(request.id);
        break;
      case 'inspect':
        inspectMessage(request.input).then(
          ({ problem, ...inspection }) =>
            post({
              type: 'inspected',
              id: request.id,
              inspection,
              ...(problem && { problem: serializeError(problem) }),
            }),
          (error: unknown) => post({ type: 'error', id: request.id, error: serializeError(error) }),
        );
        break;
    }
  });
  port.start?.();
}

import type { CryptoProviderName, CryptoProviderReason } from '../crypto';
import type { WritableSuiteId } from './algorithmSuite';
import { DataKeyHandle } from './dataKey';
import type { EncryptionContext } from './encryptionContext';
import { abortedError, type EnvelopeError } from './errors';
import type { EncryptedDataKey } from './header';
import type { MessageInspection } from './inspect';
import type { DecryptDataKey } from './messageDecryptor';
import { claimOutputFolder } from './outputStore';
import type { DecryptTrace, EnvelopeTrace } from './trace';
import {
  deserializeError,
  type FileProgress,
  type MessagePortLike,
  serializeError,
  type WorkerRequest,
  type WorkerResponse,
} from './workerProtocol';

export interface FileJobOptions {
  /** Threads sealing or opening frames (cryptoPool.ts); default navigator.hardwareConcurrency. */
  readonly cryptoThreads?: number;
  readonly onProgress?: (progress: FileProgress) => void;
  readonly signal?: AbortSignal;
  readonly traceFrames?: number;
}

export interface EncryptFileInput extends FileJobOptions {
  readonly file: Blob;
  /** Moved into the worker (`transfer()`): this handle is discarded here, the worker zero-fills its copy. */
  readonly dataKey: DataKeyHandle;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly encryptionContext?: EncryptionContext;
  readonly messageId: Uint8Array;
  /** Default 4096 (the ESDK's); pass FILE_FRAME_LENGTH (1 MiB) for files: see DEFAULT_FRAME_LENGTH. */
  readonly frameLength?: number;
  /** 0x0478 (default) or 0x0578, whose signing key is copied into the worker (zero-filled there at the end). */
  readonly algorithmSuiteId?: WritableSuiteId;
  readonly signingKey?: Uint8Array;
}

export interface DecryptFileInput extends FileJobOptions {
  readonly file: Blob;
  /** Runs on the main thread (where KMS lives); the key it returns is moved into the worker. */
  readonly decryptDataKey: DecryptDataKey;
  readonly expectedEncryptionContext?: EncryptionContext;
  readonly maxFrameLength?: number;
}

export interface FileJobResult<T> {
  readonly output: Blob;
  readonly trace: T;
  /** The provider the worker used (it mirrors the main thread's choice unless crypto.subtle is missing). */
  readonly provider: { readonly name: CryptoProviderName; readonly reason: CryptoProviderReason };
}

export interface EnvelopeWorkerClient {
  /** Encrypts a File/Blob into an envelope Blob (ESDK v2 message). */
  encryptFile(input: EncryptFileInput): Promise<FileJobResult<EnvelopeTrace>>;
  /** Decrypts an envelope Blob back into the plaintext Blob. */
  decryptFile(input: DecryptFileInput): Promise<FileJobResult<DecryptTrace>>;
  /** Reads a message file's layout without keys, off the main thread (the inspector). */
  inspectFile(file: Blob): Promise<MessageInspection>;
  /**
   * Lets go of an output now rather than when it is garbage-collected (a caller that is done with a large
   * output before the collector would notice, such as a benchmark making gigabytes of them).
   */
  releaseOutput(output: Blob): void;
  terminate(): void;
}

interface Job {
  resolve(result: FileJobResult<EnvelopeTrace | DecryptTrace> | MessageInspection): void;
  reject(error: unknown): void;
  onProgress?: (progress: FileProgress) => void;
  decryptDataKey?: DecryptDataKey;
}

/**
 * Main-thread client of the envelope worker. `provider` is the main thread's provider name, so both sides
 * use the same implementation (the worker falls back to noble only if it has no crypto.subtle). `port`
 * defaults to a new module worker; tests pass one end of a MessageChannel served by `serveEnvelopeRequests`.
 */
type WorkerLike = MessagePortLike & { terminate?(): void; close?(): void };

export function createEnvelopeWorkerClient(options: {
  readonly provider: CryptoProviderName;
  readonly port?: WorkerLike;
}): EnvelopeWorkerClient {
  const port: WorkerLike =
    options.port ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const jobs = new Map<number, Job>();
  let nextId = 1;
  const post = (message: WorkerRequest, transfer: Transferable[] = []) => port.postMessage(message, transfer);
  // A worker of our own writes its outputs into an OPFS folder this page holds (outputStore.ts): it stays
  // ours after the worker is terminated, for as long as the page holds any of that worker's outputs.
  const folder = options.port
    ? undefined
    : claimOutputFolder(navigator.locks).then((claim) => {
        post({ type: 'output-folder', folder: claim?.name });
        return claim;
      });
  let liveOutputs = 0;
  let terminated = false;
  const letGoOfFolderIfDone = () => {
    if (terminated && liveOutputs === 0) void folder?.then((claim) => claim?.release());
  };
  // An output may be a file in the origin private file system: once the page holds its Blob no more (nothing
  // shows, replays or downloads it), the worker deletes the file (or, once the worker is gone, the next worker
  // to start deletes the folder we let go of).
  const letGoOfOutput = (id: number) => {
    liveOutputs--;
    post({ type: 'release', id });
    letGoOfFolderIfDone();
  };
  const outputs = new FinalizationRegistry<number>(letGoOfOutput);
  const outputIds = new WeakMap<Blob, number>();

  async function answerDataKeyRequest(
    id: number,
    job: Job,
    response: Extract<WorkerResponse, { type: 'need-data-key' }>,
  ) {
    try {
      const key = await (job.decryptDataKey as DecryptDataKey)(response.request);
      // Moved, not copied: the exact-size buffer goes to the worker and `key` is zero-filled here.
      const dataKey = new DataKeyHandle(key).transfer();
      post({ type: 'data-key', id, dataKey }, [dataKey]);
    } catch (error) {
      post({ type: 'data-key-error', id, error: serializeError(error) });
    }
  }

  port.addEventListener('message', (event: MessageEvent) => {
    const response = event.data as WorkerResponse;
    const job = jobs.get(response.id);
    if (!job) return; // a cancelled job's late answer
    switch (response.type) {
      case 'progress':
        job.onProgress?.(response.progress);
        break;
      case 'need-data-key':
        void answerDataKeyRequest(response.id, job, response);
        break;
      case 'done':
        jobs.delete(response.id);
        liveOutputs++;
        outputIds.set(response.output, response.id);
        outputs.register(response.output, response.id, response.output);
        job.resolve({ output: response.output, trace: response.trace, provider: response.provider });
        break;
      case 'error':
        jobs.delete(response.id);
        job.reject(deserializeError(response.error));
        break;
      case 'inspected':
        jobs.delete(response.id);
        job.resolve({
          ...response.inspection,
          ...(response.problem && { problem: deserializeError(response.problem) as EnvelopeError }),
        });
        break;
    }
  });
  port.start?.();

  function start<T>(
    input: FileJobOptions,
    request: (id: number) => [WorkerRequest, Transferable[]],
    decryptDataKey?: DecryptDataKey,
  ): Promise<FileJobResult<T>> {
    const { signal, onProgress } = input;
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    const id = nextId++;
    return new Promise<FileJobResult<T>>((resolve, reject) => {
      const onAbort = () => {
        jobs.delete(id);
        post({ type: 'cancel', id });
        reject(abortedError(signal as AbortSignal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle =
        <A>(f: (a: A) => void) =>
        (a: A) => {
          signal?.removeEventListener('abort', onAbort);
          f(a);
        };
      jobs.set(id, {
        resolve: settle(resolve as (r: FileJobResult<EnvelopeTrace | DecryptTrace>) => void),
        reject: settle(reject),
        onProgress,
        decryptDataKey,
      });
      post(...request(id));
    });
  }

  return {
    encryptFile(input) {
      return start(input, (id) => {
        const dataKey = input.dataKey.transfer();
        const signingKey = input.signingKey && new Uint8Array(input.signingKey).buffer;
        return [
          {
            type: 'encrypt',
            id,
            provider: options.provider,
            input: input.file,
            dataKey,
            encryptedDataKeys: input.encryptedDataKeys,
            encryptionContext: input.encryptionContext ?? {},
            messageId: input.messageId,
            frameLength: input.frameLength,
            traceFrames: input.traceFrames,
            algorithmSuiteId: input.algorithmSuiteId,
            signingKey,
            cryptoThreads: input.cryptoThreads,
          },
          signingKey ? [dataKey, signingKey] : [dataKey],
        ];
      });
    },
    decryptFile(input) {
      return start(
        input,
        (id) => [
          {
            type: 'decrypt',
            id,
            provider: options.provider,
            input: input.file,
            expectedEncryptionContext: input.expectedEncryptionContext,
            maxFrameLength: input.maxFrameLength,
            traceFrames: input.traceFrames,
            cryptoThreads: input.cryptoThreads,
          },
          [],
        ],
        input.decryptDataKey,
      );
    },
    inspectFile(file) {
      const id = nextId++;
      return new Promise<MessageInspection>((resolve, reject) => {
        jobs.set(id, { resolve: resolve as Job['resolve'], reject });
        post({ type: 'inspect', id, input: file });
      });
    },
    releaseOutput(output) {
      const id = outputIds.get(output);
      if (id === undefined) return;
      outputIds.delete(output);
      outputs.unregister(output);
      letGoOfOutput(id);
    },
    terminate() {
      for (const job of jobs.values()) job.reject(new Error('envelope worker terminated'));
      jobs.clear();
      port.terminate?.();
      port.close?.();
      terminated = true;
      letGoOfFolderIfDone();
    },
  };
}

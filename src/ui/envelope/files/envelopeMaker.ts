/**
 * The page's envelope worker, and the session's way to make a file's envelope with it: the studio's own file
 * job and any replay of a file step (src/state/sessionFiles.ts) run the same worker with the same inputs, so a
 * step's envelope is the one the learner downloaded. Importing this module installs it in the session's file
 * registry: every place that lets the learner choose a file imports it, so a chosen file always has a maker.
 */
import type { CryptoProviderName } from '../../../crypto/index';
import { DataKeyHandle } from '../../../envelope/index';
import { createEnvelopeWorkerClient, type EnvelopeWorkerClient } from '../../../envelope/workerClient';
import type { FileProgress } from '../../../envelope/workerProtocol';
import type { FileEncryptRequest } from '../../../scenario/steps/envelopeEncrypt';
import { sessionFiles } from '../../../state/sessionFiles';

let worker: EnvelopeWorkerClient | undefined;
/** One worker per page; the provider mirrors the main thread's (the first job's, as both give the same bytes). */
export function envelopeWorker(provider: CryptoProviderName): EnvelopeWorkerClient {
  worker ??= createEnvelopeWorkerClient({ provider });
  return worker;
}

/**
 * Encrypts `file` in the worker. A copy of the plaintext data key is moved into the worker (zero-filled there
 * when the job ends); `request.dataKey` itself is left to its owner.
 */
export function makeFileEnvelope(
  file: Blob,
  request: Omit<FileEncryptRequest, 'fingerprint'>,
  options: { onProgress?: (progress: FileProgress) => void; signal?: AbortSignal } = {},
): ReturnType<EnvelopeWorkerClient['encryptFile']> {
  return envelopeWorker(request.provider).encryptFile({
    file,
    dataKey: new DataKeyHandle(new Uint8Array(request.dataKey.bytes)),
    encryptedDataKeys: request.encryptedDataKeys,
    encryptionContext: request.encryptionContext,
    messageId: request.messageId,
    frameLength: request.frameLength,
    algorithmSuiteId: request.algorithmSuiteId,
    signingKey: request.signingKey,
    ...options,
  });
}

sessionFiles.setEnvelopeMaker((file, request, onProgress) =>
  makeFileEnvelope(file, request, { onProgress: (p) => onProgress(p.plaintextBytes) }),
);

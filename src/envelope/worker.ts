/**
 * The envelope Web Worker: encrypts and decrypts files off the main thread so a 1 GB file never freezes the
 * page. Create it with Vite's worker syntax (see workerClient.ts):
 *   new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
 * No DOM and no React here: a worker has neither.
 */
import { createCryptoPool } from './cryptoPool';
import { blobOutputs, type OpfsEnvironment, opfsOutputs } from './outputStore';
import { type MessagePortLike, serveEnvelopeRequests, type WorkerRequest } from './workerProtocol';

// One crypto thread per core the browser reports: this worker and hardwareConcurrency - 1 helpers.
const pool = createCryptoPool(
  () => new Worker(new URL('./cryptoWorker.ts', import.meta.url), { type: 'module' }),
  navigator.hardwareConcurrency || 1,
);
// Outputs go to the origin private file system where the browser has it, so the browser process never holds a
// gigabyte of Blob (outputStore.ts), in the folder the page claimed for this worker (its first message, before
// any job's); elsewhere, Blobs.
const outputs = new Promise<string | undefined>((claimed) => {
  const onFolder = (event: MessageEvent) => {
    const request = event.data as WorkerRequest;
    if (request.type !== 'output-folder') return;
    self.removeEventListener('message', onFolder);
    claimed(request.folder);
  };
  self.addEventListener('message', onFolder);
})
  .then((folder) =>
    folder === undefined ? undefined : opfsOutputs(navigator as unknown as Partial<OpfsEnvironment>, folder),
  )
  .then((store) => store ?? blobOutputs);
serveEnvelopeRequests(self as unknown as MessagePortLike, pool, outputs);

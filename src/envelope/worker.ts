/**
 * The envelope Web Worker: encrypts and decrypts files off the main thread so a 1 GB file never freezes the
 * page. Create it with Vite's worker syntax (see workerClient.ts):
 *   new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
 * No DOM and no React here: a worker has neither.
 */
import { type MessagePortLike, serveEnvelopeRequests } from './workerProtocol';

serveEnvelopeRequests(self as unknown as MessagePortLike);

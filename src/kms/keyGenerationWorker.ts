/**
 * The key generation Web Worker: searches for RSA primes off the page's main thread (keyGeneration.ts). Create it
 * with Vite's worker syntax (see main.tsx):
 *   new Worker(new URL('./keyGenerationWorker.ts', import.meta.url), { type: 'module' })
 * No DOM and no React here: a worker has neither.
 */
import { type KeyGenerationPort, serveKeyGenerationRequests } from './keyGeneration';

serveKeyGenerationRequests(self as unknown as KeyGenerationPort);

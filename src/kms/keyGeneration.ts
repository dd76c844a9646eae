/**
 * Slow key generation off the page's main thread. An RSA_4096 key is a search for two 2048-bit primes that
 * takes seconds (crypto/asymmetric/rsa.ts); run on the main thread it would freeze the page. The engine still
 * draws the key's 32-byte seed from the scenario's DRBG itself (asymmetric.ts), then hands only the spec and
 * that seed to the key generation worker, which runs the same `rsaKeyMaterial` and posts back the PKCS #8 bytes:
 * the key is identical wherever it was searched for, so a link replays byte for byte.
 *
 * This is the protocol and the worker's side, kept apart from keyGenerationWorker.ts (which only binds `self`) so
 * it runs, and is tested, over any MessagePort; the page's side is keyGenerationClient.ts, which the entry chunk
 * carries without the key code this side imports. No DOM and no React here.
 */
import { type KeyGenerationProgress, rsaKeyMaterial } from './asymmetric';
import type { RsaKeySpec } from './world';

/** What both a Worker and a MessagePort offer. */
export interface KeyGenerationPort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** MessagePort needs it to start delivering to `addEventListener` listeners; a Worker does not have it. */
  start?(): void;
}

export interface KeyGenerationRequest {
  readonly id: number;
  readonly spec: RsaKeySpec;
  /** The 32 bytes the scenario's DRBG gave this key. */
  readonly seed: Uint8Array;
}

export type KeyGenerationResponse =
  | { readonly id: number; readonly type: 'progress'; readonly progress: KeyGenerationProgress }
  | { readonly id: number; readonly type: 'done'; readonly material: Uint8Array }
  | { readonly id: number; readonly type: 'error'; readonly error: { name: string; message: string } };

/** The worker's side: one key at a time, in the order asked, with progress per prime candidate. */
export function serveKeyGenerationRequests(port: KeyGenerationPort): void {
  let queue = Promise.resolve();
  const post = (response: KeyGenerationResponse, transfer: Transferable[] = []) =>
    port.postMessage(response, transfer);
  port.addEventListener('message', (event: MessageEvent) => {
    const { id, spec, seed } = event.data as KeyGenerationRequest;
    queue = queue.then(async () => {
      try {
        const material = await rsaKeyMaterial(spec, seed, (progress) =>
          post({ id, type: 'progress', progress }),
        );
        post({ id, type: 'done', material }, [material.buffer]);
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        post({ id, type: 'error', error: { name: e.name, message: e.message } });
      } finally {
        seed.fill(0);
      }
    });
  });
  port.start?.();
}

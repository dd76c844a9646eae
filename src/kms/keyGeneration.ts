/**
 * Slow key generation off the page's main thread. An RSA_4096 key is a search for two 2048-bit primes that
 * takes seconds (crypto/asymmetric/rsa.ts); run on the main thread it would freeze the page. The engine still
 * draws the key's 32-byte seed from the scenario's DRBG itself (asymmetric.ts), then hands only the spec and
 * that seed to the key generation worker, which runs the same `rsaKeyMaterial` and posts back the PKCS #8 bytes:
 * the key is identical wherever it was searched for, so a link replays byte for byte.
 *
 * Kept apart from keyGenerationWorker.ts (which only binds `self`) so the protocol runs, and is tested, over any
 * MessagePort. No DOM and no React here.
 */
import { type KeyGenerationProgress, type RsaKeyGenerator, rsaKeyMaterial } from './asymmetric';
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

/** A key being generated, as the page shows it. */
export interface KeyGenerationJob {
  readonly id: number;
  readonly spec: RsaKeySpec;
  /** Undefined until the worker reports its first candidate. */
  readonly progress?: KeyGenerationProgress;
}

export interface KeyGenerationObserver {
  started(job: KeyGenerationJob): void;
  progressed(job: KeyGenerationJob): void;
  /** Called once per job, whether it succeeded or failed. */
  ended(job: KeyGenerationJob): void;
}

/**
 * The page's side: an RsaKeyGenerator (for setRsaKeyGenerator) that asks the worker on `port()`, opened on the
 * first key so a page that never makes an RSA key never starts a worker. `observer` hears each job's progress.
 */
export function createKeyGenerationClient(
  port: () => KeyGenerationPort,
  observer?: KeyGenerationObserver,
): RsaKeyGenerator {
  let opened: KeyGenerationPort | undefined;
  const jobs = new Map<
    number,
    { job: KeyGenerationJob; resolve(material: Uint8Array): void; reject(error: Error): void }
  >();
  let nextId = 1;
  const open = () => {
    const p = port();
    p.addEventListener('message', (event: MessageEvent) => {
      const response = event.data as KeyGenerationResponse;
      const pending = jobs.get(response.id);
      if (!pending) return;
      if (response.type === 'progress') {
        pending.job = { ...pending.job, progress: response.progress };
        observer?.progressed(pending.job);
        return;
      }
      jobs.delete(response.id);
      observer?.ended(pending.job);
      if (response.type === 'done') pending.resolve(response.material);
      else pending.reject(Object.assign(new Error(response.error.message), { name: response.error.name }));
    });
    p.start?.();
    return p;
  };
  return (spec, seed) =>
    new Promise<Uint8Array>((resolve, reject) => {
      opened ??= open();
      const job: KeyGenerationJob = { id: nextId++, spec };
      jobs.set(job.id, { job, resolve, reject });
      observer?.started(job);
      const request: KeyGenerationRequest = { id: job.id, spec, seed: seed.slice() };
      opened.postMessage(request, [request.seed.buffer]);
    });
}

/**
 * The page's side of the key generation worker (keyGeneration.ts has the protocol and the worker's side): an
 * RsaKeyGenerator that posts each RSA key's spec and seed to the worker and reports the jobs' progress. Apart from
 * the worker's side because the page installs it at start-up (main.tsx), so the entry chunk carries this and the
 * protocol's types only, not the key code (issue #15). No DOM and no React here.
 */
import type { KeyGenerationProgress } from './asymmetric';
import type { KeyGenerationPort, KeyGenerationRequest, KeyGenerationResponse } from './keyGeneration';
import type { RsaKeyGenerator } from './rsaKeyGenerator';
import type { RsaKeySpec } from './world';

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

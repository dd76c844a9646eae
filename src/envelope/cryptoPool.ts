import {
  AuthenticationFailed,
  type CryptoProvider,
  type CryptoProviderName,
  selectCryptoProvider,
} from '../crypto';
import type { MessagePortLike } from './workerProtocol';

/**
 * A pool of crypto threads for the envelope worker's frames. In Chromium `crypto.subtle.encrypt` does its AES
 * work synchronously on the calling thread (bench/README.md, "Measurements behind issue #4"), so one worker
 * seals one frame at a time however many are in flight. The pool sends every other large frame to helper
 * workers (the envelope worker itself is one of the threads), sized by `navigator.hardwareConcurrency`: the
 * frames are independent (own IV and AAD), and FramesInFlight still releases them in sequence order, so the
 * output is the same bytes.
 *
 * A helper gets a copy of the message key with each frame and zero-fills it once the frame is done.
 */

/** Frames below this stay on the envelope worker: the copy to a helper would cost more than it saves. */
export const POOL_MIN_BYTES = 64 * 1024;

interface CryptoRequest {
  readonly id: number;
  readonly op: 'encrypt' | 'decrypt';
  readonly provider: CryptoProviderName;
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
  readonly aad?: Uint8Array;
}

type CryptoResponse =
  | { readonly id: number; readonly out: Uint8Array<ArrayBuffer> }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

/** The helper's side: AES-GCM for whoever posts on `port` (cryptoWorker.ts binds it to a worker's `self`). */
export function serveCryptoRequests(port: MessagePortLike): void {
  port.addEventListener('message', async (event: MessageEvent) => {
    const r = event.data as CryptoRequest;
    const { provider } = selectCryptoProvider(r.provider);
    try {
      const out =
        r.op === 'encrypt'
          ? await provider.aesGcmEncrypt(r.key, r.iv, r.data, r.aad)
          : await provider.aesGcmDecrypt(r.key, r.iv, r.data, r.aad);
      port.postMessage({ id: r.id, out } satisfies CryptoResponse, [out.buffer]);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage(
        { id: r.id, error: { name: e.name, message: e.message } } satisfies CryptoResponse,
        [],
      );
    } finally {
      r.key.fill(0);
    }
  });
  port.start?.();
}

export interface CryptoPool {
  /** Threads a job uses unless it asks for another number: the helpers plus the caller's own. */
  readonly defaultSize: number;
  /**
   * `base` with its AES-GCM spread over `size` threads (helpers are started on first use; the rest unchanged).
   * For the envelope worker's streams: an encrypt input that spans its whole buffer is moved to a helper, so
   * the caller must not read it after the call (its buffer is detached).
   */
  wrap(base: CryptoProvider, size?: number): CryptoProvider;
}

/** `spawn` starts one helper (a Worker running cryptoWorker.ts, or a port in tests). */
export function createCryptoPool(spawn: () => MessagePortLike, defaultSize: number): CryptoPool {
  const helpers: MessagePortLike[] = [];
  const pending = new Map<number, { resolve(out: Uint8Array<ArrayBuffer>): void; reject(e: Error): void }>();
  let nextId = 0;
  let turn = 0;
  const start = () => {
    const helper = spawn();
    helpers.push(helper);
    helper.addEventListener('message', (event: MessageEvent) => {
      const response = event.data as CryptoResponse;
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      if ('out' in response) job.resolve(response.out);
      // The one failure callers tell apart: a tag that does not verify.
      else if (response.error.name === 'AuthenticationFailed') job.reject(new AuthenticationFailed());
      else job.reject(Object.assign(new Error(response.error.message), { name: response.error.name }));
    });
    helper.start?.();
  };
  return {
    defaultSize,
    wrap(base, size = defaultSize) {
      const threads = Math.max(1, Math.floor(size));
      if (threads === 1) return base;
      while (helpers.length < threads - 1) start();
      const run = (
        op: 'encrypt' | 'decrypt',
        key: Uint8Array,
        iv: Uint8Array,
        data: Uint8Array,
        aad?: Uint8Array,
      ) => {
        // Slot 0 is this thread; helpers beyond `threads` (started by an earlier, larger job) stay idle.
        const slot = turn++ % threads;
        const helper = slot === 0 ? undefined : helpers[slot - 1];
        if (!helper || data.length < POOL_MIN_BYTES) {
          return op === 'encrypt'
            ? base.aesGcmEncrypt(key, iv, data, aad)
            : base.aesGcmDecrypt(key, iv, data, aad);
        }
        return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          // Exactly the frame's bytes, moved. A plaintext that is a whole buffer (a frame read as one chunk:
          // the envelope worker reads files in chunks of whole frames, and nothing reads a chunk after its
          // frame is sealed) moves as it is; otherwise its bytes are copied out, as posting the view would
          // clone the whole buffer under it.
          const whole =
            op === 'encrypt' && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
          const bytes = whole && data.buffer instanceof ArrayBuffer ? data : data.slice();
          helper.postMessage(
            { id, op, provider: base.name, key, iv, data: bytes, aad } satisfies CryptoRequest,
            [bytes.buffer as ArrayBuffer],
          );
        });
      };
      return {
        name: base.name,
        aesGcmEncrypt: (key, iv, plaintext, aad) => run('encrypt', key, iv, plaintext, aad),
        aesGcmDecrypt: (key, iv, sealed, aad) => run('decrypt', key, iv, sealed, aad),
        hkdf: base.hkdf.bind(base),
        hmac: base.hmac.bind(base),
        digest: base.digest.bind(base),
      };
    },
  };
}

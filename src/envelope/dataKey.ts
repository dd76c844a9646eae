import { zeroize } from '../crypto';
import { ALGORITHM_SUITE, ALGORITHM_SUITES } from './algorithmSuite';
import { EnvelopeError } from './errors';

/** Plain-data form of a handle for the scenario layer's checkpoints (structuredClone-able). */
export type DataKeySnapshot =
  | { readonly state: 'live'; readonly bytes: Uint8Array }
  | { readonly state: 'discarded'; readonly length: number };

const DATA_KEY_LENGTHS: ReadonlySet<number> = new Set(
  [...ALGORITHM_SUITES.values()].map((suite) => suite.dataKeyLength),
);

/**
 * Holds a plaintext data key and is the one place it is discarded. Step 3 of envelope encryption in the
 * study notes: "平文の Data Key を即座に破棄 (メモリから削除)"; the GenerateDataKey API reference: use the
 * plaintext data key "and then erase the plaintext data key from memory".
 *
 * `discard()` zero-fills the very buffer the handle was given (no copy is ever made of it here) and every
 * key derived from it that is still in use (the HKDF-derived message key of an encryption in progress).
 * Any later use throws `discarded-data-key`. What JavaScript cannot promise: copies the engine or WebCrypto
 * made internally (an imported CryptoKey) are out of reach; the buffers this code owns are zeroed.
 */
export class DataKeyHandle {
  readonly #bytes: Uint8Array;
  readonly #derived = new Set<Uint8Array>();
  #discarded = false;

  /**
   * Takes ownership of `bytes` (16, 24 or 32 bytes: the data key lengths of the ESDK's suites; the suite in
   * use checks its own): the caller must not keep using its own reference.
   */
  constructor(bytes: Uint8Array) {
    if (!DATA_KEY_LENGTHS.has(bytes.length)) {
      throw new EnvelopeError(
        'invalid-input',
        `a plaintext data key is 16, 24 or 32 bytes (32 for ${ALGORITHM_SUITE.name}), got ${bytes.length}`,
        { step: 'input' },
      );
    }
    this.#bytes = bytes;
  }

  static restore(snapshot: DataKeySnapshot): DataKeyHandle {
    if (snapshot.state === 'live') return new DataKeyHandle(new Uint8Array(snapshot.bytes));
    const handle = new DataKeyHandle(new Uint8Array(snapshot.length));
    handle.discard();
    return handle;
  }

  get discarded(): boolean {
    return this.#discarded;
  }

  /** Throws `discarded-data-key` if the key was discarded: call before any use. */
  assertUsable(): void {
    if (this.#discarded) {
      throw new EnvelopeError('discarded-data-key', 'the plaintext data key was discarded (zero-filled)', {
        step: 'input',
      });
    }
  }

  /** The plaintext data key. Throws once discarded. */
  get bytes(): Uint8Array {
    this.assertUsable();
    return this.#bytes;
  }

  /**
   * The memory the key lives in, readable even after the discard: what the studio's memory view shows
   * (the key's bytes, then zeros). Do not use it to encrypt; use `bytes`, which refuses a discarded key.
   */
  inspectMemory(): Readonly<Uint8Array> {
    return this.#bytes;
  }

  /**
   * Registers a key derived from this data key; `discard()` zero-fills it too. Returns the function that
   * releases it early (zero-fills it and forgets it) when the operation that needed it is finished.
   */
  adoptDerivedKey(key: Uint8Array): () => void {
    this.#derived.add(key);
    return () => {
      zeroize(key);
      this.#derived.delete(key);
    };
  }

  /** Zero-fills the plaintext data key and every registered derived key. Idempotent. */
  discard(): void {
    zeroize(this.#bytes, ...this.#derived);
    this.#derived.clear();
    this.#discarded = true;
  }

  /**
   * Moves the key out of this handle into a fresh ArrayBuffer of exactly its size (for `postMessage`
   * transfer to a worker, which detaches it here), then discards this handle's buffer.
   */
  transfer(): ArrayBuffer {
    const moved = new Uint8Array(this.bytes);
    this.discard();
    return moved.buffer;
  }

  snapshot(): DataKeySnapshot {
    return this.#discarded
      ? { state: 'discarded', length: this.#bytes.length }
      : { state: 'live', bytes: new Uint8Array(this.#bytes) };
  }
}

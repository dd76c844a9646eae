import { concatBytes } from '../crypto';

/**
 * A FIFO of byte chunks for the streaming encoder and decoder: chunks arrive in whatever sizes the source
 * delivers (64 KiB from a File stream), frames are cut at their own sizes. Reading returns a view when the
 * bytes lie in one chunk and copies only when they span chunks, so memory stays about one frame plus one
 * chunk regardless of the message size.
 */
export class ByteQueue {
  #chunks: Uint8Array[] = [];
  #head = 0; // bytes of #chunks[0] already consumed
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
  }

  /** The first `n` bytes (n <= length), contiguous, without consuming them. */
  peek(n: number): Uint8Array {
    if (n > this.#length) throw new RangeError(`peek(${n}) with ${this.#length} bytes queued`);
    const first = this.#chunks[0];
    if (n === 0) return new Uint8Array(0);
    if (first.length - this.#head >= n) return first.subarray(this.#head, this.#head + n);
    const parts: Uint8Array[] = [];
    let left = n;
    for (let i = 0; left > 0; i++) {
      const chunk = i === 0 ? first.subarray(this.#head) : this.#chunks[i];
      const part = chunk.subarray(0, Math.min(left, chunk.length));
      parts.push(part);
      left -= part.length;
    }
    return concatBytes(...parts);
  }

  /** Removes and returns the first `n` bytes. */
  read(n: number): Uint8Array {
    const out = this.peek(n);
    this.skip(n);
    return out;
  }

  skip(n: number): void {
    this.#length -= n;
    let left = n;
    while (left > 0) {
      const available = this.#chunks[0].length - this.#head;
      if (available > left) {
        this.#head += left;
        return;
      }
      left -= available;
      this.#chunks.shift();
      this.#head = 0;
    }
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CryptoProvider, concatBytes, equalBytes } from '../crypto';
import { BYTES_IN_FLIGHT } from './frame';
import { encryptMessage } from './message';
import { createDecryptStream, createEncryptStream } from './stream';
import { streamRoundTrip } from './streamRoundTrip.fixture';
import { materials, providers, recordingEncryptionKeys, testBytes } from './testKit.fixture';
import type { Progress } from './trace';

const [webcrypto] = providers;

/** A source that delivers `bytes` cut at the given sizes (cycled). */
function chunked(bytes: Uint8Array, cuts: readonly number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = cuts[i++ % cuts.length];
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe.each(providers)('streams with $name', (provider) => {
  it('produce exactly the in-memory bytes for any chunking, and decrypt back', async () => {
    const m = await materials(provider, { a: 'b' });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 8 }),
        async (frameLength, length, cuts) => {
          const plaintext = testBytes(length, `stream-${length}`);
          const options = {
            provider,
            dataKey: m.dataKey,
            encryptedDataKeys: m.encryptedDataKeys,
            encryptionContext: { a: 'b' },
            messageId: m.messageId,
            frameLength,
          };
          const { message } = await encryptMessage({ ...options, plaintext });
          const streamed = await collect(chunked(plaintext, cuts).pipeThrough(createEncryptStream(options)));
          expect(equalBytes(streamed, message)).toBe(true);
          const decrypted = await collect(
            chunked(message, cuts).pipeThrough(
              createDecryptStream({ provider, decryptDataKey: m.decryptDataKey }),
            ),
          );
          expect(equalBytes(decrypted, plaintext)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * A provider whose AES-GCM calls finish in reverse order of the frames (later sequence numbers sooner), and
 * which records how many calls were in flight at once.
 */
function reordering(provider: CryptoProvider) {
  let inFlight = 0;
  const stats = { maxInFlight: 0 };
  const slow =
    <A extends unknown[]>(call: (...args: A) => Promise<Uint8Array<ArrayBuffer>>) =>
    async (...args: A) => {
      inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      try {
        const iv = args[1] as Uint8Array;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 12 - iv[11])));
        return await call(...args);
      } finally {
        inFlight--;
      }
    };
  const wrapped: CryptoProvider = {
    ...provider,
    aesGcmEncrypt: slow(provider.aesGcmEncrypt.bind(provider)),
    aesGcmDecrypt: slow(provider.aesGcmDecrypt.bind(provider)),
  };
  return { provider: wrapped, stats };
}

describe('streams', () => {
  it('keep several frames in flight and release them in order when they finish out of order', async () => {
    const m = await materials(webcrypto);
    const frameLength = 64 * 1024;
    const plaintext = testBytes(10 * frameLength + 5);
    const options = {
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength,
    };
    const { message } = await encryptMessage({ ...options, provider: webcrypto, plaintext });
    const encrypting = reordering(webcrypto);
    // One frame per chunk, as the worker reads a file: concurrency comes from the stream, not a big chunk.
    const streamed = await collect(
      chunked(plaintext, [frameLength]).pipeThrough(
        createEncryptStream({ ...options, provider: encrypting.provider }),
      ),
    );
    expect(equalBytes(streamed, message)).toBe(true);
    expect(encrypting.stats.maxInFlight).toBeGreaterThanOrEqual(3);
    expect(encrypting.stats.maxInFlight).toBeLessThanOrEqual(BYTES_IN_FLIGHT / frameLength + 1);

    const decrypting = reordering(webcrypto);
    const decrypted = await collect(
      chunked(message, [frameLength + 32]).pipeThrough(
        createDecryptStream({ provider: decrypting.provider, decryptDataKey: m.decryptDataKey }),
      ),
    );
    expect(equalBytes(decrypted, plaintext)).toBe(true);
    expect(decrypting.stats.maxInFlight).toBeGreaterThanOrEqual(3);
  });

  it('release no plaintext from a failed frame on, even when later frames authenticate first', async () => {
    const m = await materials(webcrypto);
    const frameLength = 1000;
    const plaintext = testBytes(6 * frameLength);
    const { message, trace } = await encryptMessage({
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength,
      plaintext,
    });
    const frame2 = trace.frames[1];
    message[frame2.offset + frame2.length - 1] ^= 1; // the tag of frame 2
    const { provider } = reordering(webcrypto);
    const reader = chunked(message, [frameLength + 32])
      .pipeThrough(createDecryptStream({ provider, decryptDataKey: m.decryptDataKey }))
      .getReader();
    const released: Uint8Array[] = [];
    const failure = await (async () => {
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read()) released.push(r.value);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toMatchObject({ code: 'frame-auth-failed', frame: 2 });
    expect(concatBytes(...released)).toEqual(plaintext.subarray(0, frameLength));
  });

  it('report progress after every chunk, ending at the totals', async () => {
    const m = await materials(webcrypto);
    const seen: Progress[] = [];
    const encrypt = createEncryptStream({
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 1000,
      onProgress: (p) => seen.push(p),
    });
    const message = await collect(chunked(testBytes(10_000), [3000]).pipeThrough(encrypt));
    const trace = await encrypt.trace;
    expect(seen.at(-1)).toEqual({ plaintextBytes: 10_000, messageBytes: message.length, frames: 10 });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].plaintextBytes).toBeGreaterThanOrEqual(seen[i - 1].plaintextBytes);
      expect(seen[i].messageBytes).toBeGreaterThanOrEqual(seen[i - 1].messageBytes);
    }
    expect(trace).toMatchObject({ frameCount: 10, plaintextLength: 10_000, messageLength: message.length });
  });

  it('cancel with an AbortSignal: the stream errors with `aborted` and the message key is zero-filled', async () => {
    const m = await materials(webcrypto);
    const controller = new AbortController();
    const { recording: provider, encryptionKeys } = recordingEncryptionKeys(webcrypto);
    let chunks = 0;
    const encrypt = createEncryptStream({
      provider,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 100,
      signal: controller.signal,
      onProgress: () => {
        if (++chunks === 3) controller.abort();
      },
    });
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1000)) });
    await expect(collect(endless.pipeThrough(encrypt))).rejects.toMatchObject({ code: 'aborted' });
    await expect(encrypt.trace).rejects.toMatchObject({ code: 'aborted' });
    expect(encryptionKeys[0].every((b) => b === 0)).toBe(true);
  });

  it('error as soon as a frame fails, while still waiting for more of the message', async () => {
    const m = await materials(webcrypto);
    const { message, trace } = await encryptMessage({
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 1000,
      plaintext: testBytes(5000),
    });
    const frame2 = trace.frames[1];
    message[frame2.offset + 20] ^= 1; // content of frame 2
    const decrypt = createDecryptStream({
      provider: reordering(webcrypto).provider,
      decryptDataKey: m.decryptDataKey,
    });
    const writer = decrypt.writable.getWriter();
    // Everything up to frame 3, then nothing more: no later write or close wakes the stream up.
    void writer.write(message.subarray(0, trace.frames[2].offset + trace.frames[2].length)).catch(() => {});
    const reader = decrypt.readable.getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(1000);
    await expect(reader.read()).rejects.toMatchObject({ code: 'frame-auth-failed', frame: 2 });
    await expect(decrypt.trace).rejects.toMatchObject({ code: 'frame-auth-failed' });
  });

  it('decrypts a stream released frame by frame: output arrives before the whole message does', async () => {
    const m = await materials(webcrypto);
    const plaintext = testBytes(5000);
    const { message } = await encryptMessage({
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 1000,
      plaintext,
    });
    const decrypt = createDecryptStream({ provider: webcrypto, decryptDataKey: m.decryptDataKey });
    const writer = decrypt.writable.getWriter();
    const reader = decrypt.readable.getReader();
    void writer.write(message.subarray(0, message.length - 100));
    const first = await reader.read();
    expect(first.value).toEqual(plaintext.subarray(0, 1000));
    const rest: Uint8Array[] = [];
    void writer.write(message.subarray(message.length - 100)).then(() => writer.close());
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
    expect(concatBytes(first.value as Uint8Array, ...rest)).toEqual(plaintext);
  });

  it('round-trips 64 MiB in 1 MiB frames with bounded memory', { timeout: 120_000 }, async () => {
    const total = 64 * 1024 * 1024;
    const result = await streamRoundTrip(webcrypto, total, 1024 * 1024);
    expect(result.same).toBe(true);
    expect(result.encryptTrace.frameCount).toBe(64);
    expect(result.decryptTrace.plaintextLength).toBe(total);
    expect(result.last?.plaintextBytes).toBe(total);
    // Memory held by ArrayBuffers stays far below the data size (a few frames plus chunks in flight).
    expect(result.peakArrayBuffers).toBeLessThan(96 * 1024 * 1024);
  });
});

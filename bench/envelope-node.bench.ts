/**
 * Envelope encryption throughput in Node:
 *   npx vitest bench --run bench/envelope-node.bench.ts --outputJson bench/results/envelope-node.json
 *
 * For each provider and frame length, streaming envelope encryption and decryption of a file-sized input
 * (in 1 MiB chunks, as the worker reads files) are compared with the raw provider AES-256-GCM encryption and
 * decryption of the same bytes in calls of the frame length, one after another: raw time ÷ envelope time is
 * what the envelope format, framing, streams and copies cost on top of the cipher (1 = free; above 1 is
 * possible because frames are encrypted a few at a time concurrently). WebCrypto imports the key on every call, so small frames pay
 * that per-call overhead many times: that is why the studio encrypts files with 1 MiB frames and keeps
 * 4096 (the ESDK default) for text. 256 MiB with WebCrypto; 64 MiB with noble (pure JS, several times
 * slower). Compare ratios within one run; absolute figures are noisy on shared machines (docs/toolchain.md).
 */
import { bench, describe } from 'vitest';
import { type CryptoProvider, createNobleProvider, createWebCryptoProvider, Drbg } from '../src/crypto';
import {
  awsKmsEncryptedDataKey,
  createDecryptStream,
  createEncryptStream,
  DataKeyHandle,
  encryptMessage,
} from '../src/envelope';

const MiB = 1024 * 1024;
// The envelope worker reads files in 1 MiB Blob slices (workerProtocol.ts), so the streams see 1 MiB chunks.
const CHUNK = MiB;
const FRAME_LENGTHS = [4096, 64 * 1024, MiB];
const CASES: [CryptoProvider, number][] = [
  [createWebCryptoProvider(), 256 * MiB],
  [createNobleProvider(), 64 * MiB],
];

const drbg = Drbg.fromSeed('envelope-bench');
const key = drbg.bytes(32);
const messageId = drbg.bytes(32);
const block = drbg.bytes(CHUNK);
const edks = [awsKmsEncryptedDataKey('arn:aws:kms:us-east-1:111122223333:key/bench', drbg.bytes(184))];
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

/** `total` bytes in 1 MiB chunks (the same block over and over: encryption never modifies its input). */
function source(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(block);
      sent += block.length;
    },
  });
}

const sink = () => new WritableStream<Uint8Array>();

for (const [provider, total] of CASES) {
  for (const frameLength of FRAME_LENGTHS) {
    const label = `${provider.name}, ${total / MiB} MiB, frame ${frameLength >= MiB ? `${frameLength / MiB} MiB` : `${frameLength / 1024} KiB`}`;
    const frame = new Uint8Array(frameLength);
    const iv = new Uint8Array(12);
    const sealedFrame = provider.aesGcmEncrypt(key, iv, frame);
    // One message to decrypt, built once (in memory: at most 256 MiB + overhead).
    const message = encryptMessage({
      provider,
      dataKey: new DataKeyHandle(new Uint8Array(key)),
      encryptedDataKeys: edks,
      messageId,
      frameLength,
      plaintext: new Uint8Array(total),
    }).then((r) => r.message);

    // One group per direction, each with its raw baseline (scripts/bench.mjs compares a group's rows with the
    // group's "raw" benchmark).
    describe(`${label}, encrypt`, () => {
      bench(
        `raw ${provider.name} AES-GCM encrypt, ${frameLength}-byte calls`,
        async () => {
          for (let done = 0; done < total; done += frameLength) await provider.aesGcmEncrypt(key, iv, frame);
        },
        options,
      );
      bench(
        'envelope createEncryptStream',
        async () => {
          await source(total)
            .pipeThrough(
              createEncryptStream({
                provider,
                dataKey: new DataKeyHandle(new Uint8Array(key)),
                encryptedDataKeys: edks,
                messageId,
                frameLength,
              }),
            )
            .pipeTo(sink());
        },
        options,
      );
    });
    describe(`${label}, decrypt`, () => {
      bench(
        `raw ${provider.name} AES-GCM decrypt, ${frameLength}-byte calls`,
        async () => {
          const sealed = await sealedFrame;
          for (let done = 0; done < total; done += frameLength) await provider.aesGcmDecrypt(key, iv, sealed);
        },
        options,
      );
      bench(
        'envelope createDecryptStream',
        async () => {
          const bytes = await message;
          let at = 0;
          const chunks = new ReadableStream<Uint8Array>({
            pull(controller) {
              if (at >= bytes.length) return controller.close();
              controller.enqueue(bytes.subarray(at, at + CHUNK));
              at += CHUNK;
            },
          });
          await chunks
            .pipeThrough(createDecryptStream({ provider, decryptDataKey: async () => new Uint8Array(key) }))
            .pipeTo(sink());
        },
        options,
      );
    });
  }
}

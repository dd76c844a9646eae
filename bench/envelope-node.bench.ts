/**
 * Envelope encryption throughput in Node:
 *   npx vitest bench --run bench/envelope-node.bench.ts --outputJson bench/results/envelope-node.json
 *
 * For each provider and frame length, streaming envelope encryption (and decryption) of a file-sized input
 * is compared with the raw provider AES-256-GCM over the same bytes in chunks of the same size, one call
 * after another: the ratio (Vitest's summary, "x times faster/slower") is what the envelope format, framing,
 * streams and copies cost on top of the cipher. WebCrypto imports the key on every call, so small frames pay
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
const CHUNK = 64 * 1024; // what a browser File stream delivers
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

/** `total` bytes in 64 KiB chunks (the same block over and over: encryption never modifies its input). */
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
    // One message to decrypt, built once (in memory: at most 256 MiB + overhead).
    const message = encryptMessage({
      provider,
      dataKey: new DataKeyHandle(new Uint8Array(key)),
      encryptedDataKeys: edks,
      messageId,
      frameLength,
      plaintext: new Uint8Array(total),
    }).then((r) => r.message);

    describe(label, () => {
      bench(
        `raw ${provider.name} AES-GCM, ${frameLength}-byte calls`,
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

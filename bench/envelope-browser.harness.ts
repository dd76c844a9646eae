/**
 * The page side of bench/envelope-browser.bench.mjs: in headless Chromium, the studio's large-file path (the
 * envelope Web Worker, 1 MiB frames, a real data key from GenerateDataKey) against raw AES-GCM on the same
 * bytes in the same page, with the main thread's long tasks recorded; and cursor jumps over a 1,000-step
 * scenario. Each phase is a function the script calls, so phases never overlap.
 */
import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  KmsKeyringBrowser,
} from '@aws-crypto/client-browser';
import { gcm } from '@noble/ciphers/aes.js';
import type { CryptoProviderName } from '../src/crypto/index';
import {
  awsKmsEncryptedDataKey,
  DataKeyHandle,
  publicKeyContext,
  SIGNED_ALGORITHM_SUITE,
  SIGNING_KEY_SEED_LENGTH,
  signingKeyFromSeed,
  type WritableSuiteId,
} from '../src/envelope/index';
import { createEnvelopeWorkerClient } from '../src/envelope/workerClient';
import { createKmsSimulator } from '../src/kms/index';
import { createReplayer } from '../src/scenario/replay';
import { longLesson } from '../src/scenario/scenarios.fixture';
import { FILE_FRAME_LENGTH } from '../src/ui/envelope/compose';

const MiB = 1024 * 1024;

interface Phase {
  ms: number;
  bytes: number;
  longTasks: number[];
  longestFrameGapMs: number;
}

declare global {
  interface Window {
    envelopeBench: {
      ready: boolean;
      /** Takes the file the script set on #input, and reads a copy of it into memory for the raw phases. */
      prepare(): Promise<void>;
      rawWebCrypto(): Promise<Phase>;
      /**
       * The ceiling on this machine: the same calls spread over `threads` workers at once, each from its own
       * copy of its share of the bytes in memory (no file, no output, no framing).
       */
      rawWebCryptoWorkers(threads: number): Promise<Phase>;
      rawNoble(): Promise<Phase>;
      envelopeEncrypt(
        provider: CryptoProviderName,
        suite?: WritableSuiteId,
        cryptoThreads?: number,
      ): Promise<Phase & { frames: number; messageBytes: number }>;
      /** The official ESDK for browsers on the same bytes, same suite, same frame length, same page. */
      esdkEncrypt(suite: WritableSuiteId): Promise<Phase & { messageBytes: number }>;
      /** navigator.hardwareConcurrency, the figure a worker pool would be sized by. */
      hardwareConcurrency(): number;
      envelopeDecrypt(provider: CryptoProviderName): Promise<Phase>;
      cursorJumps(
        crypto: CryptoProviderName,
        steps: number,
        jumps: number,
      ): Promise<{
        firstReplayMs: number;
        jumpsMs: number[];
        nextMs: number[];
      }>;
    };
  }
}

/** Every long task (> 50 ms on the main thread) since the page loaded, with its start time. */
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask' });

/** Runs `work`, recording its wall time, the long tasks during it and the longest gap between frames. */
async function phase<T>(bytes: number, work: () => Promise<T>): Promise<Phase & { result: T }> {
  let longestGap = 0;
  let last = performance.now();
  let on = true;
  const tick = (now: number) => {
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const start = performance.now();
  const result = await work();
  const end = performance.now();
  on = false;
  return {
    ms: end - start,
    bytes,
    longTasks: longTasks.filter((t) => t.start >= start && t.start < end).map((t) => t.duration),
    longestFrameGapMs: longestGap,
    result,
  };
}

let chunks: Uint8Array<ArrayBuffer>[] = [];
let input: Blob | undefined;
/** The envelope the last `envelopeEncrypt` made, which `envelopeDecrypt` opens, and the client that made it. */
let envelope: { output: Blob; client: ReturnType<typeof createEnvelopeWorkerClient> } | undefined;
const key = new Uint8Array(32).map((_, i) => i * 7 + 1);

// A real data key and encrypted data key, as the studio gets them from GenerateDataKey.
const sim = createKmsSimulator({ seed: 'envelope-browser-bench' });
const keyArn = sim.invoke('CreateKey', {}).then((created) => {
  if (!created.ok) throw created.error;
  return created.response.KeyMetadata.Arn;
});
async function generateDataKey(encryptionContext: Record<string, string>) {
  const generated = await sim.invoke('GenerateDataKey', {
    KeyId: await keyArn,
    KeySpec: 'AES_256',
    EncryptionContext: encryptionContext,
  });
  if (!generated.ok) throw generated.error;
  return generated.response;
}
const dataKeyReady = generateDataKey({ purpose: 'bench' });
// 0x0578: the public key goes into the GenerateDataKey context, as the ESDK's default CMM does.
const signingKey = signingKeyFromSeed(
  SIGNED_ALGORITHM_SUITE,
  crypto.getRandomValues(new Uint8Array(SIGNING_KEY_SEED_LENGTH)),
);
const signedDataKeyReady = generateDataKey({
  purpose: 'bench',
  ...publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey),
});

/**
 * The ESDK's KMS keyring with the in-page simulator as its KMS client (the keyring accepts any object with
 * `generateDataKey` / `encrypt` / `decrypt` returning promises, as AWS SDK v3 clients do).
 */
const esdkKeyring = keyArn.then(
  (arn) =>
    new KmsKeyringBrowser({
      generatorKeyId: arn,
      clientProvider: () =>
        ({
          async generateDataKey(request: Record<string, unknown>) {
            const out = await sim.invoke('GenerateDataKey', request as never);
            if (!out.ok) throw out.error;
            return out.response;
          },
          async encrypt(request: Record<string, unknown>) {
            const out = await sim.invoke('Encrypt', request as never);
            if (!out.ok) throw out.error;
            return out.response;
          },
          async decrypt(request: Record<string, unknown>) {
            const out = await sim.invoke('Decrypt', request as never);
            if (!out.ok) throw out.error;
            return out.response;
          },
        }) as never,
    }),
);
const ESDK_SUITES = {
  1144: AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY,
  1400: AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY_ECDSA_P384,
} as const;
/** The ESDK for browsers encrypts a Uint8Array held in memory (it has no streaming API): one copy of the file. */
let whole: Uint8Array | undefined;

const strip = <T extends Phase>(p: T & { result?: unknown }): T => {
  const { result: _, ...rest } = p;
  return rest as T;
};

window.envelopeBench = {
  ready: true,
  async prepare() {
    // A File from disk, as the studio gets one: not one big in-memory Blob built from ArrayBuffers, which
    // headless Chromium sometimes cannot read back at 256 MiB (NotReadableError; bench/README.md).
    input = (document.getElementById('input') as HTMLInputElement).files?.[0];
    if (!input) throw new Error('no input file');
    chunks = [];
    for (let at = 0; at < input.size; at += MiB) {
      chunks.push(new Uint8Array(await input.slice(at, at + MiB).arrayBuffer()));
    }
  },
  // The ceiling: crypto.subtle AES-256-GCM over the same bytes, 1 MiB per call, from memory, on the main thread
  // (crypto.subtle does its work off the main thread either way).
  async rawWebCrypto() {
    const cryptoKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    const iv = new Uint8Array(12);
    return strip(
      await phase(chunks.length * MiB, async () => {
        for (const [i, chunk] of chunks.entries()) {
          new DataView(iv.buffer).setUint32(8, i);
          await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, cryptoKey, chunk);
        }
      }),
    );
  },
  async rawWebCryptoWorkers(threads) {
    const workers = Array.from(
      { length: threads },
      () => new Worker(new URL('./envelope-browser/rawAes.worker.ts', import.meta.url), { type: 'module' }),
    );
    const next = (worker: Worker) =>
      new Promise<{ type: string; ms: number }>((resolve) => {
        worker.onmessage = (event) => resolve(event.data);
      });
    try {
      // Each worker gets its share (copied, before the clock starts) and says when its key is imported.
      const share = Math.ceil(chunks.length / threads);
      await Promise.all(
        workers.map((worker, w) => {
          const ready = next(worker);
          worker.postMessage({ type: 'load', key, chunks: chunks.slice(w * share, (w + 1) * share) });
          return ready;
        }),
      );
      return strip(
        await phase(chunks.length * MiB, () =>
          Promise.all(
            workers.map((worker, w) => {
              const done = next(worker);
              worker.postMessage({ type: 'go', first: w * share });
              return done;
            }),
          ),
        ),
      );
    } finally {
      for (const worker of workers) worker.terminate();
    }
  },
  // The same with @noble/ciphers (what an insecure http page falls back to), in a worker-free loop.
  async rawNoble() {
    const iv = new Uint8Array(12);
    return strip(
      await phase(chunks.length * MiB, async () => {
        for (const [i, chunk] of chunks.entries()) {
          new DataView(iv.buffer).setUint32(8, i);
          gcm(key, iv).encrypt(chunk);
          // Yield between chunks as a streaming caller would.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }),
    );
  },
  async envelopeEncrypt(provider, suite = 0x0478, cryptoThreads = undefined) {
    const signed = suite === 0x0578;
    const generated = await (signed ? signedDataKeyReady : dataKeyReady);
    const client = createEnvelopeWorkerClient({ provider });
    try {
      const p = await phase((input as Blob).size, () =>
        client.encryptFile({
          file: input as Blob,
          dataKey: new DataKeyHandle(new Uint8Array(generated.Plaintext)),
          encryptedDataKeys: [awsKmsEncryptedDataKey(generated.KeyId, generated.CiphertextBlob)],
          encryptionContext: { purpose: 'bench' },
          messageId: crypto.getRandomValues(new Uint8Array(32)),
          frameLength: FILE_FRAME_LENGTH,
          ...(signed && { algorithmSuiteId: suite, signingKey }),
          cryptoThreads,
        }),
      );
      // Outputs are files in the origin private file system (src/envelope/outputStore.ts): let go of the last
      // envelope at once rather than at garbage collection, or a run outgrows the profile's storage quota.
      envelope?.client.releaseOutput(envelope.output);
      envelope = { output: p.result.output, client };
      return { ...strip(p), frames: p.result.trace.frameCount, messageBytes: p.result.output.size };
    } finally {
      client.terminate();
    }
  },
  async esdkEncrypt(suite) {
    if (!whole) {
      whole = new Uint8Array((input as Blob).size);
      for (const [i, chunk] of chunks.entries()) whole.set(chunk, i * MiB);
    }
    const keyring = await esdkKeyring;
    const { encrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const p = await phase(whole.length, () =>
      encrypt(keyring, whole as Uint8Array, {
        encryptionContext: { purpose: 'bench' },
        suiteId: ESDK_SUITES[suite],
        frameLength: FILE_FRAME_LENGTH,
      }),
    );
    return { ...strip(p), messageBytes: p.result.result.length };
  },
  hardwareConcurrency: () => navigator.hardwareConcurrency,
  async envelopeDecrypt(provider) {
    const generated = await dataKeyReady;
    const client = createEnvelopeWorkerClient({ provider });
    try {
      const p = await phase((input as Blob).size, () =>
        client.decryptFile({
          file: (envelope as { output: Blob }).output,
          decryptDataKey: async () => new Uint8Array(generated.Plaintext),
          maxFrameLength: FILE_FRAME_LENGTH,
        }),
      );
      client.releaseOutput(p.result.output);
      return strip(p);
    } finally {
      client.terminate();
    }
  },
  async cursorJumps(crypto, steps, jumps) {
    const scenario = longLesson(steps);
    const replayer = createReplayer(scenario, { crypto });
    const start = performance.now();
    await replayer.goTo(steps - 1);
    const firstReplayMs = performance.now() - start;
    // Distinct steps never shown since the full replay (the view cache would answer instantly), in an order
    // fixed by a linear congruential shuffle (the same as bench/scenario.bench.ts).
    const order = Array.from({ length: steps - 1 }, (_, i) => i);
    let state = 2026;
    for (let i = order.length - 1; i > 0; i--) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const jumpsMs: number[] = [];
    const nextMs: number[] = [];
    for (const target of order.slice(0, jumps)) {
      const t0 = performance.now();
      await replayer.goTo(target);
      jumpsMs.push(performance.now() - t0);
      const t1 = performance.now();
      await replayer.goTo(target + 1);
      nextMs.push(performance.now() - t1);
    }
    return { firstReplayMs, jumpsMs, nextMs };
  },
};
(document.getElementById('status') as HTMLElement).textContent = 'ready';

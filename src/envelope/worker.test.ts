import { afterEach, describe, expect, it } from 'vitest';
import { equalBytes } from '../crypto';
import { FILE_FRAME_LENGTH, SIGNED_ALGORITHM_SUITE } from './algorithmSuite';
import { createCryptoPool, serveCryptoRequests } from './cryptoPool';
import { DataKeyHandle } from './dataKey';
import { encryptMessage } from './message';
import { publicKeyContext, SIGNING_KEY_SEED_LENGTH, signingKeyFromSeed } from './signature';
import { materials, providers, testBytes } from './testKit.fixture';
import { createEnvelopeWorkerClient, type EnvelopeWorkerClient } from './workerClient';
import { type FileProgress, serveEnvelopeRequests, type WorkerResponse } from './workerProtocol';

const [webcrypto] = providers;

/**
 * The worker protocol over a real MessageChannel: the same structured cloning and buffer transfer a Web
 * Worker does (Node's MessagePort clones Blobs and detaches transferred ArrayBuffers).
 */
let clients: EnvelopeWorkerClient[] = [];
function connect(provider: 'webcrypto' | 'noble' = 'webcrypto') {
  const { port1, port2 } = new MessageChannel();
  serveEnvelopeRequests(port2);
  const client = createEnvelopeWorkerClient({ provider, port: port1 });
  clients.push({
    ...client,
    terminate: () => {
      client.terminate();
      port2.close();
    },
  });
  /** Every response the worker side sent, as the client received it. */
  const responses: WorkerResponse[] = [];
  port1.addEventListener('message', (event) => responses.push(event.data));
  return Object.assign(client, { responses });
}
afterEach(() => {
  for (const c of clients) c.terminate();
  clients = [];
});

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Encrypts in the worker and checks the bytes equal encryptMessage's for the same inputs. */
async function encryptBoth(
  client: EnvelopeWorkerClient,
  m: Awaited<ReturnType<typeof materials>>,
  plaintext: Uint8Array<ArrayBuffer>,
  common: Omit<Parameters<EnvelopeWorkerClient['encryptFile']>[0], 'file' | 'dataKey'>,
) {
  const expected = await encryptMessage({
    provider: webcrypto,
    dataKey: new DataKeyHandle(new Uint8Array(m.dataKeyBytes)),
    plaintext,
    ...common,
  });
  const encrypted = await client.encryptFile({ file: new Blob([plaintext]), dataKey: m.dataKey, ...common });
  expect(equalBytes(await bytesOf(encrypted.output), expected.message)).toBe(true);
  return encrypted;
}

describe('envelope worker', () => {
  it.each(['webcrypto', 'noble'] as const)(
    'encrypts a file to the same bytes as encryptMessage and decrypts it back (%s)',
    async (name) => {
      const client = connect(name);
      const m = await materials(webcrypto, { file: 'photo.jpg' });
      const plaintext = testBytes(300_000, 'file');
      const keyBuffer = m.dataKey.inspectMemory() as Uint8Array;
      const expected = await encryptMessage({
        provider: webcrypto,
        dataKey: new DataKeyHandle(new Uint8Array(m.dataKeyBytes)),
        encryptedDataKeys: m.encryptedDataKeys,
        encryptionContext: { file: 'photo.jpg' },
        messageId: m.messageId,
        frameLength: 65536,
        plaintext,
      });
      const progress: FileProgress[] = [];
      const encrypted = await client.encryptFile({
        file: new Blob([plaintext]),
        dataKey: m.dataKey,
        encryptedDataKeys: m.encryptedDataKeys,
        encryptionContext: { file: 'photo.jpg' },
        messageId: m.messageId,
        frameLength: 65536,
        onProgress: (p) => progress.push(p),
      });
      // The key moved into the worker: the main thread's buffer is zero-filled and the handle discarded.
      expect(m.dataKey.discarded).toBe(true);
      expect(keyBuffer.every((b) => b === 0)).toBe(true);
      expect(encrypted.provider.name).toBe(name);
      expect(equalBytes(await bytesOf(encrypted.output), expected.message)).toBe(true);
      expect(encrypted.trace).toMatchObject({ frameCount: 5, plaintextLength: 300_000 });
      expect(progress.at(-1)).toMatchObject({ plaintextBytes: 300_000, totalBytes: 300_000 });

      const kmsKeys: Uint8Array[] = [];
      const decrypted = await client.decryptFile({
        file: encrypted.output,
        decryptDataKey: async (request) => {
          const key = await m.decryptDataKey(request);
          kmsKeys.push(key);
          return key;
        },
      });
      expect(equalBytes(await bytesOf(decrypted.output), plaintext)).toBe(true);
      expect(decrypted.trace.encryptionContext).toEqual({ file: 'photo.jpg' });
      expect(kmsKeys[0].every((b) => b === 0)).toBe(true); // moved to the worker, zeroed here
    },
  );

  it('streams suite 0x0578 through the worker: the same bytes as encryptMessage, signature verified', async () => {
    const client = connect();
    const signingKey = signingKeyFromSeed(SIGNED_ALGORITHM_SUITE, testBytes(SIGNING_KEY_SEED_LENGTH, 'sk'));
    const m = await materials(webcrypto, {
      file: 'a',
      ...publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey),
    });
    const plaintext = testBytes(200_000, 'signed file');
    const common = {
      encryptedDataKeys: m.encryptedDataKeys,
      encryptionContext: { file: 'a' },
      messageId: m.messageId,
      frameLength: 65536,
      algorithmSuiteId: 0x0578,
      signingKey,
    } as const;
    const encrypted = await encryptBoth(client, m, plaintext, common);
    expect(signingKey.some((b) => b !== 0)).toBe(true); // a copy went to the worker: the caller's stays
    const decrypted = await client.decryptFile({ file: encrypted.output, decryptDataKey: m.decryptDataKey });
    expect(equalBytes(await bytesOf(decrypted.output), plaintext)).toBe(true);
    expect(decrypted.trace).toMatchObject({ signatureVerified: true, algorithmSuite: { id: 0x0578 } });
  });

  it('spreads frames over a crypto pool: the same bytes, and a tampered frame still fails as that frame', async () => {
    const helpers: MessageChannel[] = [];
    const spawn = () => {
      const channel = new MessageChannel();
      serveCryptoRequests(channel.port2);
      helpers.push(channel);
      return channel.port1;
    };
    const { port1, port2 } = new MessageChannel();
    serveEnvelopeRequests(port2, createCryptoPool(spawn, 3));
    const client = createEnvelopeWorkerClient({ provider: 'webcrypto', port: port1 });
    try {
      const m = await materials(webcrypto);
      const plaintext = testBytes(1_000_000, 'pooled');
      const common = { encryptedDataKeys: m.encryptedDataKeys, messageId: m.messageId, frameLength: 65536 };
      const encrypted = await encryptBoth(client, m, plaintext, common);
      const bytes = await bytesOf(encrypted.output);
      expect(helpers).toHaveLength(2); // three threads: this one and two helpers
      const decrypted = await client.decryptFile({
        file: encrypted.output,
        decryptDataKey: m.decryptDataKey,
      });
      expect(equalBytes(await bytesOf(decrypted.output), plaintext)).toBe(true);
      bytes[bytes.length - 70_000] ^= 1; // inside frame 15 of 16
      await expect(
        client.decryptFile({ file: new Blob([bytes]), decryptDataKey: m.decryptDataKey }),
      ).rejects.toMatchObject({ code: 'frame-auth-failed', frame: 15 });
    } finally {
      client.terminate();
      port2.close();
      for (const h of helpers) h.port2.close();
    }
  });

  it('moves 1 MiB frames (whole chunks) to the pool’s helpers: the same bytes, a full final frame included', async () => {
    const helpers: MessageChannel[] = [];
    const { port1, port2 } = new MessageChannel();
    serveEnvelopeRequests(
      port2,
      createCryptoPool(() => {
        const channel = new MessageChannel();
        serveCryptoRequests(channel.port2);
        helpers.push(channel);
        return channel.port1;
      }, 2),
    );
    const client = createEnvelopeWorkerClient({ provider: 'webcrypto', port: port1 });
    try {
      const m = await materials(webcrypto);
      // Two frames of exactly FILE_FRAME_LENGTH: each is a whole chunk the envelope worker read.
      const plaintext = testBytes(2 * FILE_FRAME_LENGTH, 'moved');
      const common = {
        encryptedDataKeys: m.encryptedDataKeys,
        messageId: m.messageId,
        frameLength: FILE_FRAME_LENGTH,
      };
      const encrypted = await encryptBoth(client, m, plaintext, common);
      expect(encrypted.trace.frames.map((f) => f.contentLength)).toEqual([
        FILE_FRAME_LENGTH,
        FILE_FRAME_LENGTH,
      ]);
      expect(helpers).toHaveLength(1);
    } finally {
      client.terminate();
      port2.close();
      for (const h of helpers) h.port2.close();
    }
  });

  it('reports typed failures from the worker, with the KMS error as the cause', async () => {
    const client = connect();
    const m = await materials(webcrypto);
    const { output } = await client.encryptFile({
      file: new Blob([testBytes(1000)]),
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 100,
    });
    const bytes = await bytesOf(output);
    bytes[bytes.length - 20] ^= 1; // inside the final frame's tag region
    await expect(
      client.decryptFile({ file: new Blob([bytes]), decryptDataKey: m.decryptDataKey }),
    ).rejects.toMatchObject({
      name: 'EnvelopeError',
      code: 'frame-auth-failed',
      step: 'body',
      frame: 10,
    });
    const refused = client.decryptFile({
      file: output,
      decryptDataKey: async () => {
        throw Object.assign(new Error('The key is disabled'), { name: 'DisabledException' });
      },
    });
    await expect(refused).rejects.toMatchObject({
      code: 'data-key-unavailable',
      step: 'data-key',
      cause: { name: 'DisabledException', message: 'The key is disabled' },
    });
  });

  it('cancels a job: the promise rejects with `aborted` and the worker stops', async () => {
    const client = connect();
    const m = await materials(webcrypto);
    const controller = new AbortController();
    const job = client.encryptFile({
      file: new Blob([new Uint8Array(64 * 1024 * 1024)]),
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 4096,
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(job).rejects.toMatchObject({ code: 'aborted' });
    // The worker side stops too: its job ends with an `aborted` error, never a result.
    await expect
      .poll(() => client.responses.find((r) => r.type === 'error'))
      .toMatchObject({
        error: { code: 'aborted' },
      });
    expect(client.responses.some((r) => r.type === 'done')).toBe(false);
    const progressed = client.responses.filter((r) => r.type === 'progress').length;
    expect(progressed).toBeLessThan(5);
  });
});

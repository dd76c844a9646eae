import { describe, expect, it } from 'vitest';
import { Drbg, toBase64, utf8Encode } from '../crypto';
import { SIGNED_ALGORITHM_SUITE } from './algorithmSuite';
import { inspectMessage } from './inspect';
import { encryptMessage } from './message';
import { publicKeyContext, SIGNING_KEY_SEED_LENGTH, signingKeyFromSeed } from './signature';
import { materials, providers, testBytes } from './testKit.fixture';
import { createEnvelopeWorkerClient } from './workerClient';
import { serveEnvelopeRequests } from './workerProtocol';

const [provider] = providers;
const signingKey = signingKeyFromSeed(
  SIGNED_ALGORITHM_SUITE,
  Drbg.fromSeed('k').bytes(SIGNING_KEY_SEED_LENGTH),
);

async function message(signed: boolean, length: number, frameLength = 1000) {
  const m = await materials(provider, signed ? publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey) : {});
  const { message, trace } = await encryptMessage({
    provider,
    ...m,
    ...(signed && { algorithmSuiteId: 0x0578, signingKey }),
    frameLength,
    plaintext: testBytes(length),
  });
  return { message, trace };
}

describe('inspectMessage', () => {
  it.each([
    ['0x0478', false],
    ['0x0578', true],
  ])('reads a %s message read whole: header, frames, final frame, footer', async (_label, signed) => {
    const { message: bytes, trace } = await message(signed, 2500);
    const inspection = await inspectMessage(new Blob([bytes]));
    expect(inspection.problem).toBeUndefined();
    expect(inspection.header?.algorithmSuiteId).toBe(signed ? 0x0578 : 0x0478);
    expect(inspection.frameCount).toBe(3);
    expect(inspection.finalFrame?.contentLength).toBe(500);
    expect(inspection.footer?.bytes.length ?? 0).toBe(trace.footer?.length ?? 0);
  });

  it.each([
    ['0x0478', false, 0],
    ['0x0578', true, 0],
    ['0x0478, full final frame', false, 1000],
    ['0x0578, full final frame', true, -1],
  ])(
    'finds the end of a %s message larger than what it reads, from the size alone',
    async (_label, signed, extra) => {
      const length = extra === -1 ? 50_000 : 50_500 + extra;
      const { message: bytes, trace } = await message(signed, length);
      // Read only the first 600 bytes: the header and the start of frame 1.
      const inspection = await inspectMessage(new Blob([bytes]), 600);
      expect(inspection.head.length).toBe(600);
      expect(inspection.problem).toBeUndefined();
      expect(inspection.frameCount).toBe(trace.frameCount);
      const final = trace.frames.at(-1);
      expect(inspection.finalFrame).toEqual({
        offset: final?.offset,
        length: final?.length,
        contentLength: final?.contentLength,
      });
      if (signed) {
        expect(inspection.footer?.offset).toBe(bytes.length - (trace.footer?.length ?? 0));
        expect(inspection.footer?.fields[0]?.children?.map((f) => f.name)).toEqual([
          'signatureLength',
          'signature',
        ]);
      }
    },
  );

  it('names what is wrong: not an ESDK message, base64 text, cut short, bytes added', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await inspectMessage(new Blob([png]))).problem).toMatchObject({ code: 'bad-version' });
    const { message: bytes } = await message(true, 50_000);
    const base64 = utf8Encode(toBase64(bytes));
    expect((await inspectMessage(new Blob([base64]))).problem?.message).toMatch(/base64/);
    const cut = await inspectMessage(new Blob([bytes.subarray(0, bytes.length - 40)]), 600);
    expect(cut.header?.algorithmSuiteId).toBe(0x0578);
    expect(cut.problem).toMatchObject({ code: 'truncated' });
    expect((await inspectMessage(new Blob([bytes, new Uint8Array(3)]), 600)).problem).toMatchObject({
      code: 'truncated',
    });
    expect((await inspectMessage(new Blob([bytes.subarray(0, 30)]))).problem).toMatchObject({
      code: 'truncated',
      step: 'header',
    });
  });

  it('runs in the envelope worker, the typed problem crossing the port', async () => {
    const { port1, port2 } = new MessageChannel();
    serveEnvelopeRequests(port2);
    const client = createEnvelopeWorkerClient({ provider: 'webcrypto', port: port1 });
    try {
      const { message: bytes } = await message(true, 5000);
      const ok = await client.inspectFile(new Blob([bytes]));
      expect(ok.header?.suite.name).toBe('ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384');
      const bad = await client.inspectFile(new Blob([bytes.subarray(0, 100)]));
      expect(bad.problem).toMatchObject({ name: 'EnvelopeError', code: 'truncated' });
    } finally {
      client.terminate();
      port2.close();
    }
  });
});

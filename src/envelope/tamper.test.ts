import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CryptoProvider, utf8Encode } from '../crypto';
import { describeMessage } from './describe';
import { type EnvelopeStep, isEnvelopeError } from './errors';
import { decryptMessage, encryptMessage } from './message';
import { MessageDecryptor } from './messageDecryptor';
import { createDecryptStream } from './stream';
import { materials, providers } from './testKit.fixture';

const HEADER_STEPS: readonly EnvelopeStep[] = ['header', 'data-key', 'commitment', 'header-auth'];

/** A 3-frame message (16 + 16 + 8 bytes of plaintext) bound to an encryption context. */
async function sample(provider: CryptoProvider) {
  const ec = { app: 'kms-lab', purpose: 'tamper' };
  const m = await materials(provider, ec);
  const { message } = await encryptMessage({
    provider,
    dataKey: m.dataKey,
    encryptedDataKeys: m.encryptedDataKeys,
    encryptionContext: ec,
    messageId: m.messageId,
    frameLength: 16,
    plaintext: utf8Encode('forty bytes of secret data for the lab!!'),
  });
  const layout = describeMessage(message);
  const header = layout.fields[0];
  const frames = layout.fields[1].children ?? [];
  /** Which part a byte belongs to: 0 = header, N = frame N. */
  const regionOf = (offset: number) =>
    offset < header.length
      ? 0
      : frames.findIndex((f) => offset >= f.offset && offset < f.offset + f.length) + 1;
  return { message, m, regionOf, frameCount: frames.length };
}

function flip(message: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(message);
  copy[bit >> 3] ^= 1 << (bit & 7);
  return copy;
}

/** Expects the failure to name the part that was changed: a header step, or the changed frame's number. */
function expectFailureAt(error: unknown, region: number, bit: number) {
  expect(isEnvelopeError(error), `bit ${bit}: ${String(error)}`).toBe(true);
  if (!isEnvelopeError(error)) return;
  if (region === 0) {
    expect(HEADER_STEPS, `bit ${bit}: ${error.code}`).toContain(error.step);
  } else {
    expect({ bit, step: error.step, frame: error.frame }).toEqual({ bit, step: 'body', frame: region });
  }
}

describe.each(providers)('tampering with $name', (provider) => {
  it('every single-bit flip anywhere fails at the step that owns the bit, never with wrong plaintext', async () => {
    const { message, m, regionOf, frameCount } = await sample(provider);
    expect(frameCount).toBe(3);
    const codes = new Set<string>();
    // Every bit of the message with noble; every 3rd bit with WebCrypto, whose per-call key import makes
    // thousands of decryptions slow in Node (the two providers are byte-identical, see message.test.ts).
    const step = provider.name === 'noble' ? 1 : 3;
    for (let bit = 0; bit < message.length * 8; bit += step) {
      const error = await decryptMessage({
        provider,
        message: flip(message, bit),
        decryptDataKey: m.decryptDataKey,
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expectFailureAt(error, regionOf(bit >> 3), bit);
      if (isEnvelopeError(error)) codes.add(`${error.step}:${error.code}`);
    }
    // The flips exercise every kind of failure the tamper lab explains.
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'header:bad-version',
        'header:unknown-suite',
        'data-key:data-key-unavailable',
        'commitment:commitment-mismatch',
        'header-auth:header-auth-failed',
        'body:frame-auth-failed',
        'body:frame-out-of-order',
      ]),
    );
  });

  it('a decryptor fed one byte at a time fails exactly like the in-memory one for header bit flips', async () => {
    const { message, m, regionOf } = await sample(provider);
    for (let bit = 0; regionOf(bit >> 3) === 0; bit += provider.name === 'noble' ? 2 : 5) {
      const tampered = flip(message, bit);
      const expected = await decryptMessage({
        provider,
        message: tampered,
        decryptDataKey: m.decryptDataKey,
      }).catch((e: unknown) => e);
      const decryptor = new MessageDecryptor({ provider, decryptDataKey: m.decryptDataKey });
      const actual = await (async () => {
        for (let i = 0; i < tampered.length; i++) await decryptor.push(tampered.subarray(i, i + 1));
        await decryptor.end();
      })().catch((e: unknown) => e);
      expect({ bit, code: (actual as { code?: string }).code }).toEqual({
        bit,
        code: (expected as { code?: string }).code,
      });
    }
  });

  it('the streaming decryptor fails the same way as the in-memory one, however the bytes are chunked', async () => {
    const { message, m } = await sample(provider);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: message.length * 8 - 1 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 }),
        async (bit, cuts) => {
          const tampered = flip(message, bit);
          const inMemory = await decryptMessage({
            provider,
            message: tampered,
            decryptDataKey: m.decryptDataKey,
          }).catch((e: unknown) => e);
          const stream = createDecryptStream({ provider, decryptDataKey: m.decryptDataKey });
          const source = new ReadableStream<Uint8Array>({
            start(controller) {
              let at = 0;
              for (let i = 0; at < tampered.length; i++) {
                const size = cuts[i % cuts.length];
                controller.enqueue(tampered.slice(at, at + size));
                at += size;
              }
              controller.close();
            },
          });
          const streamed = await new Response(source.pipeThrough(stream))
            .arrayBuffer()
            .catch((e: unknown) => e);
          expect(isEnvelopeError(streamed)).toBe(true);
          expect(streamed).toMatchObject({
            code: (inMemory as { code: string }).code,
            step: (inMemory as { step: string }).step,
            frame: (inMemory as { frame?: number }).frame,
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CryptoProvider, equalBytes, utf8Decode, utf8Encode } from '../crypto';
import { DataKeyHandle } from './dataKey';
import type { EncryptionContext } from './encryptionContext';
import { awsKmsEncryptedDataKey, parseHeader } from './header';
import { decryptMessage, encryptMessage } from './message';
import { KEY_ARN, materials, providers, testBytes } from './testKit.fixture';

const [webcrypto, noble] = providers;

/** Lengths around the frame boundaries the brief names: 0, 1, L-1, L, L+1, and several frames. */
function boundaryLength(frameLength: number) {
  return fc.oneof(
    fc.constantFrom(
      0,
      1,
      frameLength - 1,
      frameLength,
      frameLength + 1,
      2 * frameLength,
      3 * frameLength + 1,
    ),
    fc.integer({ min: 0, max: 5 * frameLength }),
  );
}

const encryptionContextArb: fc.Arbitrary<EncryptionContext> = fc
  .dictionary(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((k) => !k.startsWith('aws-crypto-')),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    { maxKeys: 4 },
  )
  .map((ec) => ({ ...ec }));

async function roundTrip(
  provider: CryptoProvider,
  plaintext: Uint8Array,
  frameLength: number,
  ec: EncryptionContext,
) {
  const m = await materials(provider, ec);
  const encrypted = await encryptMessage({
    provider,
    dataKey: m.dataKey,
    encryptedDataKeys: m.encryptedDataKeys,
    encryptionContext: ec,
    messageId: m.messageId,
    frameLength,
    plaintext,
  });
  const decrypted = await decryptMessage({
    provider,
    message: encrypted.message,
    decryptDataKey: m.decryptDataKey,
  });
  return { m, encrypted, decrypted };
}

describe('encryptMessage / decryptMessage', () => {
  it('round-trips sizes around frame boundaries with random encryption contexts, on both providers identically', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 64 })
          .chain((frameLength) =>
            fc.tuple(fc.constant(frameLength), boundaryLength(frameLength), encryptionContextArb),
          ),
        async ([frameLength, length, ec]) => {
          const plaintext = testBytes(length, `pt-${length}`);
          const a = await roundTrip(webcrypto, plaintext, frameLength, ec);
          const b = await roundTrip(noble, plaintext, frameLength, ec);
          expect(equalBytes(a.decrypted.plaintext, plaintext)).toBe(true);
          expect(a.decrypted.encryptionContext).toEqual(ec);
          expect(equalBytes(a.encrypted.message, b.encrypted.message)).toBe(true);
          expect(equalBytes(b.decrypted.plaintext, plaintext)).toBe(true);
          // Frame count: full frames, then a final frame with the rest (a full one when the length divides).
          const expectedFrames = Math.max(1, Math.ceil(length / frameLength));
          expect(a.encrypted.trace.frameCount).toBe(expectedFrames);
          expect(a.encrypted.trace.messageLength).toBe(a.encrypted.message.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lays out the message exactly as the format says: header + frames of known size', async () => {
    const frameLength = 4096;
    const { encrypted } = await roundTrip(webcrypto, testBytes(10_000), frameLength, { purpose: 'test' });
    const header = parseHeader(encrypted.message);
    // 2 regular frames (4+12+4096+16) and a final frame (4+4+12+4+1808+16).
    expect(encrypted.message.length).toBe(header.headerLength + 2 * (32 + 4096) + (40 + 10_000 - 8192));
    expect(header.frameLength).toBe(4096);
    expect(header.encryptionContext).toEqual({ purpose: 'test' });
    expect(utf8Decode(header.encryptedDataKeys[0].providerInfo)).toBe(KEY_ARN);
    expect(encrypted.trace.frames.map((f) => [f.sequenceNumber, f.final, f.contentLength])).toEqual([
      [1, false, 4096],
      [2, false, 4096],
      [3, true, 1808],
    ]);
    // Frame IVs are the sequence number padded with zeros (encrypt.md "Construct a frame").
    expect([...encrypted.trace.frames[2].iv]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('is deterministic: same data key and message ID give the same bytes; another message ID gives others', async () => {
    const m = await materials(webcrypto);
    const input = {
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      plaintext: utf8Encode('こんにちは、エンベロープ暗号化'),
    };
    const a = await encryptMessage(input);
    const b = await encryptMessage(input);
    const c = await encryptMessage({ ...input, messageId: testBytes(32, 'other id') });
    expect(equalBytes(a.message, b.message)).toBe(true);
    expect(equalBytes(a.message, c.message)).toBe(false);
  });

  it('authenticates the encryption context: KMS refuses the data key for another context, and a changed header fails its tag', async () => {
    const ec = { department: 'finance' };
    const { m, encrypted } = await roundTrip(webcrypto, utf8Encode('secret'), 4096, ec);
    // Rewrite the EC value in the header ("finance" -> "Finance"): same length, so only authentication can tell.
    const tampered = new Uint8Array(encrypted.message);
    const at = Buffer.from(tampered).indexOf('finance');
    expect(at).toBeGreaterThan(35);
    tampered[at] = 'F'.charCodeAt(0);
    // KMS Decrypt (our stand-in) gets the tampered context and refuses, as KMS does.
    await expect(
      decryptMessage({ provider: webcrypto, message: tampered, decryptDataKey: m.decryptDataKey }),
    ).rejects.toMatchObject({
      code: 'data-key-unavailable',
      step: 'data-key',
      cause: { name: 'InvalidCiphertextException' },
    });
    // Even with the right data key in hand, the header tag catches the change.
    await expect(
      decryptMessage({
        provider: webcrypto,
        message: tampered,
        decryptDataKey: async () => new Uint8Array(m.dataKeyBytes),
      }),
    ).rejects.toMatchObject({ code: 'header-auth-failed', step: 'header-auth' });
  });

  it('checks an expected encryption context against the message', async () => {
    const { m, encrypted } = await roundTrip(webcrypto, utf8Encode('x'), 4096, { tenant: 'a' });
    const decrypt = (expected: EncryptionContext) =>
      decryptMessage({
        provider: webcrypto,
        message: encrypted.message,
        decryptDataKey: m.decryptDataKey,
        expectedEncryptionContext: expected,
      });
    await expect(decrypt({ tenant: 'a' })).resolves.toMatchObject({ encryptionContext: { tenant: 'a' } });
    await expect(decrypt({ tenant: 'b' })).rejects.toMatchObject({ code: 'encryption-context-mismatch' });
    await expect(decrypt({ other: 'a' })).rejects.toMatchObject({ code: 'encryption-context-mismatch' });
  });

  it('checks key commitment: a different data key is caught by the commit key before any tag', async () => {
    const { encrypted } = await roundTrip(webcrypto, utf8Encode('x'), 4096, {});
    await expect(
      decryptMessage({
        provider: webcrypto,
        message: encrypted.message,
        decryptDataKey: async () => testBytes(32, 'some other key'),
      }),
    ).rejects.toMatchObject({ code: 'commitment-mismatch', step: 'commitment', field: 'algorithmSuiteData' });
  });

  it('zero-fills the plaintext data key it got from KMS right after deriving the message keys', async () => {
    const { m, encrypted } = await roundTrip(webcrypto, utf8Encode('x'), 4096, {});
    const fromKms = new Uint8Array(m.dataKeyBytes);
    const result = await decryptMessage({
      provider: webcrypto,
      message: encrypted.message,
      decryptDataKey: async () => fromKms,
    });
    expect(utf8Decode(result.plaintext)).toBe('x');
    expect(fromKms.every((b) => b === 0)).toBe(true);
    expect(result.trace.dataKey.discardedAfterDerivation).toBe(true);
  });

  // Regression (found by the benchmark: 256 MiB in 4 KiB frames): parts are joined without spreading them into
  // call arguments. Independent of the provider; WebCrypto's (about 10 s here) rather than noble's per-call key
  // setup (about a minute).
  it('handles messages with more frames than a call can take arguments (70,000 one-byte frames)', {
    timeout: 600_000,
  }, async () => {
    const plaintext = testBytes(70_000, 'many frames');
    const { encrypted, decrypted } = await roundTrip(webcrypto, plaintext, 1, {});
    expect(encrypted.trace.frameCount).toBe(70_000);
    expect(equalBytes(decrypted.plaintext, plaintext)).toBe(true);
  });

  it('rejects unusable inputs before producing any byte', async () => {
    const m = await materials(webcrypto);
    const base = {
      provider: webcrypto,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      plaintext: new Uint8Array(1),
    };
    const cases: [string, Partial<Parameters<typeof encryptMessage>[0]>, string][] = [
      [
        'reserved EC prefix',
        { encryptionContext: { 'aws-crypto-public-key': 'x' } },
        'reserved-encryption-context-key',
      ],
      ['short message ID', { messageId: new Uint8Array(16) }, 'invalid-input'],
      ['frame length 0', { frameLength: 0 }, 'invalid-input'],
      ['frame length 2^32', { frameLength: 2 ** 32 }, 'invalid-input'],
      ['no encrypted data key', { encryptedDataKeys: [] }, 'invalid-input'],
      [
        'oversized EDK',
        { encryptedDataKeys: [awsKmsEncryptedDataKey(KEY_ARN, new Uint8Array(70_000))] },
        'invalid-input',
      ],
      ['oversized EC', { encryptionContext: { big: 'x'.repeat(70_000) } }, 'invalid-input'],
      ['0x0578 without a signing key', { algorithmSuiteId: 0x0578 }, 'invalid-input'],
      ['a suite this lab only reads', { algorithmSuiteId: 0x0378 as 0x0478 }, 'unknown-suite'],
    ];
    for (const [label, change, code] of cases) {
      await expect(encryptMessage({ ...base, ...change }), label).rejects.toMatchObject({
        code,
        step: 'input',
      });
    }
    expect(() => new DataKeyHandle(new Uint8Array(20))).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from './encoding';
import { createNobleProvider } from './noble';
import { createWebCryptoProvider } from './webcrypto';

const noble = createNobleProvider();

/** crypto.subtle with a count of importKey calls, to see when the provider reuses an imported CryptoKey. */
function countingSubtle() {
  const subtle = globalThis.crypto.subtle;
  const counter = { imports: 0 };
  const counting = Object.create(subtle, {
    importKey: {
      value: (...args: Parameters<SubtleCrypto['importKey']>) => {
        counter.imports++;
        return subtle.importKey(...args);
      },
    },
  }) as SubtleCrypto;
  for (const name of ['encrypt', 'decrypt', 'sign', 'deriveBits', 'digest'] as const)
    Object.defineProperty(counting, name, { value: subtle[name].bind(subtle) });
  return { subtle: counting, counter };
}

const iv = new Uint8Array(12).fill(9);
const message = new Uint8Array([1, 2, 3, 4, 5]);

describe('WebCrypto imported-key reuse', () => {
  it('gives noble’s bytes for a key buffer used again and again, changed in place, or zero-filled', async () => {
    const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(bytes(32), fc.constantFrom('reuse', 'overwrite', 'zero-fill')), {
          minLength: 1,
          maxLength: 12,
        }),
        async (uses) => {
          const webcrypto = createWebCryptoProvider();
          // One buffer, as the engine's backing key or an envelope message key is one buffer.
          const key = new Uint8Array(32);
          for (const [next, change] of uses) {
            if (change === 'overwrite') key.set(next);
            if (change === 'zero-fill') key.fill(0);
            const sealed = await webcrypto.aesGcmEncrypt(key, iv, message);
            expect(toHex(sealed)).toBe(toHex(await noble.aesGcmEncrypt(key, iv, message)));
            expect(toHex(await webcrypto.aesGcmDecrypt(key, iv, sealed))).toBe(toHex(message));
            expect(toHex(await webcrypto.hmac('SHA-256', key, message))).toBe(
              toHex(await noble.hmac('SHA-256', key, message)),
            );
            expect(toHex(await webcrypto.hmac('SHA-384', key, message))).toBe(
              toHex(await noble.hmac('SHA-384', key, message)),
            );
            expect(toHex(await webcrypto.hkdf('SHA-256', key, iv, message, 32))).toBe(
              toHex(await noble.hkdf('SHA-256', key, iv, message, 32)),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('imports a key once it is used a second time, then reuses it', async () => {
    const { subtle, counter } = countingSubtle();
    const webcrypto = createWebCryptoProvider(subtle);
    const key = new Uint8Array(32).fill(1);
    for (let i = 0; i < 5; i++) await webcrypto.hmac('SHA-256', key, message);
    // First use: imported and not kept (most keys are used once); second use: imported and kept.
    expect(counter.imports).toBe(2);
    // A different algorithm needs its own CryptoKey.
    for (let i = 0; i < 3; i++) await webcrypto.aesGcmEncrypt(key, iv, message);
    expect(counter.imports).toBe(3);
  });

  it('never reuses a key for a buffer whose bytes changed', async () => {
    const { subtle, counter } = countingSubtle();
    const webcrypto = createWebCryptoProvider(subtle);
    const key = new Uint8Array(32).fill(1);
    await webcrypto.hmac('SHA-256', key, message);
    await webcrypto.hmac('SHA-256', key, message);
    key[0] = 2;
    const mac = await webcrypto.hmac('SHA-256', key, message);
    expect(counter.imports).toBe(3);
    expect(toHex(mac)).toBe(toHex(await noble.hmac('SHA-256', key, message)));
  });

  it('drops the CryptoKey of a zero-filled buffer at the next call, whatever key that call uses', async () => {
    const { subtle, counter } = countingSubtle();
    const webcrypto = createWebCryptoProvider(subtle);
    const key = new Uint8Array(32).fill(1);
    await webcrypto.hmac('SHA-256', key, message);
    await webcrypto.hmac('SHA-256', key, message);
    key.fill(0); // discarded, as DataKeyHandle.discard and key deletion do
    await webcrypto.hmac('SHA-256', new Uint8Array(32).fill(3), message);
    // Same bytes again in the same buffer: if the old CryptoKey had been kept, this would reuse it.
    key.fill(1);
    const imports = counter.imports;
    await webcrypto.hmac('SHA-256', key, message);
    expect(counter.imports).toBe(imports + 1);
  });

  it('keeps the empty-key and SHA-224 paths byte-identical with noble', async () => {
    const webcrypto = createWebCryptoProvider();
    const empty = new Uint8Array(0);
    for (let i = 0; i < 3; i++) {
      expect(toHex(await webcrypto.hmac('SHA-256', empty, message))).toBe(
        toHex(await noble.hmac('SHA-256', empty, message)),
      );
      expect(toHex(await webcrypto.hmac('SHA-224', iv, message))).toBe(
        toHex(await noble.hmac('SHA-224', iv, message)),
      );
    }
  });
});
